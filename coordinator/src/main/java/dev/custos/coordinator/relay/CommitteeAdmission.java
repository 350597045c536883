package dev.custos.coordinator.relay;

import static java.util.Objects.requireNonNull;

import dev.custos.node.committee.Committee;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.transport.tls.PeerCertificate.PeerRefusedException;
import dev.custos.node.transport.tls.PeerCheck;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Admits a node by its TLS identity key: only the Ed25519 key of a member of the committee, named by the committee. */
final class CommitteeAdmission implements PeerCheck {
    private final long version;
    private final Map<Ed25519PublicKey, String> names = new HashMap<>();

    CommitteeAdmission(Committee committee) {
        requireNonNull(committee, "committee is null");
        this.version = committee.version();
        for (NodeIdentity member : committee.members()) {
            names.put(member.signingKey(), member.name());
        }
    }

    /** The committee name of the member with this key, if any. */
    Optional<String> name(Ed25519PublicKey key) {
        return Optional.ofNullable(names.get(key));
    }

    @Override
    public void check(Ed25519PublicKey key) throws PeerRefusedException {
        if (!names.containsKey(key)) {
            throw new PeerRefusedException(
                    "key " + key.toHex() + " is not the Ed25519 key of any member of committee version " + version);
        }
    }
}
