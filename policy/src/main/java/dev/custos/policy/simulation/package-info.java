/**
 * What a simulation of a request against a chain node found, as the policy reads it ({@code sim.*} variables): an
 * input only the evaluator that ran (or was given by its own operator's node) the simulation may use. A signer node
 * never reads the coordinator's simulation: for it {@link dev.custos.policy.simulation.SimulationFacts#unavailable()}
 * holds (docs/POLICY.md, "Simulation variables").
 */
@NullMarked
package dev.custos.policy.simulation;

import org.jspecify.annotations.NullMarked;
