/** CEL conditions: the declared typed variables, compilation at load, evaluation per request. */
package dev.custos.policy.cel;
