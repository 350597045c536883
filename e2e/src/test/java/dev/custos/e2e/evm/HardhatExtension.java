package dev.custos.e2e.evm;

import dev.custos.localevm.EvmNode;
import dev.custos.localevm.HardhatProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one hardhat node for all the test classes that use this extension (started at the first, stopped with its
 * descendants when the run ends) and gives each test a clean chain: a snapshot before each test, reverted after it.
 * Tests get the node as an {@link EvmNode} parameter. Without {@code npm ci} in {@code src/test/evm} the tests are
 * skipped, except on CI ({@code CI=true}), where that fails them.
 */
public final class HardhatExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** The committed npm folder, relative to the module (the tests' working folder). */
    static final Path NPM_FOLDER = Path.of("src", "test", "evm");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(HardhatExtension.class);
    private static final String SNAPSHOT = "snapshot";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!HardhatProcess.installedIn(NPM_FOLDER)) {
            String missing = "hardhat is not installed: run `npm ci` in e2e/src/test/evm";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI=true, so this fails instead of skipping)");
            }
            Assumptions.abort(missing);
        }
        running(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(SNAPSHOT, running(context).node().snapshot());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String snapshot = context.getStore(NAMESPACE).remove(SNAPSHOT, String.class);
        if (snapshot != null && !running(context).node().revert(snapshot)) {
            throw new IllegalStateException("hardhat did not revert to snapshot " + snapshot);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EvmNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).node();
    }

    private static HardhatProcess running(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(HardhatProcess.class, HardhatExtension::start, HardhatProcess.class);
    }

    /** Closed by JUnit (it is {@link AutoCloseable}) when the root context closes, at the end of the run. */
    private static HardhatProcess start(Class<HardhatProcess> key) {
        try {
            return HardhatProcess.start(
                    NPM_FOLDER, Path.of("target", "hardhat.log").toAbsolutePath(), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new IllegalStateException("hardhat did not start: " + e.getMessage(), e);
        }
    }
}
