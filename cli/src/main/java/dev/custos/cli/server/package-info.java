/** {@code custos start-dev}: the whole system on one machine on embedded defaults. */
package dev.custos.cli.server;
