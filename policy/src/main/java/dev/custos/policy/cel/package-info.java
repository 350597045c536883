/** CEL conditions: the declared typed variables, compilation at load, evaluation per request. */
@NullMarked
package dev.custos.policy.cel;

import org.jspecify.annotations.NullMarked;
