/**
 * The binary encoding shared by the node's formats: big-endian fixed-width integers, fixed-length fields written as
 * they are, and variable-length fields as a 4-byte big-endian length followed by the bytes. {@link
 * dev.custos.node.wire.ByteWriter} writes it; {@link dev.custos.node.wire.ByteReader} reads it strictly (lengths
 * bounded, truncation and trailing bytes rejected, errors naming the field).
 */
@NullMarked
package dev.custos.node.wire;

import org.jspecify.annotations.NullMarked;
