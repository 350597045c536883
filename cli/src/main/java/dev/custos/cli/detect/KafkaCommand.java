package dev.custos.cli.detect;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code custos detect kafka} (being written). */
@Command(name = "kafka", mixinStandardHelpOptions = true, description = "Being written.")
public final class KafkaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
