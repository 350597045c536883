-- What the user's Ethereum node said about a request (docs/SERVER.md, "Ethereum node"). Times are Unix milliseconds.
-- The simulation before approval: written with the request, never changed; document is the request's "simulation".
CREATE TABLE request_simulations (
    request_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES requests (request_id),
    status VARCHAR(20) NOT NULL,
    block_number BIGINT,
    simulated_at BIGINT NOT NULL,
    document TEXT NOT NULL
);
-- The broadcast of a signed request through the node: once per request; a retry answers the same hash.
CREATE TABLE request_broadcasts (
    request_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES requests (request_id),
    tx_hash VARCHAR(66) NOT NULL,
    broadcast_at BIGINT NOT NULL,
    broadcast_by VARCHAR(200) NOT NULL,
    node VARCHAR(300) NOT NULL
);
