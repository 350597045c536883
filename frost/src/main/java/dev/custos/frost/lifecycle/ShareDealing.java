package dev.custos.frost.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Identifier;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** Deals a secret polynomial's shares to recipients, as the DKG, refresh and reshare dealers do. */
public final class ShareDealing {
    private ShareDealing() {}

    /**
     * Evaluates {@code polynomial} at each recipient and wraps the share with {@code message}, which must copy it: each
     * evaluated share is wiped once wrapped. The polynomial is left to the caller to destroy.
     */
    public static <M> SortedMap<Identifier, M> deal(
            Polynomial polynomial, List<Identifier> recipients, BiFunction<Identifier, Scalar, M> message) {
        requireNonNull(polynomial, "polynomial is null");
        requireNonNull(recipients, "recipients is null");
        requireNonNull(message, "message is null");
        SortedMap<Identifier, M> messages = new TreeMap<>();
        for (Identifier recipient : recipients) {
            Scalar share = polynomial.evaluate(recipient.value());
            try {
                messages.put(recipient, message.apply(recipient, share));
            } finally {
                share.wipe();
            }
        }
        return messages;
    }
}
