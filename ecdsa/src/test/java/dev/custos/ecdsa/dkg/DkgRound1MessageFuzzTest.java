package dev.custos.ecdsa.dkg;

import static dev.custos.ecdsa.FuzzDecoding.checkMessage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link DkgRound1Message#decode} (DKG round 1): the canonical encoding of a message, or a typed rejection. */
class DkgRound1MessageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        checkMessage(input, DkgRound1Message::decode);
    }
}
