package dev.custos.detect.network;

import java.util.Set;

/** What the DNS tunnelling detector measures in a name: its registered domain, and the labels below it. */
final class DnsNames {
    /** Second-level labels under which a country code's names are registered (co.uk, com.au, ...). */
    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "ne", "or");

    private DnsNames() {}

    /**
     * The registered domain: the last two labels, or the last three under a two-letter country code with a common
     * second level ({@code example.co.uk}). An approximation of the public suffix list, which is not bundled.
     */
    static String registeredDomain(String name) {
        String[] labels = name.split("\\.", -1);
        if (labels.length <= 2) {
            return name;
        }
        int keep = 2;
        String last = labels[labels.length - 1];
        String second = labels[labels.length - 2];
        if (last.length() == 2 && SECOND_LEVELS.contains(second) && labels.length > 3) {
            keep = 3;
        }
        StringBuilder registered = new StringBuilder();
        for (int i = labels.length - keep; i < labels.length; i++) {
            registered.append(i == labels.length - keep ? "" : ".").append(labels[i]);
        }
        return registered.toString();
    }

    /** The part of {@code name} below {@code registered} (empty when the name is the registered domain). */
    static String subdomain(String name, String registered) {
        if (name.length() <= registered.length()) {
            return "";
        }
        return name.substring(0, name.length() - registered.length() - 1);
    }

    /** The longest label of a (sub)domain. */
    static int longestLabel(String subdomain) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < subdomain.length(); i++) {
            if (subdomain.charAt(i) == '.') {
                current = 0;
            } else {
                longest = Math.max(longest, ++current);
            }
        }
        return longest;
    }

    /** Shannon entropy of the characters of {@code text}, in bits per character (0 for empty text). */
    static double entropy(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double entropy = 0;
        double length = text.length();
        for (int count : counts) {
            if (count > 0) {
                double p = count / length;
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = other / length;
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return entropy;
    }
}
