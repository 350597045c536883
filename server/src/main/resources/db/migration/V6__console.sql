-- The web console (docs/CONSOLE.md). Times are Unix milliseconds.

-- Console sessions: only the SHA-256 of the 256-bit session id is stored, so a copy of the database opens no
-- session. A session carries who signed in (name and roles, as the API token or passkey gave them) and how.
CREATE TABLE console_sessions (
    session_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    person VARCHAR(200) NOT NULL,
    roles VARCHAR(200) NOT NULL,
    credential VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX console_sessions_by_person ON console_sessions (person);

-- What people said about an alert: a false positive or confirmed (docs/SERVER.md, "Detection"). The latest word counts.
CREATE TABLE alert_feedback (
    alert_id VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES alerts (alert_id),
    verdict VARCHAR(20) NOT NULL,
    reason TEXT NOT NULL,
    given_by VARCHAR(200) NOT NULL,
    given_at BIGINT NOT NULL
);
