-- Passkeys (docs/CONSOLE.md, "Passkeys"): WebAuthn credentials people enrolled through a one-time link, and the links.
-- Binary values are base64url text so that SQLite and PostgreSQL store them alike. Times are Unix milliseconds.
CREATE TABLE passkeys (
    credential_id VARCHAR(1400) NOT NULL PRIMARY KEY,
    person VARCHAR(200) NOT NULL,
    user_handle VARCHAR(100) NOT NULL,
    public_key_cose TEXT NOT NULL,
    public_key_spki TEXT NOT NULL,
    algorithm VARCHAR(10) NOT NULL,
    signature_count BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX passkeys_by_person ON passkeys (person);
CREATE INDEX passkeys_by_user_handle ON passkeys (user_handle);

-- A link carries a random token; only its SHA-256 is kept. Used once, then used_at is set.
CREATE TABLE enrollment_links (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    person VARCHAR(200) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
