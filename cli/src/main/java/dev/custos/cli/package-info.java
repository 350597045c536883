/**
 * The {@code custos} command line, built on picocli. {@link dev.custos.cli.Main} is the entry point and maps failures
 * to exit codes (0 success, 2 {@link dev.custos.cli.input.BadInputException} with its message, 1 anything else); {@link
 * dev.custos.cli.CustosCommand} lists the subcommands, one package each: {@code frost}, {@code ecdsa}, {@code
 * decode}, {@code policy}, {@code replay}, {@code simulate} (with {@code evaluate}) and {@code detect}.
 */
package dev.custos.cli;
