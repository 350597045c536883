package dev.custos.policy.eval;

import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.simulation.SimulationFacts;
import dev.custos.policy.verdict.SignedVerdict;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What the evaluator decides on besides the policy, its clock and its velocity state: the request (its typed payload,
 * wallet id, initiator and approvals; its other fields are claims, shown and compared, never enforced), the detection
 * verdict if one came, and the digest the verdict must be bound to ({@link
 * dev.custos.policy.approval.RequestDigest#of}), and the evaluator's own simulation of the request, if it ran one
 * (a signer node never takes the coordinator's: docs/POLICY.md, "Simulation variables").
 *
 * @param request the parsed request
 * @param verdict the signed detection verdict, if any
 * @param requestDigest the 32-byte digest of this request a verdict must name
 * @param simulation what the evaluator's own simulation found; {@link SimulationFacts#unavailable()} without one
 */
public record EvaluationInput(
        SigningRequest request, Optional<SignedVerdict> verdict, byte[] requestDigest, SimulationFacts simulation) {
    public EvaluationInput {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(verdict, "verdict is null");
        Objects.requireNonNull(requestDigest, "requestDigest is null");
        Objects.requireNonNull(simulation, "simulation is null");
        if (requestDigest.length != 32) {
            throw new IllegalArgumentException("requestDigest must be 32 bytes, got " + requestDigest.length);
        }
        requestDigest = requestDigest.clone();
    }

    /** Without a simulation: every {@code sim.*} variable reads "not available". */
    public EvaluationInput(SigningRequest request, Optional<SignedVerdict> verdict, byte[] requestDigest) {
        this(request, verdict, requestDigest, SimulationFacts.unavailable());
    }

    @Override
    public byte[] requestDigest() {
        return requestDigest.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationInput that
                && request.equals(that.request)
                && verdict.equals(that.verdict)
                && Arrays.equals(requestDigest, that.requestDigest)
                && simulation.equals(that.simulation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, verdict, Arrays.hashCode(requestDigest), simulation);
    }

    @Override
    public String toString() {
        return "EvaluationInput[" + request + ", verdict " + verdict.isPresent() + ", digest "
                + HexFormat.of().formatHex(requestDigest) + ", simulation " + simulation.available() + "]";
    }
}
