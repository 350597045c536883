/** The request views: the list, and one request decoded from its payload bytes with the approval panel. */
package dev.custos.server.console.requests;
