package dev.custos.cli.intel;

import dev.custos.cli.input.BadInputException;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.intel.IntelLoader;
import dev.custos.detect.pipeline.DetectionPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options shared by every command that runs the detection pipeline ({@code --intel}, {@code --no-default-intel},
 * {@code --seed}) and the standard pipeline they describe; used as a picocli mixin.
 */
public final class PipelineOptions {
    @Option(
            names = "--intel",
            paramLabel = "PATH",
            description = "Extra address list (.txt one address per line, or .csv with an address column), or a"
                    + " folder of them. Files whose name contains 'sanction' are sanctions lists. Repeatable.")
    private List<Path> intelPaths = new ArrayList<>();

    @Option(
            names = "--no-default-intel",
            description = "Do not load the bundled lists (OFAC SDN Ethereum, Forta labelled datasets, DPRK incidents).")
    private boolean noDefaultIntel;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Random seed of the Random Cut Forests (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    private long seed;

    /** The standard pipeline with these screening lists and the default forest settings under this seed. */
    public DetectionPipeline pipeline() {
        ForestSettings defaults = ForestSettings.DEFAULT;
        return DetectionPipeline.standard(
                load(),
                new ForestSettings(
                        seed, defaults.trees(), defaults.sampleSize(), defaults.warmUp(), defaults.minimumGrade()));
    }

    /** The bundled lists (unless turned off) plus every {@code --intel} path; a missing or unreadable one is bad input. */
    private AddressIntel load() {
        AddressIntel.Builder builder = AddressIntel.builder();
        if (!noDefaultIntel) {
            builder.addAll(IntelLoader.defaults());
        }
        for (Path path : intelPaths) {
            if (!Files.exists(path)) {
                throw new BadInputException("intel file not found: " + path);
            }
            try {
                IntelLoader.load(path, builder);
            } catch (IOException e) {
                throw new BadInputException("cannot read intel file " + path + ": " + e.getMessage(), e);
            }
        }
        return builder.build();
    }
}
