package dev.custos.chain.eip712;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.json.JsonInput;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the grants of the permit messages Custos recognises. A message is recognised only when the encodeType of its
 * primary type is exactly the one the standard defines, so every member read here exists and has been type-checked.
 */
final class PermitReader {
    static final Map<String, TypedDataKind> KINDS = Map.of(
            "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)",
            TypedDataKind.EIP2612_PERMIT,
            "Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)",
            TypedDataKind.DAI_PERMIT,
            "PermitSingle(PermitDetails details,address spender,uint256 sigDeadline)"
                    + "PermitDetails(address token,uint160 amount,uint48 expiration,uint48 nonce)",
            TypedDataKind.PERMIT2_SINGLE,
            "PermitBatch(PermitDetails[] details,address spender,uint256 sigDeadline)"
                    + "PermitDetails(address token,uint160 amount,uint48 expiration,uint48 nonce)",
            TypedDataKind.PERMIT2_BATCH,
            "PermitTransferFrom(TokenPermissions permitted,address spender,uint256 nonce,uint256 deadline)"
                    + "TokenPermissions(address token,uint256 amount)",
            TypedDataKind.PERMIT2_TRANSFER_FROM,
            "PermitBatchTransferFrom(TokenPermissions[] permitted,address spender,uint256 nonce,uint256 deadline)"
                    + "TokenPermissions(address token,uint256 amount)",
            TypedDataKind.PERMIT2_BATCH_TRANSFER_FROM);

    /** Amounts at least half the range of uint256 count as unlimited. */
    static final BigInteger UINT256_UNLIMITED = BigInteger.ONE.shiftLeft(255);

    /** Amounts at least half the range of Permit2's uint160 count as unlimited. */
    static final BigInteger UINT160_UNLIMITED = BigInteger.ONE.shiftLeft(159);

    private static final BigInteger UINT256_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private PermitReader() {}

    static List<PermitGrant> grants(TypedDataKind kind, JsonNode message, @Nullable Address verifyingContract)
            throws DecodingException {
        List<PermitGrant> grants = new ArrayList<>();
        switch (kind) {
            case EIP2612_PERMIT -> {
                BigInteger value = uint(message, "value");
                grants.add(new PermitGrant(
                        token(verifyingContract),
                        address(message, "spender"),
                        value,
                        uint(message, "deadline"),
                        value.compareTo(UINT256_UNLIMITED) >= 0));
            }
            case DAI_PERMIT -> {
                boolean allowed = message.get("allowed").booleanValue();
                grants.add(new PermitGrant(
                        token(verifyingContract),
                        address(message, "spender"),
                        allowed ? UINT256_MAX : BigInteger.ZERO,
                        uint(message, "expiry"),
                        allowed));
            }
            case PERMIT2_SINGLE -> grants.add(permit2Details(message.get("details"), message));
            case PERMIT2_BATCH -> {
                for (JsonNode details : message.get("details")) {
                    grants.add(permit2Details(details, message));
                }
            }
            case PERMIT2_TRANSFER_FROM -> grants.add(tokenPermissions(message.get("permitted"), message));
            case PERMIT2_BATCH_TRANSFER_FROM -> {
                for (JsonNode permitted : message.get("permitted")) {
                    grants.add(tokenPermissions(permitted, message));
                }
            }
            default -> throw new IllegalArgumentException("not a permit: " + kind);
        }
        return grants;
    }

    private static PermitGrant permit2Details(JsonNode details, JsonNode message) throws DecodingException {
        BigInteger amount = uint(details, "amount");
        BigInteger expiration = uint(details, "expiration");
        return new PermitGrant(
                address(details, "token"),
                address(message, "spender"),
                amount,
                expiration,
                amount.compareTo(UINT160_UNLIMITED) >= 0);
    }

    private static PermitGrant tokenPermissions(JsonNode permitted, JsonNode message) throws DecodingException {
        BigInteger amount = uint(permitted, "amount");
        return new PermitGrant(
                address(permitted, "token"),
                address(message, "spender"),
                amount,
                uint(message, "deadline"),
                amount.compareTo(UINT256_UNLIMITED) >= 0);
    }

    private static Address token(@Nullable Address verifyingContract) throws DecodingException {
        if (verifyingContract == null) {
            throw new DecodingException("a permit's domain must name the token as verifyingContract");
        }
        return verifyingContract;
    }

    static Address address(JsonNode object, String name) throws DecodingException {
        return JsonInput.address(object.get(name), "message." + name);
    }

    static BigInteger uint(JsonNode object, String name) throws DecodingException {
        return TypedDataHasher.integer(object.get(name), "message." + name);
    }
}
