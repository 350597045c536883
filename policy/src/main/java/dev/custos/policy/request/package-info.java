/** Signing requests: reading signing.request events and decoding their payloads. */
package dev.custos.policy.request;
