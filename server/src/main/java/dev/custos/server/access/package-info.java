/**
 * Who may call the API: {@link dev.custos.server.access.ApiTokens} (bearer tokens stored as hashes), the
 * {@link dev.custos.server.access.Caller} a token authenticates as, and its {@link dev.custos.server.access.Role}s.
 */
package dev.custos.server.access;
