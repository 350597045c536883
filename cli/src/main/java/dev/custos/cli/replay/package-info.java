/**
 * {@code custos replay} ({@link dev.custos.cli.replay.ReplayCommand}): runs the whole detection and signing-gate
 * pipeline over recorded ECS events in event-time order on a simulated clock, optionally with a {@code --feedback}
 * file and a {@code --state} checkpoint, and prints one line per alert and per signing decision.
 */
package dev.custos.cli.replay;
