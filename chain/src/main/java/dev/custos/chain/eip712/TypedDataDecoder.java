package dev.custos.chain.eip712;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.json.JsonInput;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns validated typed data into a {@link TypedMessage}: the digest that is signed, and for recognised messages what
 * signing it permits. Permits (EIP-2612, DAI, Permit2) raise {@code permit} and, for amounts of at least half their
 * type's range, {@code unlimited_approval}; a Safe {@code SafeTx} message is decoded as the Safe transaction it
 * authorises, with that transaction's flags.
 */
public final class TypedDataDecoder {
    /** Permit2's address, the same on every chain it is deployed to. */
    public static final String PERMIT2 = "0x000000000022d473030f116ddee9f6b43ac78ba3";

    private static final String SAFE_TX_FIELDS = "SafeTx(address to,uint256 value,bytes data,uint8 operation,"
            + "uint256 safeTxGas,uint256 %s,uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)";
    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    private final IntentDecoder intents;

    public TypedDataDecoder(IntentDecoder intents) {
        this.intents = Objects.requireNonNull(intents, "intents is null");
    }

    /** Parses, validates and decodes {@code json}. */
    public TypedMessage decode(String json) throws DecodingException {
        return decode(TypedDataParser.parse(json));
    }

    public TypedMessage decode(TypedData data) throws DecodingException {
        Hash32 domainSeparator = TypedDataHasher.domainSeparator(data);
        boolean domainOnly = data.primaryType().equals(TypedData.DOMAIN_TYPE);
        Optional<Hash32> messageHash = domainOnly ? Optional.empty() : Optional.of(TypedDataHasher.messageHash(data));
        Hash32 digest = TypedDataHasher.digest(data);
        String encodedType = TypedDataHasher.encodeType(data, data.primaryType());
        JsonNode domain = data.domain();
        JsonNode message = data.message();
        Optional<BigInteger> chainId = domainValue(domain, "chainId") == null
                ? Optional.empty()
                : Optional.of(TypedDataHasher.integer(domain.get("chainId"), "domain.chainId"));
        Optional<Address> verifyingContract = domainValue(domain, "verifyingContract") == null
                ? Optional.empty()
                : Optional.of(JsonInput.address(domain.get("verifyingContract"), "domain.verifyingContract"));
        Optional<String> domainName =
                Optional.ofNullable(domainValue(domain, "name")).map(JsonNode::textValue);

        TypedDataKind kind = domainOnly
                ? TypedDataKind.GENERIC
                : PermitReader.KINDS.getOrDefault(encodedType, TypedDataKind.GENERIC);
        Optional<SafeVersion> safeVersion = domainOnly ? Optional.empty() : safeVersion(data, encodedType);
        if (safeVersion.isPresent() && verifyingContract.isPresent()) {
            kind = TypedDataKind.SAFE_TX;
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<String> warnings = new ArrayList<>();
        List<PermitGrant> grants = List.of();
        Optional<Intent> safeIntent = Optional.empty();
        String summary;
        if (kind == TypedDataKind.SAFE_TX) {
            Intent intent = safeIntent(message, verifyingContract.get(), chainId, safeVersion.get());
            if (!intent.safeTxHash().equals(Optional.of(digest))) {
                warnings.add("the Safe transaction hash differs from the typed-data digest");
            }
            safeIntent = Optional.of(intent);
            flags.addAll(intent.flags());
            warnings.addAll(intent.warnings());
            summary = "Sign Safe transaction (SafeTx typed data, Safe " + safeVersion.get() + "): " + intent.summary();
        } else if (kind != TypedDataKind.GENERIC) {
            grants = PermitReader.grants(kind, message, verifyingContract.orElse(null));
            flags.add(Flag.PERMIT);
            if (grants.stream().anyMatch(PermitGrant::unlimited)) {
                flags.add(Flag.UNLIMITED_APPROVAL);
            }
            boolean permit2 = kind.wireName().startsWith("permit2");
            if (permit2 && !verifyingContract.map(Address::toString).orElse("").equalsIgnoreCase(PERMIT2)) {
                warnings.add(
                        "Permit2 message whose verifyingContract is not the canonical Permit2 contract " + PERMIT2);
            }
            summary = permitSummary(kind, grants, chainId);
        } else {
            summary = "Sign " + data.primaryType() + " typed data"
                    + domainName.map(name -> " for " + name).orElse("")
                    + verifyingContract
                            .map(address -> " (contract " + address.toChecksumHex() + ")")
                            .orElse("")
                    + chainId.map(id -> " on chain " + id).orElse("")
                    + "; digest " + digest.toHex();
        }
        if (chainId.isEmpty() && kind != TypedDataKind.SAFE_TX) {
            warnings.add("the domain has no chainId: the signature may be replayable on other chains");
        }
        return new TypedMessage(
                kind,
                data.primaryType(),
                encodedType,
                domainSeparator,
                messageHash,
                digest,
                chainId,
                verifyingContract,
                domainName,
                grants,
                safeIntent,
                flags,
                warnings,
                summary);
    }

    private static @Nullable JsonNode domainValue(JsonNode domain, String name) {
        JsonNode value = domain.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static Optional<SafeVersion> safeVersion(TypedData data, String encodedType) {
        String domainType = TypedDataHasher.encodeType(data, TypedData.DOMAIN_TYPE);
        boolean withChain = domainType.equals("EIP712Domain(uint256 chainId,address verifyingContract)");
        boolean withoutChain = domainType.equals("EIP712Domain(address verifyingContract)");
        if (encodedType.equals(SAFE_TX_FIELDS.formatted("baseGas"))) {
            return withChain
                    ? Optional.of(new SafeVersion(1, 3, 0))
                    : withoutChain ? Optional.of(new SafeVersion(1, 1, 1)) : Optional.empty();
        }
        if (encodedType.equals(SAFE_TX_FIELDS.formatted("dataGas")) && withoutChain) {
            return Optional.of(new SafeVersion(0, 1, 0));
        }
        return Optional.empty();
    }

    private Intent safeIntent(JsonNode message, Address safe, Optional<BigInteger> chainId, SafeVersion version)
            throws DecodingException {
        String gasName = version.usesDataGas() ? "dataGas" : "baseGas";
        BigInteger operation = PermitReader.uint(message, "operation");
        SafeTransaction transaction = new SafeTransaction(
                safe,
                PermitReader.address(message, "to"),
                PermitReader.uint(message, "value"),
                JsonInput.hex(message.get("data"), "message.data"),
                Operation.fromCode(operation.longValueExact()),
                PermitReader.uint(message, "safeTxGas"),
                PermitReader.uint(message, gasName),
                PermitReader.uint(message, "gasPrice"),
                PermitReader.address(message, "gasToken"),
                PermitReader.address(message, "refundReceiver"),
                PermitReader.uint(message, "nonce"),
                Optional.empty(),
                List.of());
        return intents.decodeSafeTransaction(transaction, chainId.orElse(BigInteger.ONE), version);
    }

    private static String permitSummary(TypedDataKind kind, List<PermitGrant> grants, Optional<BigInteger> chainId) {
        String what = switch (kind) {
            case EIP2612_PERMIT -> "EIP-2612 permit";
            case DAI_PERMIT -> "DAI-style permit";
            case PERMIT2_SINGLE, PERMIT2_BATCH -> "Permit2 allowance";
            default -> "Permit2 signature transfer";
        };
        boolean transfer =
                kind == TypedDataKind.PERMIT2_TRANSFER_FROM || kind == TypedDataKind.PERMIT2_BATCH_TRANSFER_FROM;
        StringBuilder text = new StringBuilder("Sign ").append(what).append(": ");
        for (int i = 0; i < grants.size(); i++) {
            PermitGrant grant = grants.get(i);
            if (i > 0) {
                text.append("; ");
            }
            text.append(transfer ? "let " : "allow ")
                    .append(grant.spender().toChecksumHex())
                    .append(transfer ? " transfer " : " to spend ")
                    .append(
                            grant.unlimited()
                                    ? "UNLIMITED (" + grant.amount() + ")"
                                    : grant.amount().toString())
                    .append(" of token ")
                    .append(grant.token().toChecksumHex())
                    .append(
                            kind == TypedDataKind.PERMIT2_SINGLE || kind == TypedDataKind.PERMIT2_BATCH
                                    ? ", allowance expires "
                                    : ", deadline ")
                    .append(time(grant.deadline()));
        }
        chainId.ifPresent(id -> text.append(" (chain ").append(id).append(')'));
        return text.toString();
    }

    private static String time(BigInteger seconds) {
        if (seconds.bitLength() < 63 && seconds.longValue() <= LAST_SECOND_OF_9999) {
            return Instant.ofEpochSecond(seconds.longValue()) + " (" + seconds + ")";
        }
        return "never (" + seconds + ")";
    }
}
