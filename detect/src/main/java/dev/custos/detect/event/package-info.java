/**
 * The event input (contract: docs/EVENTS.md): {@link dev.custos.detect.event.EventParser} reads ECS events, one JSON
 * object per line, into {@link dev.custos.detect.event.Event}s with flattened dotted field names; {@link
 * dev.custos.types.EventFields} names the fields detectors read; {@link dev.custos.detect.event.EventLog}
 * reads a whole recording in event-time order; {@link dev.custos.detect.event.ReplayClock} is the simulated clock
 * that follows event time.
 */
package dev.custos.detect.event;
