package dev.custos.detect.intel;

import static java.util.Objects.requireNonNull;

/**
 * One listed address.
 *
 * @param address the address, normalized ({@link Addresses#normalize})
 * @param category sanctioned or malicious
 * @param label the list's label for it (may be empty)
 * @param source the feed it came from
 */
public record IntelEntry(String address, IntelCategory category, String label, String source) {
    public IntelEntry {
        requireNonNull(address, "address is null");
        requireNonNull(category, "category is null");
        requireNonNull(label, "label is null");
        requireNonNull(source, "source is null");
        if (address.isEmpty()) {
            throw new IllegalArgumentException("address is empty");
        }
    }

    /** {@code sanctioned (OFAC...)} or {@code malicious: label (source)}. */
    public String describe() {
        return category.label() + (label.isEmpty() ? "" : ": " + label) + " (" + source + ")";
    }
}
