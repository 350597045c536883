package dev.custos.policy.testing;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one policy test case.
 *
 * @param name the case name
 * @param passed whether the decision (and the listed rules, if given) were as expected
 * @param failure what differed, when the case failed
 */
public record TestCaseResult(String name, boolean passed, Optional<String> failure) {
    public TestCaseResult {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(failure, "failure is null");
    }
}
