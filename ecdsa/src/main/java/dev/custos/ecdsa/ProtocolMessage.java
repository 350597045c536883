package dev.custos.ecdsa;

/** A point-to-point protocol message: it names its session, sender and recipient, and has a versioned encoding. */
public interface ProtocolMessage {
    /** Version of the message encodings produced by this module. */
    int VERSION = 1;

    SessionId session();

    Identifier from();

    Identifier to();

    byte[] encode();
}
