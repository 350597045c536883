package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.node.job.message.FailureKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The holders of a wallet's key, by committee name, sorted: the i-th (from 0) is protocol participant {@code i + 1} in
 * both ECDSA and FROST. Maps names to identifiers and the protocols' culprits back to names.
 *
 * @param holders sorted, distinct node names
 */
public record Parties(List<String> holders) {
    public Parties {
        holders = List.copyOf(requireNonNull(holders, "holders is null"));
    }

    /** The ECDSA identifier of {@code name}. */
    public dev.custos.ecdsa.Identifier ecdsa(String name) {
        return dev.custos.ecdsa.Identifier.of(index(name));
    }

    /** The FROST identifier of {@code name} in {@code suite}. */
    public Identifier frost(Ciphersuite suite, String name) {
        return Identifier.of(suite, index(name));
    }

    /** The name of ECDSA participant {@code identifier}. */
    public String name(dev.custos.ecdsa.Identifier identifier) {
        return holders.get(identifier.value() - 1);
    }

    /** The name of FROST participant {@code identifier} in {@code suite}, if it is one of the holders. */
    public Optional<String> name(Ciphersuite suite, Identifier identifier) {
        for (int i = 0; i < holders.size(); i++) {
            if (Identifier.of(suite, i + 1).equals(identifier)) {
                return Optional.of(holders.get(i));
            }
        }
        return Optional.empty();
    }

    /** The name of ECDSA participant {@code identifier}, or a label saying it is none of the holders. */
    public String label(dev.custos.ecdsa.Identifier identifier) {
        int value = identifier.value();
        return value <= holders.size() ? holders.get(value - 1) : "(unknown " + identifier + ")";
    }

    /** Whether {@code name} holds a share. */
    public boolean contains(String name) {
        return holders.contains(name);
    }

    private int index(String name) {
        int index = holders.indexOf(requireNonNull(name, "name is null"));
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' holds no share of this key");
        }
        return index + 1;
    }

    /** An ECDSA failure as a job failure, its culprits named. */
    public ProtocolFailure failure(EcdsaException e) {
        FailureKind kind = switch (e.code()) {
            case STORAGE_FAILED -> FailureKind.STORAGE;
            case SESSION_REUSED,
                    PRESIGNATURE_UNAVAILABLE,
                    PRESIGNATURE_KEY_MISMATCH,
                    INVALID_STATE,
                    UNVERIFIED_KEY_SHARE,
                    OT_PAIR_RETIRED -> FailureKind.REFUSED;
            default -> FailureKind.PROTOCOL;
        };
        List<String> culprits = e.culprits().stream()
                .filter(id -> id.value() <= holders.size())
                .map(this::name)
                .toList();
        return new ProtocolFailure(kind, culprits.stream().findFirst(), "ECDSA " + e.getMessage(), e);
    }

    /** A FROST failure as a job failure, its culprits named. */
    public ProtocolFailure failure(Ciphersuite suite, FrostException e) {
        FailureKind kind = switch (e.code()) {
            case NONCE_STORE_FAILURE -> FailureKind.STORAGE;
            case NONCE_REUSED -> FailureKind.REFUSED;
            default -> FailureKind.PROTOCOL;
        };
        List<String> culprits = e.culprits().stream()
                .map(id -> name(suite, id))
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
        return new ProtocolFailure(kind, culprits.stream().findFirst(), "FROST " + e.getMessage(), e);
    }
}
