-- Assessments being filled in through the web pages: the evidence JSON as the user left it, saved on
-- every change. A draft becomes an assessment (and is removed) when the user stores it.
CREATE TABLE drafts (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(36)  NOT NULL REFERENCES organizations (id),
    rubric_id       VARCHAR(40)  NOT NULL,
    created_at      VARCHAR(40)  NOT NULL,
    updated_at      VARCHAR(40)  NOT NULL,
    source          VARCHAR(400) NOT NULL,
    evidence        TEXT         NOT NULL
);
CREATE INDEX drafts_by_organization ON drafts (organization_id, updated_at, id);
