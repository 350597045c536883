package dev.custos.ecdsa.keys;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link OtChallengeMessage#decode} (base-OT verification round 1): the canonical encoding of a message, or a typed rejection. */
class OtChallengeMessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, OtChallengeMessage::decode);
    }
}
