package dev.custos.ecdsa.presign;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link PresignRound2Message#decode} (presigning round 2): the canonical encoding of a message, or a typed rejection. */
class PresignRound2MessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, PresignRound2Message::decode);
    }
}
