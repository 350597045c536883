package dev.custos.policy.cel;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.Objects;

/** A CEL condition compiled once at policy load; evaluated per request. */
public final class Condition {
    private final String source;
    private final CelRuntime.Program program;

    Condition(String source, CelRuntime.Program program) {
        this.source = Objects.requireNonNull(source, "source is null");
        this.program = Objects.requireNonNull(program, "program is null");
    }

    /** The CEL text as written in the policy. */
    public String source() {
        return source;
    }

    /**
     * Evaluates the condition over the request's variables.
     *
     * @throws ConditionException if evaluation fails (for example a division by zero); the evaluator fails closed
     */
    public boolean test(Map<String, Object> variables) {
        Object result;
        try {
            result = program.eval(variables);
        } catch (CelEvaluationException e) {
            throw new ConditionException(Objects.requireNonNullElse(e.getMessage(), "evaluation failed"), e);
        }
        if (!(result instanceof Boolean value)) {
            throw new ConditionException("condition returned " + result + ", not a boolean");
        }
        return value;
    }

    @Override
    public String toString() {
        return source;
    }
}
