/** Transaction and message codecs and intent decoding: what you sign is what you see. */
package dev.custos.chain;
