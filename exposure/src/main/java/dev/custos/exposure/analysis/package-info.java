/**
 * The exposure figures of each wallet ({@link dev.custos.exposure.analysis.ExposureAnalysis}), the single points of
 * failure, and the findings about the registry itself (departed people who keep power, lapsed vetting, shared keys).
 */
@NullMarked
package dev.custos.exposure.analysis;

import org.jspecify.annotations.NullMarked;
