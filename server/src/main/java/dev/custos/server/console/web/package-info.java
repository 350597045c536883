/** The console on HTTP: security headers, static assets with Subresource Integrity, origin checks. */
package dev.custos.server.console.web;
