/**
 * {@link dev.custos.cli.intel.PipelineOptions}: the picocli mixin shared by every command that runs the detection
 * pipeline ({@code --intel} screening lists, {@code --no-default-intel}, {@code --seed}), and the standard pipeline
 * those options describe.
 */
package dev.custos.cli.intel;
