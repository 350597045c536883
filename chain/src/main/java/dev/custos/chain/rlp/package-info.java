/**
 * Recursive Length Prefix (RLP) encoding as defined in the Ethereum Yellow Paper, appendix B. The decoder accepts only
 * the canonical encoding of each item, so one value has exactly one accepted byte string.
 */
@NullMarked
package dev.custos.chain.rlp;

import org.jspecify.annotations.NullMarked;
