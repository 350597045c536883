/** Wallets: created by a distributed key generation across the nodes, kept in the database, shown with addresses. */
package dev.custos.server.wallets;
