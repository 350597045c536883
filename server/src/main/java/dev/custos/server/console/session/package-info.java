/** Console sessions: random ids kept only as hashes, idle and absolute timeouts, CSRF tokens, sign-out everywhere. */
package dev.custos.server.console.session;
