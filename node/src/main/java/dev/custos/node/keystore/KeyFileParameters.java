package dev.custos.node.keystore;

import dev.custos.node.wire.ByteWriter;

/** A key-encryption key derived from a 32-byte key file: kind 2, no parameters. */
public record KeyFileParameters() implements KekParameters {
    public static final int KIND = 2;

    @Override
    public int kind() {
        return KIND;
    }

    @Override
    public void writeParameters(ByteWriter writer) {
        // the kind says everything
    }
}
