package dev.custos.cli.committee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.input.BadInputException;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.committee.Committee;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.NodeIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * A committee file as the admins pass it around: the unsigned committee ({@code CNCM}, as {@code create} writes it)
 * or the committee with the signatures gathered so far ({@code CNSC}), raw or as hex text. Every problem is bad input
 * that names the option, the file and what is wrong.
 *
 * @param committee the committee
 * @param signatures the admins' signatures so far (none for an unsigned committee)
 */
record CommitteeDocument(Committee committee, List<AdminSignature> signatures) {
    private static final byte[] COMMITTEE_MAGIC = {'C', 'N', 'C', 'M'};

    CommitteeDocument {
        signatures = List.copyOf(signatures);
    }

    /** Reads {@code file}, given as {@code option}. */
    static CommitteeDocument read(String option, Path file) {
        byte[] bytes = readAll(option, file);
        if (!SignedCommittee.startsWithMagic(bytes) && !startsWith(bytes, COMMITTEE_MAGIC)) {
            try {
                bytes = HexFormat.of().parseHex(new String(bytes, StandardCharsets.US_ASCII).strip());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(
                        option + " " + file
                                + " is neither a committee (CNCM), a signed committee (CNSC), nor the hex of either",
                        e);
            }
        }
        try {
            if (SignedCommittee.startsWithMagic(bytes)) {
                SignedCommittee signed = SignedCommittee.decode(bytes);
                return new CommitteeDocument(signed.committee(), signed.signatures());
            }
            return new CommitteeDocument(Committee.decode(bytes), List.of());
        } catch (InvalidEncodingException e) {
            throw new BadInputException(option + " " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A node's public identity from {@code file}: the JSON {@code custos node show --json} prints (its field {@code
     * identity}), the {@code identity.bin} of its data folder ({@code CNID}), or that file's hex.
     */
    static NodeIdentity readIdentity(Path file) {
        byte[] bytes = readAll("--node", file);
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        String hex = text;
        if (text.startsWith("{")) {
            JsonNode json;
            try {
                json = new ObjectMapper().readTree(text);
            } catch (JsonProcessingException e) {
                throw new BadInputException("--node " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
            JsonNode identity = json.get("identity");
            if (identity == null || !identity.isTextual()) {
                throw new BadInputException("--node " + file + ": field 'identity' is missing or not a string (the"
                        + " file should be what 'custos node show --json' prints)");
            }
            hex = identity.asText();
        } else if (startsWith(bytes, new byte[] {'C', 'N', 'I', 'D'})) {
            return decodeIdentity(file, bytes);
        }
        try {
            return decodeIdentity(file, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--node " + file + ": field 'identity' is not hex (" + e.getMessage() + ")", e);
        }
    }

    private static NodeIdentity decodeIdentity(Path file, byte[] encoded) {
        try {
            return NodeIdentity.decode(encoded);
        } catch (InvalidEncodingException e) {
            throw new BadInputException("--node " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(String option, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + option + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
