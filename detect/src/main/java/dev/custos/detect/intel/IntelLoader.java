package dev.custos.detect.intel;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads address feeds. Two formats: plain text, one address per line ({@code #} comments), and CSV with a header
 * whose address column is one of {@code address}, {@code banned_address}, {@code contract_address}, {@code
 * address_or_tx} (label from {@code wallet_tag}, {@code contract_tag}, {@code etherscan_tag}, {@code role} or {@code
 * label}; a {@code contract_creator} column adds the deployer too). Rows whose role names a victim, and transaction
 * hashes, are skipped. Lines that hold no address are ignored.
 */
public final class IntelLoader {
    private static final String RESOURCE_ROOT = "/dev/custos/detect/intel/";
    private static final List<String> ADDRESS_COLUMNS =
            List.of("address", "banned_address", "contract_address", "address_or_tx");
    private static final List<String> LABEL_COLUMNS =
            List.of("wallet_tag", "contract_tag", "etherscan_tag", "role", "label");

    private IntelLoader() {}

    /**
     * The feeds shipped in this module (OFAC SDN Ethereum list, Forta labelled datasets, DPRK incident list), read
     * once per JVM (the result is immutable).
     */
    public static AddressIntel defaults() {
        return DefaultsHolder.DEFAULTS;
    }

    private static final class DefaultsHolder {
        private static final AddressIntel DEFAULTS = readDefaults();
    }

    private static AddressIntel readDefaults() {
        AddressIntel.Builder builder = AddressIntel.builder();
        try (BufferedReader manifest = resource("feeds.txt")) {
            String line;
            while ((line = manifest.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 3);
                if (parts.length != 3) {
                    throw new IllegalStateException("bad feed manifest line: " + line);
                }
                try (BufferedReader feed = resource(parts[1])) {
                    read(feed, parts[1], IntelCategory.parse(parts[0]), parts[2], builder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default intel feeds", e);
        }
        return builder.build();
    }

    /**
     * Reads a feed file, or every {@code .txt} and {@code .csv} file in a directory (sorted by name). The category
     * is sanctioned when the file name contains {@code sanction}, malicious otherwise.
     */
    public static void load(Path path, AddressIntel.Builder builder) throws IOException {
        requireNonNull(path, "path is null");
        requireNonNull(builder, "builder is null");
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(path)) {
                files = listing.filter(IntelLoader::isFeedFile).sorted().toList();
            }
            for (Path file : files) {
                load(file, builder);
            }
            return;
        }
        String name = path.getFileName().toString();
        IntelCategory category =
                name.toLowerCase(Locale.ROOT).contains("sanction") ? IntelCategory.SANCTIONED : IntelCategory.MALICIOUS;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            read(reader, name, category, name, builder);
        }
    }

    /** Reads one feed in either format (CSV when the name ends in {@code .csv}). */
    public static void read(
            BufferedReader reader, String name, IntelCategory category, String source, AddressIntel.Builder builder)
            throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            readCsv(reader, name, category, source, builder);
        } else {
            readList(reader, category, source, builder);
        }
    }

    private static void readList(
            BufferedReader reader, IntelCategory category, String source, AddressIntel.Builder builder)
            throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Addresses.normalize(text).ifPresent(address -> builder.add(new IntelEntry(address, category, "", source)));
        }
    }

    private static void readCsv(
            BufferedReader reader, String name, IntelCategory category, String source, AddressIntel.Builder builder)
            throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null) {
            return;
        }
        List<String> header = new ArrayList<>();
        for (String cell : CsvLine.split(headerLine)) {
            header.add(cell.strip().toLowerCase(Locale.ROOT));
        }
        int addressColumn = firstIndex(header, ADDRESS_COLUMNS);
        if (addressColumn < 0) {
            throw new IOException(name + ": no address column (expected one of " + ADDRESS_COLUMNS + ")");
        }
        int labelColumn = firstIndex(header, LABEL_COLUMNS);
        int roleColumn = header.indexOf("role");
        int creatorColumn = header.indexOf("contract_creator");
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(line);
            String role = cell(cells, roleColumn).toLowerCase(Locale.ROOT);
            if (role.contains("victim") || role.startsWith("tx:")) {
                continue;
            }
            String label = cell(cells, labelColumn);
            Addresses.normalize(cell(cells, addressColumn))
                    .ifPresent(address -> builder.add(new IntelEntry(address, category, label, source)));
            Addresses.normalize(cell(cells, creatorColumn))
                    .ifPresent(address -> builder.add(new IntelEntry(
                            address,
                            category,
                            label.isEmpty() ? "malicious contract deployer" : "deployer of " + label,
                            source)));
        }
    }

    private static int firstIndex(List<String> header, List<String> candidates) {
        for (String candidate : candidates) {
            int index = header.indexOf(candidate);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static boolean isFeedFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".txt") || name.endsWith(".csv"));
    }

    private static BufferedReader resource(String relative) {
        InputStream stream = IntelLoader.class.getResourceAsStream(RESOURCE_ROOT + relative);
        if (stream == null) {
            throw new IllegalStateException("missing intel resource " + RESOURCE_ROOT + relative);
        }
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }
}
