package dev.custos.ecdsa.keys;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link OtOpeningMessage#decode} (base-OT verification round 3): the canonical encoding of a message, or a typed rejection. */
class OtOpeningMessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, OtOpeningMessage::decode);
    }
}
