/**
 * Output helpers shared by the commands: {@link dev.custos.cli.output.JsonLines} writes the {@code --json} contract,
 * one JSON object per line on standard output.
 */
package dev.custos.cli.output;
