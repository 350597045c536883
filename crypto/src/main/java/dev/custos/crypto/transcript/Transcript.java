package dev.custos.crypto.transcript;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An unambiguous, domain-separated SHA-512 transcript for Fiat-Shamir challenges and protocol hashes.
 *
 * <p>The hash input is a sequence of records {@code tag (1 byte) || u32be(len(label)) || label || u32be(len(value)) ||
 * value}, beginning with the domain record. Because every field is length-prefixed and typed, no two different sequences
 * of appends produce the same input: {@code ("ab", "c")} and {@code ("a", "bc")} differ, and so do bytes and a scalar
 * with the same encoding. Values are encoded canonically: elements by {@link Element#encode()} (the identity as an empty
 * value, which no real encoding has), scalars by {@link Scalar#toBytes()}, integers as 8 bytes big-endian.
 *
 * <p>Transcripts are mutable and not thread-safe. {@link #digest()} does not end the transcript: appends may continue,
 * so one transcript can yield several challenges.
 */
public final class Transcript {
    private static final int TAG_DOMAIN = 0x00;
    private static final int TAG_BYTES = 0x01;
    private static final int TAG_ELEMENT = 0x02;
    private static final int TAG_SCALAR = 0x03;
    private static final int TAG_INTEGER = 0x04;
    private static final byte[] DOMAIN_LABEL = "custos/transcript/v1".getBytes(StandardCharsets.UTF_8);

    private final MessageDigest hash;

    private Transcript(MessageDigest hash) {
        this.hash = hash;
    }

    /** A new transcript whose first record is {@code domain}, e.g. {@code "custos/frost/dkg/v1"}. */
    public static Transcript start(String domain) {
        Objects.requireNonNull(domain, "domain is null");
        if (domain.isEmpty()) {
            throw new IllegalArgumentException("domain is empty");
        }
        Transcript transcript = new Transcript(newSha512());
        transcript.record(TAG_DOMAIN, DOMAIN_LABEL, domain.getBytes(StandardCharsets.UTF_8));
        return transcript;
    }

    public Transcript append(String label, byte[] value) {
        Objects.requireNonNull(value, "value is null");
        return record(TAG_BYTES, label, value);
    }

    /** Appends the canonical encoding of {@code element}; the identity is appended as an empty value. */
    public Transcript append(String label, Element element) {
        Objects.requireNonNull(element, "element is null");
        return record(TAG_ELEMENT, label, element.isIdentity() ? new byte[0] : element.encode());
    }

    public Transcript append(String label, Scalar scalar) {
        Objects.requireNonNull(scalar, "scalar is null");
        byte[] encoding = scalar.toBytes();
        try {
            return record(TAG_SCALAR, label, encoding);
        } finally {
            Arrays.fill(encoding, (byte) 0);
        }
    }

    public Transcript append(String label, long value) {
        byte[] encoding = new byte[Long.BYTES];
        for (int i = 0; i < Long.BYTES; i++) {
            encoding[i] = (byte) (value >>> (56 - 8 * i));
        }
        return record(TAG_INTEGER, label, encoding);
    }

    /** SHA-512 of everything appended so far (64 bytes); the transcript stays usable. */
    public byte[] digest() {
        try {
            return ((MessageDigest) hash.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-512 implementation cannot be cloned", e);
        }
    }

    /** The digest reduced modulo the order of {@code field}, in the field's byte order. */
    public Scalar challenge(ScalarField field) {
        Objects.requireNonNull(field, "field is null");
        byte[] digest = digest();
        try {
            return field.reduce(digest);
        } finally {
            Arrays.fill(digest, (byte) 0);
        }
    }

    private Transcript record(int tag, String label, byte[] value) {
        Objects.requireNonNull(label, "label is null");
        return record(tag, label.getBytes(StandardCharsets.UTF_8), value);
    }

    private Transcript record(int tag, byte[] label, byte[] value) {
        hash.update((byte) tag);
        updateLength(label.length);
        hash.update(label);
        updateLength(value.length);
        hash.update(value);
        return this;
    }

    private void updateLength(int length) {
        hash.update((byte) (length >>> 24));
        hash.update((byte) (length >>> 16));
        hash.update((byte) (length >>> 8));
        hash.update((byte) length);
    }

    private static MessageDigest newSha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Transcript[SHA-512]";
    }
}
