/**
 * The versioned binary encoding of every FROST message, with one writer and one reader for the module: {@link
 * dev.custos.frost.serialization.MessageWriter} and {@link dev.custos.frost.serialization.MessageReader}. The header is
 * {@code [format version][ciphersuite id][message type]}; signing messages take their type from {@link
 * dev.custos.frost.serialization.MessageType}, key lifecycle messages from {@link
 * dev.custos.frost.serialization.LifecycleMessageType} and add the session id. Fields follow RFC 9591 §4
 * (SerializeScalar, SerializeElement). See docs/FROST.md, "Flow and messages", and docs/FROST-LIFECYCLE.md §1.1.
 */
package dev.custos.frost.serialization;
