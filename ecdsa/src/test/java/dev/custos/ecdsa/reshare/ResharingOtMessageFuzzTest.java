package dev.custos.ecdsa.reshare;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link ResharingOtMessage#decode} (resharing round 1 between new parties): the canonical encoding of a message, or a typed rejection. */
class ResharingOtMessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, ResharingOtMessage::decode);
    }
}
