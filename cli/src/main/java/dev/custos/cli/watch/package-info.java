/** {@code custos watch}: the on-chain governance watcher (docs/CHAINS.md, "On-chain governance watcher"). */
package dev.custos.cli.watch;
