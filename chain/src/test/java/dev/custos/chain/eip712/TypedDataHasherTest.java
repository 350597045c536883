package dev.custos.chain.eip712;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import dev.custos.chain.TestResources;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.Keccak256;
import org.junit.jupiter.api.Test;

class TypedDataHasherTest {
    @Test
    void mail_matchesTheValuesPublishedInEip712() throws DecodingException {
        TypedData mail = TypedDataParser.parse(TestResources.text("vectors/eip712/mail.json"));

        assertThat(TypedDataHasher.encodeType(mail, "Mail"))
                .isEqualTo("Mail(Person from,Person to,string contents)Person(string name,address wallet)");
        assertThat(TypedDataHasher.typeHash(mail, "Mail").toHex())
                .isEqualTo("0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2");
        assertThat(TypedDataHasher.domainSeparator(mail).toHex())
                .isEqualTo("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f");
        assertThat(TypedDataHasher.messageHash(mail).toHex())
                .isEqualTo("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e");
        assertThat(TypedDataHasher.digest(mail).toHex())
                .isEqualTo("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
    }

    @Test
    void arraysAndSignedIntegers_hashAsConcatenatedElementEncodings() throws DecodingException {
        TypedData data = TypedDataParser.parse("""
                {"types": {"EIP712Domain": [],
                           "Item": [{"name": "ids", "type": "int8[2]"}, {"name": "tags", "type": "string[]"}]},
                 "primaryType": "Item", "domain": {},
                 "message": {"ids": [-1, "0x7f"], "tags": ["a", "b"]}}""");

        byte[] minusOne = new byte[32];
        java.util.Arrays.fill(minusOne, (byte) 0xff);
        byte[] max = new byte[32];
        max[31] = 0x7f;
        byte[] ids = Keccak256.hash(minusOne, max);
        byte[] tags = Keccak256.hash(Keccak256.hash("a"), Keccak256.hash("b"));
        byte[] typeHash = Keccak256.hash("Item(int8[2] ids,string[] tags)");
        byte[] domain = Keccak256.hash(Keccak256.hash("EIP712Domain()"));
        Hash32 expected = Hash32.keccak(new byte[] {0x19, 0x01}, domain, Keccak256.hash(typeHash, ids, tags));

        assertThat(TypedDataHasher.digest(data)).isEqualTo(expected);
    }

    @Test
    void domainAsPrimaryType_digestOmitsTheMessageHash() throws DecodingException {
        TypedData data = TypedDataParser.parse("""
                {"types": {"EIP712Domain": [{"name": "name", "type": "string"}]},
                 "primaryType": "EIP712Domain", "domain": {"name": "x"}, "message": {}}""");

        byte[] domain = Keccak256.hash(Keccak256.hash("EIP712Domain(string name)"), Keccak256.hash("x"));
        assertThat(TypedDataHasher.digest(data)).isEqualTo(Hash32.keccak(new byte[] {0x19, 0x01}, domain));
    }
}
