package dev.custos.ecdsa.presign;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import java.util.List;
import javax.security.auth.Destroyable;

/**
 * A signer's secret state between presigning rounds ({@link Presign}). Each state is one-shot: the method that advances
 * it consumes it, and any failure leaves it consumed with the run's secrets ({@code sk_i}, {@code r_i}, {@code φ_i} and
 * the multiplication shares) wiped, so that it cannot be replayed with other inputs. Destroy a state that will not be
 * advanced; its session stays used.
 */
public sealed interface PresignState extends Destroyable permits PresignRound1, PresignRound2 {
    SessionId session();

    /** The signers of this run, in identifier order. */
    List<Identifier> signers();

    /** The signer holding this state. */
    Identifier identifier();
}
