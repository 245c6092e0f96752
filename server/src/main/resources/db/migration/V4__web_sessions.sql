-- Signed-in sessions of the web pages, so that a restart signs nobody out. Only the SHA-256 of a
-- session id is kept (the id itself lives in the browser's cookie); who it acts for: 'admin',
-- 'organization' (organization_id) or 'local' (the local user of a loopback server, kept for its
-- forms' CSRF token). last_used is in milliseconds since the epoch: a session idle longer than the
-- server's limit is refused and removed.
CREATE TABLE web_sessions (
    id_sha256       VARCHAR(64)  NOT NULL PRIMARY KEY,
    csrf            VARCHAR(64)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    organization_id VARCHAR(36)  REFERENCES organizations (id),
    created_at      VARCHAR(40)  NOT NULL,
    last_used       BIGINT       NOT NULL
);
CREATE INDEX web_sessions_by_last_used ON web_sessions (last_used);
