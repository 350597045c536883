/**
 * The console's first-steps page for admins: create a wallet, add a person, create a passkey enrollment link, and
 * review and activate the first policy drafted from the server's state (docs/CONSOLE.md, "First steps").
 */
package dev.custos.server.console.setup;
