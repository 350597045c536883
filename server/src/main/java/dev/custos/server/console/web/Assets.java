package dev.custos.server.console.web;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's static files (stylesheet and small scripts), read once from the classpath at start, each with its
 * Subresource Integrity value ({@code sha384-…}) computed from the bytes served. Pages reference them only through
 * {@link #path} and {@link #integrity}, so a changed file can never be served under an old hash.
 */
public final class Assets {
    /** Where the files are on the classpath. */
    static final String FOLDER = "console/assets/";
    /** Where the console serves them. */
    public static final String PREFIX = "/assets/";

    private final Map<String, Asset> assets;

    private Assets(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
    }

    /** Loads {@code names} from the classpath; a missing file fails the start. */
    public static Assets load(List<String> names) {
        Map<String, Asset> loaded = new LinkedHashMap<>();
        for (String name : names) {
            loaded.put(name, read(name));
        }
        return new Assets(loaded);
    }

    /** The console's own files. */
    public static Assets console() {
        return load(List.of("console.css", "console.js", "audit-proof.js", "passkeys.js"));
    }

    /** The file called {@code name}, if the console has one. */
    public Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    /** The URL path of {@code name}. */
    public String path(String name) {
        return PREFIX + require(name).name();
    }

    /** The {@code integrity} attribute value of {@code name}. */
    public String integrity(String name) {
        return require(name).integrity();
    }

    private Asset require(String name) {
        Asset asset = assets.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no console asset '" + name + "'");
        }
        return asset;
    }

    private static Asset read(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("console asset " + FOLDER + name + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return new Asset(name, contentType(name), bytes, integrity(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read console asset " + name, e);
        }
    }

    static String integrity(byte[] bytes) {
        try {
            return "sha384-"
                    + Base64.getEncoder()
                            .encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is missing from this JDK", e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        throw new IllegalArgumentException("console assets are .css or .js, not " + name);
    }

    /**
     * One static file.
     *
     * @param name the file name
     * @param contentType its media type
     * @param bytes what is served
     * @param integrity {@code sha384-} and the base64 SHA-384 of the bytes
     */
    public record Asset(String name, String contentType, byte[] bytes, String integrity) {
        public Asset {
            requireNonNull(name, "name is null");
            requireNonNull(contentType, "contentType is null");
            bytes = bytes.clone();
            requireNonNull(integrity, "integrity is null");
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
