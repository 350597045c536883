/**
 * {@code custos exposure} ({@link dev.custos.cli.exposure.ExposureCommand}): how many people an attacker must turn to
 * sign from each wallet outside the policy, to pass it or to loosen it, the single points of failure, the floor check
 * and a before/after comparison, from the {@code exposure} module. Documents: docs/PEOPLE.md.
 */
package dev.custos.cli.exposure;
