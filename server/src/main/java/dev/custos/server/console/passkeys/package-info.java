/**
 * Passkeys in the console: the enrollment page a one-time link opens, sign-in with a passkey, and approving a request
 * with a passkey whose WebAuthn challenge is the request's approval digest (docs/CONSOLE.md, "Passkeys").
 */
package dev.custos.server.console.passkeys;
