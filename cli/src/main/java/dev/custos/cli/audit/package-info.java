/** {@code custos audit}: verifying the server's audit log. */
package dev.custos.cli.audit;
