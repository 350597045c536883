package dev.custos.ecdsa.reshare;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link ResharingOtReply#decode} (resharing round 2 between new parties): the canonical encoding of a message, or a typed rejection. */
class ResharingOtReplyFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, ResharingOtReply::decode);
    }
}
