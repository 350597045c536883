package dev.custos.chain.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses human-readable Solidity signatures with optional parameter names, e.g. {@code transfer(address to,uint256
 * amount)} or {@code permit(address owner,((address token,uint160 amount) details,address spender) single,bytes sig)}.
 * Used for the built-in function table; malformed text is a programming error and throws
 * {@link IllegalArgumentException}.
 */
final class SignatureParser {
    private final String text;
    private int position;

    private SignatureParser(String text) {
        this.text = text;
    }

    static AbiFunction parseFunction(String text) {
        SignatureParser parser = new SignatureParser(text);
        String name = parser.identifier();
        parser.expect('(');
        List<AbiParameter> parameters = parser.parameters();
        parser.expect(')');
        parser.skipSpaces();
        if (parser.position != text.length()) {
            throw parser.error("unexpected text after the parameter list");
        }
        return new AbiFunction(name, parameters);
    }

    private List<AbiParameter> parameters() {
        List<AbiParameter> parameters = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            return parameters;
        }
        while (true) {
            AbiType type = type();
            skipSpaces();
            String name = isIdentifierStart(peek()) ? identifier() : "";
            parameters.add(new AbiParameter(name, type));
            skipSpaces();
            if (peek() != ',') {
                return parameters;
            }
            position++;
            skipSpaces();
        }
    }

    private AbiType type() {
        AbiType type;
        if (peek() == '(') {
            position++;
            List<AbiParameter> components = parameters();
            expect(')');
            type = new AbiType.TupleType(components);
        } else {
            type = elementary(identifier());
        }
        while (peek() == '[') {
            position++;
            int start = position;
            while (peek() >= '0' && peek() <= '9') {
                position++;
            }
            String digits = text.substring(start, position);
            expect(']');
            type = digits.isEmpty()
                    ? new AbiType.ArrayType(type)
                    : new AbiType.FixedArrayType(type, Integer.parseInt(digits));
        }
        return type;
    }

    private AbiType elementary(String name) {
        return switch (name) {
            case "address" -> new AbiType.AddressType();
            case "bool" -> new AbiType.BoolType();
            case "string" -> new AbiType.StringType();
            case "bytes" -> new AbiType.BytesType();
            case "uint" -> new AbiType.UintType(256);
            case "int" -> new AbiType.IntType(256);
            default -> sized(name);
        };
    }

    private AbiType sized(String name) {
        try {
            if (name.startsWith("uint")) {
                return new AbiType.UintType(Integer.parseInt(name.substring(4)));
            }
            if (name.startsWith("int")) {
                return new AbiType.IntType(Integer.parseInt(name.substring(3)));
            }
            if (name.startsWith("bytes")) {
                return new AbiType.FixedBytesType(Integer.parseInt(name.substring(5)));
            }
        } catch (NumberFormatException e) {
            throw error("bad type name '" + name + "'");
        }
        throw error("unknown type '" + name + "'");
    }

    private String identifier() {
        skipSpaces();
        int start = position;
        if (!isIdentifierStart(peek())) {
            throw error("identifier expected");
        }
        while (isIdentifierPart(peek())) {
            position++;
        }
        return text.substring(start, position);
    }

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) {
            throw error("'" + c + "' expected");
        }
        position++;
    }

    private void skipSpaces() {
        while (peek() == ' ') {
            position++;
        }
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at position " + position + " in '" + text + "'");
    }
}
