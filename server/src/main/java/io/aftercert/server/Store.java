package io.aftercert.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every row the server keeps, through plain JDBC. Each write returns only once the database has
 * committed it (SQLite: fsync of the WAL; PostgreSQL: {@code synchronous_commit}), so an acknowledged
 * write is durable: most in auto-commit mode, stored assessments in a group commit ({@link Db#groupCommit}).
 */
final class Store {
    record Organization(String id, String name, String createdAt) {
    }

    record Assessment(String id, String organizationId, String createdAt, String rubricId, String rubricVersion,
            String tailoringName, String tailoringSha256, String tailoring, String evidenceName, String evidenceType,
            String evidenceSha256, byte[] evidence, String result) {
    }

    record Upload(String id, String organizationId, String kind, String createdAt, String name, String file, long bytes,
            String sha256, String report) {
    }

    /** An assessment being filled in on the web pages; {@code tailoring} is its tailoring file's JSON, or null. */
    record Draft(String id, String organizationId, String rubricId, String createdAt, String updatedAt, String source, String evidence,
            String tailoring) {
    }

    /** One page of a list and whether more follow. */
    record Page<T>(List<T> items, boolean more) {
    }

    private final Db db;

    Store(Db db) {
        this.db = db;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Now as an ISO-8601 instant with a fixed width, so that text order is time order. */
    static String now() {
        Instant t = Instant.now();
        return String.format("%sT%s.%09dZ", t.toString().substring(0, 10), t.toString().substring(11, 19), t.getNano());
    }

    Organization createOrganization(String name) throws SQLException {
        Organization o = new Organization(newId(), name, now());
        update("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)", o.id(), o.name(), o.createdAt());
        return o;
    }

    Optional<Organization> organization(String id) throws SQLException {
        return one("SELECT id, name, created_at FROM organizations WHERE id = ?", Store::organization, id);
    }

    Page<Organization> organizations(int offset, int limit) throws SQLException {
        return page("SELECT id, name, created_at FROM organizations ORDER BY created_at, id", Store::organization, offset, limit);
    }

    void addToken(String sha256, String organizationId) throws SQLException {
        update("INSERT INTO api_tokens (token_sha256, organization_id, created_at) VALUES (?, ?, ?)", sha256, organizationId, now());
    }

    /** The token's organisation ("" for an admin token), or empty when no such token exists. */
    Optional<String> tokenOwner(String sha256) throws SQLException {
        return one("SELECT organization_id FROM api_tokens WHERE token_sha256 = ?", rs -> {
            String org = rs.getString(1);
            return org == null ? "" : org;
        }, sha256);
    }

    boolean hasAdminToken() throws SQLException {
        return one("SELECT 1 FROM api_tokens WHERE organization_id IS NULL", rs -> true).isPresent();
    }

    /** Stores an assessment in the next group commit (see {@link Db}): it returns once that commit is durable. */
    void insert(Assessment a) throws SQLException {
        db.groupCommit("INSERT INTO assessments (id, organization_id, created_at, rubric_id, rubric_version, tailoring_name, tailoring_sha256,"
                + " tailoring, evidence_name, evidence_type, evidence_sha256, evidence, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.organizationId(), a.createdAt(), a.rubricId(), a.rubricVersion(), a.tailoringName(), a.tailoringSha256(),
                a.tailoring(), a.evidenceName(), a.evidenceType(), a.evidenceSha256(), a.evidence(), a.result());
    }

    private static final String ASSESSMENT_COLUMNS = "id, organization_id, created_at, rubric_id, rubric_version, tailoring_name,"
            + " tailoring_sha256, tailoring, evidence_name, evidence_type, evidence_sha256, evidence, result FROM assessments";

    Optional<Assessment> assessment(String organizationId, String id) throws SQLException {
        return one("SELECT " + ASSESSMENT_COLUMNS + " WHERE organization_id = ? AND id = ?", Store::assessment, organizationId, id);
    }

    /**
     * The columns of a listing: everything but the stored tailoring and evidence (up to the upload limit each),
     * which a list, the history and the previous assessment never read; those two read back as null.
     */
    private static final String SUMMARY_COLUMNS = "id, organization_id, created_at, rubric_id, rubric_version, tailoring_name,"
            + " tailoring_sha256, NULL, evidence_name, evidence_type, evidence_sha256, NULL, result FROM assessments";

    /** A page of the organisation's assessments, oldest first, without their tailoring and evidence bytes. */
    Page<Assessment> assessments(String organizationId, int offset, int limit) throws SQLException {
        return page("SELECT " + SUMMARY_COLUMNS + " WHERE organization_id = ? ORDER BY created_at, id", Store::assessment, offset, limit,
                organizationId);
    }

    /** Every assessment of one rubric, oldest first (the history), without their tailoring and evidence bytes. */
    List<Assessment> assessments(String organizationId, String rubricId) throws SQLException {
        return list("SELECT " + SUMMARY_COLUMNS + " WHERE organization_id = ? AND rubric_id = ? ORDER BY created_at, id",
                Store::assessment, organizationId, rubricId);
    }

    /** The latest assessment of {@code a}'s rubric before it in the history's order ({@code one} adds the LIMIT), without tailoring and evidence bytes. */
    Optional<Assessment> previous(Assessment a) throws SQLException {
        return one("SELECT " + SUMMARY_COLUMNS + " WHERE organization_id = ? AND rubric_id = ? AND (created_at < ? OR (created_at = ? AND id < ?))"
                + " ORDER BY created_at DESC, id DESC", Store::assessment, a.organizationId(), a.rubricId(), a.createdAt(),
                a.createdAt(), a.id());
    }

    void insert(Upload u) throws SQLException {
        update("INSERT INTO uploads (id, organization_id, kind, created_at, name, file, bytes, sha256, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                u.id(), u.organizationId(), u.kind(), u.createdAt(), u.name(), u.file(), u.bytes(), u.sha256(), u.report());
    }

    Optional<Upload> upload(String organizationId, String kind, String id) throws SQLException {
        return one("SELECT id, organization_id, kind, created_at, name, file, bytes, sha256, report FROM uploads"
                + " WHERE organization_id = ? AND kind = ? AND id = ?", Store::upload, organizationId, kind, id);
    }

    Page<Upload> uploads(String organizationId, String kind, int offset, int limit) throws SQLException {
        return page("SELECT id, organization_id, kind, created_at, name, file, bytes, sha256, report FROM uploads"
                + " WHERE organization_id = ? AND kind = ? ORDER BY created_at, id", Store::upload, offset, limit, organizationId, kind);
    }

    void insert(Draft d) throws SQLException {
        update("INSERT INTO drafts (id, organization_id, rubric_id, created_at, updated_at, source, evidence, tailoring) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), d.organizationId(), d.rubricId(), d.createdAt(), d.updatedAt(), d.source(), d.evidence(), d.tailoring());
    }

    /** Saves a draft's evidence; false when the draft is gone (stored or never there). */
    boolean saveDraft(String organizationId, String id, String evidence) throws SQLException {
        return update("UPDATE drafts SET evidence = ?, updated_at = ? WHERE organization_id = ? AND id = ?", evidence, now(), organizationId, id) == 1;
    }

    /** Saves a draft's evidence and tailoring (null: none) together; false when the draft is gone. */
    boolean saveDraft(String organizationId, String id, String evidence, String tailoring) throws SQLException {
        return update("UPDATE drafts SET evidence = ?, tailoring = ?, updated_at = ? WHERE organization_id = ? AND id = ?", evidence, tailoring, now(),
                organizationId, id) == 1;
    }

    Optional<Draft> draft(String organizationId, String id) throws SQLException {
        return one("SELECT id, organization_id, rubric_id, created_at, updated_at, source, evidence, tailoring FROM drafts WHERE organization_id = ? AND id = ?",
                Store::draft, organizationId, id);
    }

    /** The organisation's drafts, most recently saved first (at most 100), without their evidence. */
    List<Draft> drafts(String organizationId) throws SQLException {
        return list("SELECT id, organization_id, rubric_id, created_at, updated_at, source, NULL, NULL FROM drafts WHERE organization_id = ?"
                + " ORDER BY updated_at DESC, id LIMIT 100", Store::draft, organizationId);
    }

    void deleteDraft(String organizationId, String id) throws SQLException {
        update("DELETE FROM drafts WHERE organization_id = ? AND id = ?", organizationId, id);
    }

    private static Draft draft(ResultSet rs) throws SQLException {
        return new Draft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8));
    }

    /** A web session as kept: the SHA-256 of its id, its CSRF token, whom it acts for, when last used (ms since the epoch). */
    record WebSession(String idSha256, String csrf, String kind, String organizationId, long lastUsed) {
    }

    void insert(WebSession w) throws SQLException {
        update("INSERT INTO web_sessions (id_sha256, csrf, kind, organization_id, created_at, last_used) VALUES (?, ?, ?, ?, ?, ?)", w.idSha256(),
                w.csrf(), w.kind(), w.organizationId(), now(), w.lastUsed());
    }

    Optional<WebSession> webSession(String idSha256) throws SQLException {
        return one("SELECT id_sha256, csrf, kind, organization_id, last_used FROM web_sessions WHERE id_sha256 = ?",
                rs -> new WebSession(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)), idSha256);
    }

    void touchWebSession(String idSha256, long lastUsed) throws SQLException {
        update("UPDATE web_sessions SET last_used = ? WHERE id_sha256 = ?", lastUsed, idSha256);
    }

    void deleteWebSession(String idSha256) throws SQLException {
        update("DELETE FROM web_sessions WHERE id_sha256 = ?", idSha256);
    }

    /** Removes the sessions last used before {@code cutoff} (ms since the epoch); answers how many. */
    int deleteWebSessionsUsedBefore(long cutoff) throws SQLException {
        return update("DELETE FROM web_sessions WHERE last_used < ?", cutoff);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static Organization organization(ResultSet rs) throws SQLException {
        return new Organization(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        return new Assessment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBytes(12), rs.getString(13));
    }

    private static Upload upload(ResultSet rs) throws SQLException {
        return new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), rs.getString(9));
    }

    private int update(String sql, Object... args) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    private <T> Optional<T> one(String sql, Row<T> row, Object... args) throws SQLException {
        List<T> l = list(sql + " LIMIT 1", row, args);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private <T> Page<T> page(String sql, Row<T> row, int offset, int limit, Object... args) throws SQLException {
        List<T> l = list(sql + " LIMIT " + (limit + 1) + " OFFSET " + offset, row, args);
        boolean more = l.size() > limit;
        return new Page<>(more ? l.subList(0, limit) : l, more);
    }

    private <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(row.read(rs));
            return out;
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof byte[] b) ps.setBytes(i + 1, b);
            else if (a instanceof Long l) ps.setLong(i + 1, l);
            else if (a instanceof Integer n) ps.setInt(i + 1, n);
            else ps.setString(i + 1, (String) a);
        }
        return ps;
    }
}
