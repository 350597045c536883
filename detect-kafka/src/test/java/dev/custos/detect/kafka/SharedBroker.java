package dev.custos.detect.kafka;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one {@link KafkaBroker} shared by every test class of the run: started on first use, closed (and its
 * folder deleted) by JUnit when the run ends.
 */
final class SharedBroker implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBroker.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("broker", key -> start(), KafkaBroker.class);
    }

    private static KafkaBroker start() {
        try {
            return KafkaBroker.start(Files.createTempDirectory("custos-kafka-test"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test broker: " + e.getMessage(), e);
        }
    }
}
