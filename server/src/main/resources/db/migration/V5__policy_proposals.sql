-- Governed policy changes (docs/SERVER.md, "Governed policy changes"): a proposal, the admins' signatures over its
-- change digest, and where it stands. Times are Unix milliseconds.
CREATE TABLE policy_proposals (
    proposal_id VARCHAR(64) NOT NULL PRIMARY KEY,
    base_version BIGINT NOT NULL,
    candidate_version BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    proposer VARCHAR(200) NOT NULL,
    document TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX policy_proposals_by_status ON policy_proposals (status, created_at);
