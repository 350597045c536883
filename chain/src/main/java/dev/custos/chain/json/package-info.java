/** Strict reading of JSON input: duplicate keys rejected, field errors named by their JSON path. */
@NullMarked
package dev.custos.chain.json;

import org.jspecify.annotations.NullMarked;
