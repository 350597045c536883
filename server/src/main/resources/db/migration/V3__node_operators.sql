-- Who operates each signer node (docs/SERVER.md, "Nodes"): the people the exposure analysis counts for a node.
CREATE TABLE node_operators (
    node_id VARCHAR(100) NOT NULL PRIMARY KEY,
    operators TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
