-- The custody server's state (docs/SERVER.md). Times are Unix milliseconds; documents the API returns are kept as
-- the JSON text the server wrote, beside the columns it queries by.

-- API tokens: only the SHA-256 of each token is stored; a token is 32 random bytes, so the hash is the lookup key.
CREATE TABLE api_tokens (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    roles VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- A retried POST with the same Idempotency-Key (per token) gets the first answer again; with another body, a 409.
CREATE TABLE idempotency_keys (
    token_hash VARCHAR(64) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    response_status INT NOT NULL,
    response_body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (token_hash, idempotency_key)
);

CREATE TABLE people (
    name VARCHAR(200) NOT NULL PRIMARY KEY,
    document TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE policies (
    policy_version BIGINT NOT NULL PRIMARY KEY,
    document TEXT NOT NULL,
    activated_at BIGINT NOT NULL
);

CREATE TABLE wallets (
    wallet_id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL UNIQUE,
    scheme VARCHAR(40) NOT NULL,
    document TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE requests (
    request_id VARCHAR(64) NOT NULL PRIMARY KEY,
    wallet_id VARCHAR(64) NOT NULL REFERENCES wallets (wallet_id),
    status VARCHAR(20) NOT NULL,
    initiator VARCHAR(200) NOT NULL,
    document TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX requests_by_status ON requests (status, created_at);
CREATE INDEX requests_by_wallet ON requests (wallet_id, created_at);

CREATE TABLE approvals (
    request_id VARCHAR(64) NOT NULL REFERENCES requests (request_id),
    approver VARCHAR(200) NOT NULL,
    signature VARCHAR(128) NOT NULL,
    expires_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (request_id, approver)
);
