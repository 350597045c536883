package dev.custos.frost.lifecycle;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.serialization.MessageWriter;

/**
 * A message of a key lifecycle protocol (DKG, refresh, repair, reshare): it names its ciphersuite, its run and its
 * sender, and has a versioned binary encoding (see {@link MessageWriter}).
 */
public interface LifecycleMessage {
    Ciphersuite suite();

    SessionId sessionId();

    /** The participant that produced the message; the transport must check it against the authenticated channel. */
    Identifier sender();

    /** The message's binary encoding. */
    byte[] encode();
}
