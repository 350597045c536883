/** Signing in to the console: with an API token for now; each method starts a session the same way. */
package dev.custos.server.console.signin;
