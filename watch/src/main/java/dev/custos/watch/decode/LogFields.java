package dev.custos.watch.decode;

import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.LogEntry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Strict readers of a log's topics and data words; each failure names the event and what is wrong. */
final class LogFields {
    private static final int WORD = 32;

    private final LogEntry log;
    private final String event;
    private final byte[] data;

    LogFields(LogEntry log, String event) {
        this.log = log;
        this.event = event;
        this.data = log.data();
    }

    /** Requires exactly {@code topics} topics and {@code words} data words. */
    LogFields shape(int topics, int words) throws MalformedLogException {
        if (log.topics().size() != topics) {
            throw malformed("has " + log.topics().size() + " topics, not " + topics);
        }
        if (data.length != words * WORD) {
            throw malformed("has " + data.length + " data bytes, not " + words * WORD);
        }
        return this;
    }

    /** Requires exactly {@code topics} topics and at least {@code words} data words (dynamic data follows). */
    LogFields shapeAtLeast(int topics, int words) throws MalformedLogException {
        if (log.topics().size() != topics) {
            throw malformed("has " + log.topics().size() + " topics, not " + topics);
        }
        if (data.length < words * WORD || data.length % WORD != 0) {
            throw malformed("has " + data.length + " data bytes, not a multiple of 32 of at least " + words * WORD);
        }
        return this;
    }

    int topicCount() {
        return log.topics().size();
    }

    int dataLength() {
        return data.length;
    }

    byte[] topic(int index) {
        return log.topics().get(index).bytes();
    }

    byte[] word(int index) throws MalformedLogException {
        int start = index * WORD;
        if (index < 0 || start + WORD > data.length) {
            throw malformed("has no data word " + index);
        }
        return Arrays.copyOfRange(data, start, start + WORD);
    }

    String topicAddress(int index, String name) throws MalformedLogException {
        return address(topic(index), name);
    }

    String wordAddress(int index, String name) throws MalformedLogException {
        return address(word(index), name);
    }

    Address topicAddressValue(int index, String name) throws MalformedLogException {
        return addressValue(topic(index), name);
    }

    static String number(byte[] word) {
        return new BigInteger(1, word).toString();
    }

    static String hex(byte[] word) {
        return Hex.encode(word);
    }

    /** The bytes of a dynamic {@code bytes} argument whose offset is in data word {@code index}. */
    byte[] dynamicBytes(int index, String name) throws MalformedLogException {
        int offset = smallWord(index, name + " offset");
        if (offset % WORD != 0 || offset + WORD > data.length) {
            throw malformed(name + " offset " + offset + " is outside the data");
        }
        int length = smallWord(offset / WORD, name + " length");
        if (offset + WORD + length > data.length) {
            throw malformed(name + " length " + length + " runs past the data");
        }
        return Arrays.copyOfRange(data, offset + WORD, offset + WORD + length);
    }

    /** The addresses of a dynamic {@code address[]} argument whose offset is in data word {@code index}. */
    List<String> dynamicAddresses(int index, String name) throws MalformedLogException {
        int offset = smallWord(index, name + " offset");
        if (offset % WORD != 0 || offset + WORD > data.length) {
            throw malformed(name + " offset " + offset + " is outside the data");
        }
        int count = smallWord(offset / WORD, name + " length");
        if (offset + WORD + (long) count * WORD > data.length) {
            throw malformed(name + " length " + count + " runs past the data");
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(wordAddress(offset / WORD + 1 + i, name + "[" + i + "]"));
        }
        return addresses;
    }

    private int smallWord(int index, String name) throws MalformedLogException {
        BigInteger value = new BigInteger(1, word(index));
        if (value.bitLength() > 30) {
            throw malformed(name + " " + value + " is too large");
        }
        return value.intValueExact();
    }

    private String address(byte[] word, String name) throws MalformedLogException {
        return addressValue(word, name).toString().toLowerCase(Locale.ROOT);
    }

    private Address addressValue(byte[] word, String name) throws MalformedLogException {
        for (int i = 0; i < 12; i++) {
            if (word[i] != 0) {
                throw malformed(name + " is not an address: its high 12 bytes are not zero");
            }
        }
        return Address.of(Arrays.copyOfRange(word, 12, 32));
    }

    MalformedLogException malformed(String problem) {
        return new MalformedLogException(event + " log of " + log.address() + " (block " + log.blockNumber()
                + ", index " + log.logIndex() + ") " + problem);
    }
}
