/**
 * What every command shares about its input: the bad-input exception (exit code 2), the exit codes, the log level
 * option. Kept apart from the root package so that subcommand packages do not depend on the command tree that
 * registers them.
 */
package dev.custos.cli.input;
