/**
 * The SLF4J provider of the Custos applications: every log event becomes one JSON object on one line ({@code
 * timestamp}, {@code level}, {@code logger}, {@code thread}, {@code message}, {@code context}, {@code error}), written
 * to stderr, at the levels of {@link dev.custos.logging.LogSettings}. Only applications (the {@code cli}) depend on
 * this module; libraries log through the SLF4J API alone. docs/LOGGING.md describes the format and the keys.
 */
@NullMarked
package dev.custos.logging;

import org.jspecify.annotations.NullMarked;
