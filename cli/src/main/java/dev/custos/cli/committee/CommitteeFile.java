package dev.custos.cli.committee;

import dev.custos.cli.input.BadInputException;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.committee.CommitteeVerifier;
import dev.custos.node.committee.SignedCommittee;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Reads {@code --committee FILE}: a signed committee (docs/NODES.md) as raw bytes or as hex text, which must verify
 * against its own admin quorum. Every problem is bad input naming the file.
 */
public final class CommitteeFile {
    private CommitteeFile() {}

    /** The signed committee in {@code file}, verified against its own admin quorum. */
    public static SignedCommittee read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read --committee " + file + ": " + e.getMessage(), e);
        }
        if (!SignedCommittee.startsWithMagic(bytes)) {
            try {
                bytes = HexFormat.of().parseHex(new String(bytes, StandardCharsets.US_ASCII).strip());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(
                        "--committee " + file + " is neither a signed committee (CNSC) nor its hex encoding", e);
            }
        }
        SignedCommittee committee;
        try {
            committee = SignedCommittee.decode(bytes);
        } catch (InvalidEncodingException e) {
            throw new BadInputException("--committee " + file + ": " + e.getMessage(), e);
        }
        try {
            CommitteeVerifier.verifyFirst(committee, committee.committee().admins());
        } catch (CommitteeException e) {
            throw new BadInputException("--committee " + file + " does not verify: " + e.getMessage(), e);
        }
        return committee;
    }
}
