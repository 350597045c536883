/**
 * The on-chain governance watcher inside the server ({@code watch.*} settings; off unless configured): it follows
 * the user's node for the registered contracts and runs what it sees through the server's detection, so that alerts on
 * governance changes and outflows appear in {@code /v1/alerts} with every other alert (docs/CHAINS.md).
 */
package dev.custos.server.watch;
