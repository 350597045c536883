/** The server's owner-only 32-byte key files ({@link dev.custos.server.keys.KeyFiles}). */
package dev.custos.server.keys;
