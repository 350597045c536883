package dev.custos.ecdsa.reshare;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link ResharingShareMessage#decode} (a resharing dealer's contribution): the canonical encoding of a message, or a typed rejection. */
class ResharingShareMessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, ResharingShareMessage::decode);
    }
}
