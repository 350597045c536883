/** Policy documents: rules, effects, approvers, destinations, governance settings; the JSON parser. */
package dev.custos.policy.model;
