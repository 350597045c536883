/** Console routing: pages, actions and script answers behind sessions, CSRF and origin checks; API routes called in-process. */
package dev.custos.server.console.routing;
