package dev.custos.ecdsa.store;

import java.io.IOException;
import java.nio.file.Path;

/** Forces a directory's entries (created, linked and renamed files) to disk; a seam for tests to inject failures. */
@FunctionalInterface
interface DirectorySync {
    void force(Path directory) throws IOException;
}
