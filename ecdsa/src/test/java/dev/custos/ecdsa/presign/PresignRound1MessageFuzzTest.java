package dev.custos.ecdsa.presign;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link PresignRound1Message#decode} (presigning round 1): the canonical encoding of a message, or a typed rejection. */
class PresignRound1MessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, PresignRound1Message::decode);
    }
}
