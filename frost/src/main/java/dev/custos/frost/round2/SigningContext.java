package dev.custos.frost.round2;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.VerifyingKey;
import dev.custos.frost.internal.EvenY;
import dev.custos.frost.internal.Hashes;
import dev.custos.frost.round1.SigningCommitments;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The public values every signer and the coordinator derive from a {@link SigningPackage} and the group key (RFC 9591
 * §4.4–4.6): binding factors {@code rho_i}, the group commitment {@code R} and the challenge {@code c}.
 *
 * <p>For the Taproot suite the verifying key passed in must already have even Y (see {@code Taproot.evenY}); {@code R}
 * is kept as computed, and its parity tells signers whether to negate their nonces.
 */
public final class SigningContext {
    private final SigningPackage signingPackage;
    private final VerifyingKey verifyingKey;
    private final SortedMap<Identifier, byte[]> bindingFactorInputs;
    private final SortedMap<Identifier, Scalar> bindingFactors;
    private final Element groupCommitment;
    private final Scalar challenge;

    private SigningContext(
            SigningPackage signingPackage,
            VerifyingKey verifyingKey,
            SortedMap<Identifier, byte[]> bindingFactorInputs,
            SortedMap<Identifier, Scalar> bindingFactors,
            Element groupCommitment,
            Scalar challenge) {
        this.signingPackage = signingPackage;
        this.verifyingKey = verifyingKey;
        this.bindingFactorInputs = bindingFactorInputs;
        this.bindingFactors = bindingFactors;
        this.groupCommitment = groupCommitment;
        this.challenge = challenge;
    }

    /**
     * Computes binding factors, group commitment and challenge.
     *
     * @throws FrostException {@link FrostErrorCode#CIPHERSUITE_MISMATCH} if the key is for another suite, {@link
     *     FrostErrorCode#IDENTITY_COMMITMENT} if the commitments sum to the identity
     */
    public static SigningContext compute(SigningPackage signingPackage, VerifyingKey verifyingKey)
            throws FrostException {
        requireNonNull(signingPackage, "signingPackage is null");
        requireNonNull(verifyingKey, "verifyingKey is null");
        Ciphersuite suite = signingPackage.suite();
        if (verifyingKey.suite() != suite) {
            throw new FrostException(FrostErrorCode.CIPHERSUITE_MISMATCH, "verifying key is for another suite");
        }
        byte[] message = signingPackage.message();
        byte[] prefix = Hashes.concatenate(
                verifyingKey.encode(), suite.h4(message), suite.h5(encodeCommitmentList(signingPackage.commitments())));

        SortedMap<Identifier, byte[]> inputs = new TreeMap<>();
        SortedMap<Identifier, Scalar> factors = new TreeMap<>();
        List<Scalar> factorList = new ArrayList<>();
        List<Element> bindingCommitments = new ArrayList<>();
        Element hidingSum = suite.group().identity();
        for (SigningCommitments commitment : signingPackage.commitments()) {
            byte[] input = Hashes.concatenate(prefix, commitment.identifier().encode());
            Scalar factor = suite.h1(input);
            inputs.put(commitment.identifier(), input);
            factors.put(commitment.identifier(), factor);
            factorList.add(factor);
            bindingCommitments.add(commitment.binding());
            hidingSum = hidingSum.add(commitment.hiding());
        }
        Element groupCommitment = hidingSum.add(suite.group().multiScalarMultiply(factorList, bindingCommitments));
        if (groupCommitment.isIdentity()) {
            throw new FrostException(FrostErrorCode.IDENTITY_COMMITMENT, "group commitment is the identity");
        }
        Scalar challenge = suite.challenge(groupCommitment, verifyingKey, message);
        return new SigningContext(
                signingPackage,
                verifyingKey,
                Collections.unmodifiableSortedMap(inputs),
                Collections.unmodifiableSortedMap(factors),
                groupCommitment,
                challenge);
    }

    /** RFC 9591 {@code encode_group_commitment_list}: {@code id || D || E} for each signer in identifier order. */
    static byte[] encodeCommitmentList(List<SigningCommitments> commitments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SigningCommitments commitment : commitments) {
            out.writeBytes(commitment.identifier().encode());
            out.writeBytes(commitment.hiding().encode());
            out.writeBytes(commitment.binding().encode());
        }
        return out.toByteArray();
    }

    public SigningPackage signingPackage() {
        return signingPackage;
    }

    public VerifyingKey verifyingKey() {
        return verifyingKey;
    }

    /** The H1 input for {@code identifier}'s binding factor (exposed for test vectors). */
    public byte[] bindingFactorInput(Identifier identifier) {
        return requireSigner(bindingFactorInputs.get(identifier), identifier).clone();
    }

    public Scalar bindingFactor(Identifier identifier) {
        return requireSigner(bindingFactors.get(identifier), identifier);
    }

    /** The group commitment {@code R = sum(D_i + rho_i * E_i)}, as computed (not normalized to even Y). */
    public Element groupCommitment() {
        return groupCommitment;
    }

    public Scalar challenge() {
        return challenge;
    }

    /** Whether signers must negate their nonces: the suite requires even Y and {@code R} has odd Y. */
    public boolean negateNonces() {
        return signingPackage.suite().requiresEvenY() && !EvenY.hasEvenY(groupCommitment);
    }

    /** {@code identifier}'s commitment share {@code D_i + rho_i * E_i}, negated when {@link #negateNonces()}. */
    public Element commitmentShare(Identifier identifier) {
        SigningCommitments commitment = requireSigner(signingPackage.commitment(identifier), identifier);
        Element share = commitment.hiding().add(commitment.binding().multiplyPublic(bindingFactor(identifier)));
        return negateNonces() ? share.negate() : share;
    }

    /** The Lagrange coefficient of {@code identifier} over the signer set at x = 0 (RFC 9591 §4.2). */
    public Scalar lagrangeCoefficient(Identifier identifier) {
        requireSigner(bindingFactors.get(identifier), identifier);
        List<Scalar> signers =
                bindingFactors.keySet().stream().map(Identifier::value).toList();
        return Lagrange.coefficientAtZero(identifier.value(), signers);
    }

    private static <T> T requireSigner(T value, Identifier identifier) {
        requireNonNull(identifier, "identifier is null");
        if (value == null) {
            throw new IllegalArgumentException(identifier + " is not a signer in this signing package");
        }
        return value;
    }
}
