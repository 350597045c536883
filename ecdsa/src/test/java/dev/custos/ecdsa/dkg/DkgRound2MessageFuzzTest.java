package dev.custos.ecdsa.dkg;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link DkgRound2Message#decode} (DKG round 2): the canonical encoding of a message, or a typed rejection. */
class DkgRound2MessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, DkgRound2Message::decode);
    }
}
