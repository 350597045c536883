package dev.custos.cli.server;

import dev.custos.node.io.AtomicFile;
import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * The dev admin token in {@code DIR/admin.token}: issued at the first start and written owner-only (0600),
 * atomically and durably ({@link AtomicFile}); kept on later starts (the database holds only its hash, so a lost file means issuing a new one).
 */
final class AdminTokenFile {
    static final String NAME = "admin.token";

    private AdminTokenFile() {}

    /** The token file in {@code folder}, issuing and writing a token when there is none. */
    static Path ensure(Path folder, ApiTokens tokens) throws IOException {
        Path file = folder.resolve(NAME);
        if (Files.exists(file)) {
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (tokens.authenticate(token).isEmpty()) {
                throw new IllegalStateException(file + " holds a token this server does not know (revoked, or the"
                        + " database was replaced); remove the file and start again to issue a new one");
            }
            return file;
        }
        String token = tokens.issue("admin", EnumSet.of(Role.ADMIN, Role.AUDITOR));
        AtomicFile.createNew(file, (token + "\n").getBytes(StandardCharsets.US_ASCII));
        return file;
    }
}
