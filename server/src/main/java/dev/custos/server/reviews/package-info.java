/**
 * What power each person holds, and access reviews that keep it least privilege: unused approvals, devices and
 * tokens, expiring vetting, and periodic attestations that each person still needs their power (docs/PEOPLE.md).
 */
package dev.custos.server.reviews;
