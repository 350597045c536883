package dev.custos.chain.eip712;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedDataParserTest {
    private static final String DOMAIN = "\"EIP712Domain\": [{\"name\": \"chainId\", \"type\": \"uint256\"}]";

    private static String document(String types, String message) {
        return "{\"types\": {" + DOMAIN + ", " + types + "}, \"primaryType\": \"T\", \"domain\": {\"chainId\": 1},"
                + " \"message\": " + message + "}";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"T\": [{\"name\": \"a\", \"type\": \"Missing\"}]' | '{\"a\": {}}' | type 'Missing' is not defined",
                "'\"T\": [{\"name\": \"a\", \"type\": \"U\"}], \"U\": [{\"name\": \"b\", \"type\": \"T[]\"}]' | '{}'"
                        + " | cyclic type reference",
                "'\"T\": [{\"name\": \"a\", \"type\": \"T\"}]' | '{}' | cyclic type reference",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint8\"}]' | '{\"a\": 256}' | out of range for uint8",
                "'\"T\": [{\"name\": \"a\", \"type\": \"int8\"}]' | '{\"a\": \"-129\"}' | out of range for int8",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint256\"}]' | '{\"a\": -1}' | out of range for uint256",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint256\"}]' | '{\"a\": \"1e3\"}' | message.a is not an integer",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint256\"}]' | '{\"a\": 1.5}' | message.a must be an integer",
                "'\"T\": [{\"name\": \"a\", \"type\": \"address\"}]' | '{\"a\": \"0x1234\"}' | not an address",
                "'\"T\": [{\"name\": \"a\", \"type\": \"bytes4\"}]' | '{\"a\": \"0x010203\"}' | must have 4 bytes",
                "'\"T\": [{\"name\": \"a\", \"type\": \"bytes\"}]' | '{\"a\": \"0x0\"}' | odd number of digits",
                "'\"T\": [{\"name\": \"a\", \"type\": \"bool\"}]' | '{\"a\": \"true\"}' | must be true or false",
                "'\"T\": [{\"name\": \"a\", \"type\": \"string\"}]' | '{\"a\": 5}' | message.a must be a string",
                "'\"T\": [{\"name\": \"a\", \"type\": \"string\"}]' | '{}' | message.a is missing",
                "'\"T\": [{\"name\": \"a\", \"type\": \"string\"}]' | '{\"a\": \"x\", \"b\": 1}' | unknown member 'b'",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint8[2]\"}]' | '{\"a\": [1]}' | must have 2 elements",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint8[]\"}]' | '{\"a\": 1}' | must be an array",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint7\"}]' | '{\"a\": 1}' | invalid type 'uint7'",
                "'\"T\": [{\"name\": \"a\", \"type\": \"bytes33\"}]' | '{\"a\": 1}' | invalid type 'bytes33'",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint8[01]\"}]' | '{\"a\": [1]}' | invalid array length",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint8]\"}]' | '{\"a\": [1]}' | unmatched",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint8[5]]\"}]' | '{\"a\": [1]}' | malformed array suffix",
                "'\"T\": [{\"name\": \"a\", \"type\": \"uint8[]x]\"}]' | '{\"a\": [[1]]}' | malformed array suffix",
                "'\"T\": [{\"name\": \"a\", \"type\": \"a b\"}]' | '{}' | invalid type name",
                "'\"T\": [{\"name\": \"a\", \"type\": \"bool\"}, {\"name\": \"a\", \"type\": \"bool\"}]' | '{}'"
                        + " | defined twice",
                "'\"T\": [{\"name\": \"a\", \"type\": \"bool\", \"x\": 1}]' | '{}' | exactly 'name' and 'type'",
                "'\"T\": {}' | '{}' | must be an array",
            })
    void parse_invalidDocument_namesTheCulprit(String types, String message, String expected) {
        assertThatThrownBy(() -> TypedDataParser.parse(document(types, message)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void parse_tooManyValues_isRefusedByTheWorkBound() {
        String many = "[" + "1,".repeat(TypedDataHasher.MAX_VALUES) + "1]";

        assertThatThrownBy(() -> TypedDataParser.parse(
                        document("\"T\": [{\"name\": \"a\", \"type\": \"uint8[]\"}]", "{\"a\": " + many + "}")))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("more than " + TypedDataHasher.MAX_VALUES + " values");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"types\": {\"T\": []}, \"primaryType\": \"T\", \"domain\": {}, \"message\": {}}"
                        + " | EIP712Domain is not defined",
                "{\"types\": {\"EIP712Domain\": [{\"name\": \"owner\", \"type\": \"address\"}]}, \"primaryType\":"
                        + " \"EIP712Domain\", \"domain\": {}, \"message\": {}} | unknown member 'owner'",
                "{\"types\": {\"EIP712Domain\": [{\"name\": \"chainId\", \"type\": \"string\"}]}, \"primaryType\":"
                        + " \"EIP712Domain\", \"domain\": {}, \"message\": {}} | must have type uint256",
                "{\"types\": {\"EIP712Domain\": []}, \"primaryType\": \"Mail\", \"domain\": {}, \"message\": {}}"
                        + " | primaryType 'Mail' is not defined",
                "{\"types\": {\"EIP712Domain\": []}, \"primaryType\": \"EIP712Domain\", \"domain\": {}, \"message\":"
                        + " {}, \"extra\": 1} | unknown key 'extra'",
                "{\"types\": {\"EIP712Domain\": []}, \"types\": {}} | Duplicate field",
                "[] | must be a JSON object",
                "{\"types\": {\"EIP712Domain\": []}, \"domain\": {}, \"message\": {}} | primaryType is missing",
            })
    void parse_invalidTopLevel_namesTheCulprit(String json, String expected) {
        assertThatThrownBy(() -> TypedDataParser.parse(json))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining(expected);
    }
}
