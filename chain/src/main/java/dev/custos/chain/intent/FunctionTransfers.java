package dev.custos.chain.intent;

import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.abi.FunctionCall;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The transfers one decoded token function moves or grants. Functions are told apart by their canonical signature;
 * ERC-20 and ERC-721 share {@code transferFrom(address,address,uint256)} and {@code approve(address,uint256)}, which
 * are read as ERC-721 only for contracts the {@link TransferContext} declares ERC-721.
 */
final class FunctionTransfers {
    /** Every value-moving function of the well-known table has a case here (checked by a test). */
    static final Set<String> DERIVED = Set.of(
            "transfer(address,uint256)",
            "transferFrom(address,address,uint256)",
            "safeTransferFrom(address,address,uint256)",
            "safeTransferFrom(address,address,uint256,bytes)",
            "safeTransferFrom(address,address,uint256,uint256,bytes)",
            "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)",
            "approve(address,uint256)",
            "increaseAllowance(address,uint256)",
            "setApprovalForAll(address,bool)",
            "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
            "approve(address,address,uint160,uint48)",
            "transferFrom(address,address,uint160,address)");

    private FunctionTransfers() {}

    /** The transfers of {@code call} on {@code token}; throws IllegalArgumentException when they cannot be read. */
    static List<Transfer> of(FunctionCall call, Address token, TransferContext context) {
        String asset = TransferDerivation.address(token);
        boolean erc721 = context.standard(token).orElse(TokenStandard.ERC20) == TokenStandard.ERC721;
        String signature = call.function().function().canonicalSignature();
        return switch (signature) {
            case "transfer(address,uint256)" ->
                List.of(new Transfer(Transfer.Kind.TOKEN, asset, address(call, "to"), number(call, "amount")));
            case "transferFrom(address,address,uint256)" ->
                erc721
                        ? List.of(new Transfer(Transfer.Kind.NFT, asset, address(call, "to"), BigInteger.ONE))
                        : List.of(
                                new Transfer(Transfer.Kind.TOKEN, asset, address(call, "to"), number(call, "amount")));
            case "safeTransferFrom(address,address,uint256)", "safeTransferFrom(address,address,uint256,bytes)" ->
                List.of(new Transfer(Transfer.Kind.NFT, asset, address(call, "to"), BigInteger.ONE));
            case "safeTransferFrom(address,address,uint256,uint256,bytes)" ->
                List.of(new Transfer(Transfer.Kind.NFT, asset, address(call, "to"), number(call, "amount")));
            case "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)" -> batch(call, asset);
            case "approve(address,uint256)" -> List.of(approve(call, asset, erc721));
            case "increaseAllowance(address,uint256)" ->
                List.of(new Transfer(
                        Transfer.Kind.APPROVAL, asset, address(call, "spender"), number(call, "addedValue")));
            case "setApprovalForAll(address,bool)" ->
                List.of(new Transfer(
                        Transfer.Kind.OPERATOR_APPROVAL,
                        asset,
                        address(call, "operator"),
                        bool(call, "approved") ? BigInteger.ONE : BigInteger.ZERO));
            case "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)" ->
                List.of(new Transfer(Transfer.Kind.APPROVAL, asset, address(call, "spender"), number(call, "value")));
            case "approve(address,address,uint160,uint48)", "transferFrom(address,address,uint160,address)" ->
                List.of(permit2(call));
            default -> permit2Tuples(call);
        };
    }

    private static Transfer approve(FunctionCall call, String asset, boolean erc721) {
        String spender = address(call, "spender");
        if (erc721) {
            // approve(to, tokenId): one token, or a cleared approval when `to` is the zero address
            boolean cleared = spender.equals(TransferDerivation.address(Address.ZERO));
            return new Transfer(Transfer.Kind.APPROVAL, asset, spender, cleared ? BigInteger.ZERO : BigInteger.ONE);
        }
        return new Transfer(Transfer.Kind.APPROVAL, asset, spender, number(call, "amount"));
    }

    private static List<Transfer> batch(FunctionCall call, String asset) {
        List<AbiValue> ids = array(call, "ids");
        List<AbiValue> amounts = array(call, "amounts");
        if (ids.size() != amounts.size()) {
            throw new IllegalArgumentException(
                    "safeBatchTransferFrom has " + ids.size() + " ids but " + amounts.size() + " amounts");
        }
        String to = address(call, "to");
        List<Transfer> out = new ArrayList<>();
        for (AbiValue amount : amounts) {
            out.add(new Transfer(Transfer.Kind.NFT, asset, to, numberValue(amount, "amounts")));
        }
        return out;
    }

    /** Permit2 {@code approve(token, spender, amount, expiration)} and {@code transferFrom(from, to, amount, token)}. */
    private static Transfer permit2(FunctionCall call) {
        String token = address(call, "token");
        BigInteger amount = number(call, "amount");
        if (call.function().name().equals("approve")) {
            return new Transfer(Transfer.Kind.APPROVAL, token, address(call, "spender"), amount);
        }
        return new Transfer(Transfer.Kind.TOKEN, token, address(call, "to"), amount);
    }

    /** Permit2 {@code permit} (single and batch) and {@code permitTransferFrom}; other functions move nothing. */
    private static List<Transfer> permit2Tuples(FunctionCall call) {
        List<Transfer> out = new ArrayList<>();
        switch (call.function().category()) {
            case PERMIT2_PERMIT -> {
                List<AbiArgument> permit = tuple(call.arguments().get(1).value(), "permit");
                String spender = addressValue(component(permit, "spender"), "spender");
                AbiValue details = component(permit, "details");
                List<AbiValue> all = details instanceof AbiValue.ArrayValue array ? array.elements() : List.of(details);
                for (AbiValue detail : all) {
                    List<AbiArgument> fields = tuple(detail, "details");
                    out.add(new Transfer(
                            Transfer.Kind.APPROVAL,
                            addressValue(component(fields, "token"), "token"),
                            spender,
                            numberValue(component(fields, "amount"), "amount")));
                }
            }
            case PERMIT2_TRANSFER -> {
                List<AbiArgument> permit = tuple(value(call, "permit"), "permit");
                List<AbiArgument> permitted = tuple(component(permit, "permitted"), "permitted");
                List<AbiArgument> details = tuple(value(call, "transferDetails"), "transferDetails");
                out.add(new Transfer(
                        Transfer.Kind.TOKEN,
                        addressValue(component(permitted, "token"), "token"),
                        addressValue(component(details, "to"), "to"),
                        numberValue(component(details, "requestedAmount"), "requestedAmount")));
            }
            case TOKEN_TRANSFER, TOKEN_APPROVAL, ALLOWANCE_INCREASE, PERMIT, PERMIT2_APPROVAL, OPERATOR_APPROVAL ->
                // a value-moving function without a derivation here must not pass as moving nothing
                throw new IllegalArgumentException("no transfer derivation for "
                        + call.function().function().canonicalSignature());
            default -> {
                // governance, executions (judged by their inner calls) and display-only functions move nothing
            }
        }
        return out;
    }

    private static AbiValue value(FunctionCall call, String name) {
        return call.argument(name)
                .map(AbiArgument::value)
                .orElseThrow(() -> new IllegalArgumentException("argument '" + name + "' is missing"));
    }

    private static String address(FunctionCall call, String name) {
        return addressValue(value(call, name), name);
    }

    private static BigInteger number(FunctionCall call, String name) {
        return numberValue(value(call, name), name);
    }

    private static boolean bool(FunctionCall call, String name) {
        if (value(call, name) instanceof AbiValue.BoolValue(boolean flag)) {
            return flag;
        }
        throw new IllegalArgumentException("argument '" + name + "' is not a bool");
    }

    private static List<AbiValue> array(FunctionCall call, String name) {
        if (value(call, name) instanceof AbiValue.ArrayValue(List<AbiValue> elements)) {
            return elements;
        }
        throw new IllegalArgumentException("argument '" + name + "' is not an array");
    }

    private static String addressValue(AbiValue value, String name) {
        if (value instanceof AbiValue.AddressValue(Address address)) {
            return TransferDerivation.address(address);
        }
        throw new IllegalArgumentException("'" + name + "' is not an address");
    }

    private static BigInteger numberValue(AbiValue value, String name) {
        if (value instanceof AbiValue.NumberValue(BigInteger number)) {
            return number;
        }
        throw new IllegalArgumentException("'" + name + "' is not a number");
    }

    private static List<AbiArgument> tuple(AbiValue value, String name) {
        if (value instanceof AbiValue.TupleValue(List<AbiArgument> components)) {
            return components;
        }
        throw new IllegalArgumentException("'" + name + "' is not a tuple");
    }

    private static AbiValue component(List<AbiArgument> components, String name) {
        return components.stream()
                .filter(component -> component.name().equals(name))
                .map(AbiArgument::value)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("component '" + name + "' is missing"));
    }
}
