package dev.custos.cli.detect;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code custos detect serve} (being written). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Being written.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
