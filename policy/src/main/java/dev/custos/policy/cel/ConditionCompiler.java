package dev.custos.policy.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Map;
import java.util.Objects;

/** Compiles rule conditions against the declared {@link Variables}; the result type must be {@code bool}. */
public final class ConditionCompiler {
    /** Longer conditions are rejected: a policy is read by people. */
    public static final int MAX_LENGTH = 4096;

    private static final ConditionCompiler INSTANCE = new ConditionCompiler();

    private final CelCompiler compiler;
    private final CelRuntime runtime;

    private ConditionCompiler() {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder();
        for (Map.Entry<String, CelType> variable : Variables.declarations().entrySet()) {
            builder.addVar(variable.getKey(), variable.getValue());
        }
        this.compiler = builder.setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setResultType(SimpleType.BOOL)
                .build();
        this.runtime = CelRuntimeFactory.legacyCelRuntimeBuilder().build();
    }

    public static ConditionCompiler instance() {
        return INSTANCE;
    }

    /**
     * Compiles one condition.
     *
     * @throws IllegalArgumentException with the CEL error if the text does not parse, uses an undeclared variable, has
     *     a type error or is not boolean
     */
    public Condition compile(String text) {
        Objects.requireNonNull(text, "text is null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("condition is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("condition is longer than " + MAX_LENGTH + " characters");
        }
        try {
            CelAbstractSyntaxTree ast = compiler.compile(text).getAst();
            return new Condition(text, runtime.createProgram(ast));
        } catch (CelValidationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (CelEvaluationException e) {
            throw new IllegalArgumentException("cannot plan condition: " + e.getMessage(), e);
        }
    }
}
