/**
 * Command behaviour ({@code command_behaviour}): {@link dev.custos.detect.command.CommandBehaviourDetector} scores
 * each {@code process/exec} event by its surprise, in bits, under a decaying n-gram model of the user's commands
 * smoothed towards the user's peer group (their role). {@link dev.custos.detect.command.CommandToken} reduces a
 * command line to what stays the same between runs; {@link dev.custos.detect.command.SensitiveCategory} weights
 * commands in MITRE ATT&amp;CK categories such as credential stores and remote access tools.
 */
package dev.custos.detect.command;
