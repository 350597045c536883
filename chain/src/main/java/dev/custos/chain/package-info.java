/** Transaction and message codecs and intent decoding: what you sign is what you see. */
@NullMarked
package dev.custos.chain;

import org.jspecify.annotations.NullMarked;
