/** Signing requests: reading signing.request events and decoding their payloads. */
@NullMarked
package dev.custos.policy.request;

import org.jspecify.annotations.NullMarked;
