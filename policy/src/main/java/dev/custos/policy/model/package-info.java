/** Policy documents: rules, effects, approvers, destinations, governance settings; the JSON parser. */
@NullMarked
package dev.custos.policy.model;

import org.jspecify.annotations.NullMarked;
