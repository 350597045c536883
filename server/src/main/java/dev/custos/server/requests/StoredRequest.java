package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;

/**
 * A signing request as the server keeps it: the columns it is queried by and the document the API returns
 * (docs/SERVER.md, "Requests").
 *
 * @param id the request id
 * @param wallet the wallet id
 * @param chain the chain
 * @param status one of {@link #STATUSES}
 * @param initiator who submitted it (the token's name)
 * @param createdAt when it was submitted, by the server's clock
 * @param document the whole request as the API shows it (a copy is kept)
 * @param rowVersion the optimistic-locking version of the row
 */
record StoredRequest(
        String id,
        String wallet,
        String chain,
        String status,
        String initiator,
        Instant createdAt,
        ObjectNode document,
        long rowVersion) {
    static final Set<String> STATUSES =
            Set.of("pending_approval", "delayed", "denied", "signing", "signed", "failed", "cancelled");
    /** The statuses in which approvals are taken and the request may be cancelled. */
    static final Set<String> OPEN = Set.of("pending_approval", "delayed");

    StoredRequest {
        requireNonNull(id, "id is null");
        requireNonNull(wallet, "wallet is null");
        requireNonNull(chain, "chain is null");
        requireNonNull(initiator, "initiator is null");
        requireNonNull(createdAt, "createdAt is null");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown request status " + status);
        }
        document = document.deepCopy();
        document.put("status", status);
    }

    @Override
    public ObjectNode document() {
        return document.deepCopy();
    }

    /** This request with {@code status} and {@code changed} as its document. */
    StoredRequest with(String newStatus, ObjectNode changed) {
        return new StoredRequest(id, wallet, chain, newStatus, initiator, createdAt, changed, rowVersion);
    }
}
