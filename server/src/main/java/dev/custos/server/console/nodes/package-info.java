/** The nodes page: the committee, connections and operators. */
package dev.custos.server.console.nodes;
