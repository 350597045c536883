/** The policy page: the active policy and the governed proposals with their time locks. */
package dev.custos.server.console.governance;
