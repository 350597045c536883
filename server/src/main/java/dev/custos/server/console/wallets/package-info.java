/** The wallets page: addresses, schemes, tiers, nodes, recent requests and their risk over time. */
package dev.custos.server.console.wallets;
