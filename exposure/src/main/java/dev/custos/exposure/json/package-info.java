/** The JSON form of exposure reports and comparisons, as {@code custos exposure --json} prints them. */
@NullMarked
package dev.custos.exposure.json;

import org.jspecify.annotations.NullMarked;
