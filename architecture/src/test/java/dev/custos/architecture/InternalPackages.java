package dev.custos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.function.Function;

/**
 * The fence around {@code internal} packages: a package with a segment named {@code internal} (such as
 * {@code dev.custos.frost.internal}) is the implementation of its module, and no class of another module may depend
 * on it. Java's access rules cannot say this for public types without JPMS modules; this rule does.
 */
final class InternalPackages {
    private InternalPackages() {}

    /** The rule, with {@code moduleOf} telling which module a class belongs to. */
    static ArchRule usedOnlyInTheirModule(Function<JavaClass, String> moduleOf) {
        return classes()
                .should(new ArchCondition<JavaClass>("not depend on an internal package of another module") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (isInternal(target.getPackageName())
                                    && target.getSource().isPresent()
                                    && !moduleOf.apply(target).equals(moduleOf.apply(origin))) {
                                events.add(SimpleConditionEvent.violated(
                                        dependency,
                                        dependency.getDescription() + " (module " + moduleOf.apply(origin)
                                                + " uses an internal package of module " + moduleOf.apply(target)
                                                + ")"));
                            }
                        }
                    }
                })
                .because("an internal package is its module's implementation; use the module's public packages");
    }

    /** Whether the package has a segment named {@code internal}. */
    static boolean isInternal(String packageName) {
        return ("." + packageName + ".").contains(".internal.");
    }
}
