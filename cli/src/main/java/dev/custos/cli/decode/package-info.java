/**
 * {@code custos decode} ({@link dev.custos.cli.decode.DecodeCommand}): decodes a Safe transaction ({@code --safe-tx}),
 * a raw Ethereum transaction ({@code --raw-tx}), EIP-712 typed data ({@code --typed-data}) or a Bitcoin PSBT ({@code
 * --psbt}) with the decoders of the {@code chain} module and prints the intent as readable text or, with {@code
 * --json}, one JSON object per line. Text taken from the input is escaped before it reaches the terminal. Behaviour:
 * docs/DECODING.md.
 */
package dev.custos.cli.decode;
