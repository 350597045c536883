-- People announced as leaving (docs/PEOPLE.md, "Leaving"): their last day (ISO date), who recorded it and when.
-- Times are Unix milliseconds.
CREATE TABLE leavers (
    person VARCHAR(200) NOT NULL PRIMARY KEY,
    leaving_on VARCHAR(10) NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    recorded_at BIGINT NOT NULL
);

-- Access reviews (docs/PEOPLE.md, "Access reviews"): each attestation that a person still needs their powers.
CREATE TABLE attestations (
    person VARCHAR(200) NOT NULL,
    attested_at BIGINT NOT NULL,
    attested_by VARCHAR(200) NOT NULL,
    next_due_at BIGINT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (person, attested_at)
);

-- When a person last used a power that leaves no other trace with a time: an approval of a request or of a policy
-- change.
CREATE TABLE power_use (
    person VARCHAR(200) NOT NULL,
    power VARCHAR(40) NOT NULL,
    last_used_at BIGINT NOT NULL,
    PRIMARY KEY (person, power)
);

-- When each token and passkey was last used (tokens: written at most once an hour per token).
ALTER TABLE api_tokens ADD COLUMN last_used_at BIGINT;
ALTER TABLE passkeys ADD COLUMN last_used_at BIGINT;

-- Hosts, cloud accounts and other resources that reach signer nodes, and who can reach which (docs/PEOPLE.md, "Who
-- controls a node"). nodes and contains are JSON arrays of names; resources a JSON array of resource ids.
CREATE TABLE resources (
    resource_id VARCHAR(200) NOT NULL PRIMARY KEY,
    kind VARCHAR(40) NOT NULL,
    nodes TEXT NOT NULL,
    contains TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE person_access (
    person VARCHAR(200) NOT NULL PRIMARY KEY,
    resources TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
