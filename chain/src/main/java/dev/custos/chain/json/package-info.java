/** Strict reading of JSON input: duplicate keys rejected, field errors named by their JSON path. */
package dev.custos.chain.json;
