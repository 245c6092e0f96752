-- AfterCert server schema, version 1. The same file runs on SQLite and PostgreSQL: only types both
-- understand (VARCHAR, TEXT, BIGINT, and BYTEA, which SQLite stores as a BLOB).
CREATE TABLE organizations (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(400) NOT NULL,
    created_at  VARCHAR(40)  NOT NULL
);

-- API tokens: only the SHA-256 of a token is kept; organization_id NULL = an admin token.
CREATE TABLE api_tokens (
    token_sha256    VARCHAR(64)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(36)  REFERENCES organizations (id),
    created_at      VARCHAR(40)  NOT NULL
);

-- One scored assessment: the evidence as posted, the result JSON, the rubric version and tailoring.
CREATE TABLE assessments (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id  VARCHAR(36)  NOT NULL REFERENCES organizations (id),
    created_at       VARCHAR(40)  NOT NULL,
    rubric_id        VARCHAR(40)  NOT NULL,
    rubric_version   VARCHAR(80)  NOT NULL,
    tailoring_name   VARCHAR(400),
    tailoring_sha256 VARCHAR(64),
    tailoring        TEXT,
    evidence_name    VARCHAR(400) NOT NULL,
    evidence_type    VARCHAR(8)   NOT NULL,
    evidence_sha256  VARCHAR(64)  NOT NULL,
    evidence         BYTEA        NOT NULL,
    result           TEXT         NOT NULL
);
CREATE INDEX assessments_by_organization ON assessments (organization_id, created_at, id);
CREATE INDEX assessments_by_rubric ON assessments (organization_id, rubric_id, created_at, id);

-- Service-record and survey uploads: the file lies under the data directory, its report here.
CREATE TABLE uploads (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(36)  NOT NULL REFERENCES organizations (id),
    kind            VARCHAR(16)  NOT NULL,
    created_at      VARCHAR(40)  NOT NULL,
    name            VARCHAR(400) NOT NULL,
    file            VARCHAR(200) NOT NULL,
    bytes           BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    report          TEXT         NOT NULL
);
CREATE INDEX uploads_by_organization ON uploads (organization_id, kind, created_at, id);
