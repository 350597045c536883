/** An HTML writer that escapes everything by default; the only way the console writes markup. */
package dev.custos.server.console.html;
