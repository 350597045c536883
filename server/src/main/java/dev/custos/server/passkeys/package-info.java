/**
 * Passkeys (WebAuthn) on the server: one-time enrollment links, registration, sign-in and approval assertions verified
 * with Yubico's {@code webauthn-server-core}. The server's check is a convenience and a record; every signer node
 * verifies an approval's assertion again itself (docs/CONSOLE.md, "Passkeys").
 */
package dev.custos.server.passkeys;
