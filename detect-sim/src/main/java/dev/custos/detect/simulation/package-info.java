/**
 * A seeded simulator of a custody organisation (people in roles, devices, travel, on-call nights, customer
 * withdrawals, treasury rebalancing, governance changes) that emits ECS events, and a library of attack scenarios
 * modelled on real incident chains that can be injected into it with their ground truth kept outside the stream.
 * Randomness here is simulation randomness (seeded, reproducible), never key material.
 */
package dev.custos.detect.simulation;
