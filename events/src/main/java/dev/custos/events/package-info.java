/**
 * Reading ECS events given as JSON (docs/EVENTS.md), shared by the detection engine, the detection service and the
 * policy: {@link dev.custos.events.EcsFlattener} turns nested and dotted fields into one map of dotted names,
 * {@link dev.custos.events.EventValues} reads a field as text, a decimal, a USD amount or a wallet tier, and
 * {@link dev.custos.events.SigningRequestEvent} reads the fields of a {@code signing.request} every reader shares.
 *
 * <p>A field that is present but cannot be read as its kind requires is an {@link
 * dev.custos.events.InvalidEventException} naming the field; each reader maps it to its own form (a malformed line, a
 * 400, exit code 2). Absent fields are left to the reader: each decides which it requires.
 */
@NullMarked
package dev.custos.events;

import org.jspecify.annotations.NullMarked;
