-- Alerts raised by detection inside the server (docs/SERVER.md, "Detection"), as custos replay prints them.
CREATE TABLE alerts (
    alert_id VARCHAR(200) NOT NULL PRIMARY KEY,
    severity VARCHAR(20) NOT NULL,
    request_id VARCHAR(64),
    document TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX alerts_by_time ON alerts (created_at);
