package dev.custos.watch.decode;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.rpc.LogEntry;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Test only: logs built from topics and data words. */
final class Logs {
    static final Address CONTRACT = address(0x51);
    private static final Hash32 BLOCK = Hash32.of(new byte[32]);

    private Logs() {}

    static LogEntry log(Hash32 first, List<byte[]> topics, byte[]... words) {
        List<Hash32> all = new ArrayList<>();
        all.add(first);
        topics.forEach(topic -> all.add(Hash32.of(topic)));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte[] word : words) {
            data.writeBytes(word);
        }
        return new LogEntry(CONTRACT, all, data.toByteArray(), 7, BLOCK, BLOCK, 3, false);
    }

    static Address address(int last) {
        byte[] bytes = new byte[20];
        bytes[0] = 0x0a;
        bytes[19] = (byte) last;
        return Address.of(bytes);
    }

    static byte[] word(Address address) {
        byte[] word = new byte[32];
        System.arraycopy(address.bytes(), 0, word, 12, 20);
        return word;
    }

    static byte[] word(long number) {
        byte[] word = new byte[32];
        byte[] value = BigInteger.valueOf(number).toByteArray();
        System.arraycopy(value, 0, word, 32 - value.length, value.length);
        return word;
    }

    static byte[] dirtyAddressWord(Address address) {
        byte[] word = word(address);
        word[0] = 1;
        return word;
    }
}
