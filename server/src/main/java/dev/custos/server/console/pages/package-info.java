/** The console pages: each reads its data through the API routes as the signed-in person and renders HTML. */
package dev.custos.server.console.pages;
