/**
 * Judging exposure figures: the floor check (no figure below the floor; default 2, so that no single person suffices)
 * and the before/after comparison of two registries or policies that flags every change lowering a figure.
 */
@NullMarked
package dev.custos.exposure.compare;

import org.jspecify.annotations.NullMarked;
