package dev.custos.chain.rlp;

/** One RLP item: a byte string or a list of items. */
public sealed interface RlpItem permits RlpString, RlpList {}
