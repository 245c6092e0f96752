package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.json.Json;
import io.aftercert.records.KpiDashboard;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import io.aftercert.survey.Questionnaire;
import io.aftercert.survey.ResponseReader;
import io.aftercert.survey.SurveyAccumulator;
import io.aftercert.survey.SurveyHtml;
import io.aftercert.survey.SurveyJson;
import io.aftercert.survey.SurveyReport;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Service-record (CSV) and survey (CSV or xlsx) uploads: streamed to a file under the data directory
 * (never whole in memory), forced to disk, read by the SDK's KPI engine or survey scorer, and only
 * then recorded in the database with their report. A refused file leaves nothing behind.
 */
final class Uploads {
    static final String RECORDS = "records";
    static final String SURVEYS = "surveys";

    private final Store store;
    private final Path dir;
    private final long limit;

    Uploads(Store store, Path dir, long limit) throws IOException {
        this.store = store;
        this.dir = Files.createDirectories(dir);
        this.limit = limit;
    }

    List<Op> ops() {
        String base = Api.ORG + "/";
        List<String[]> name = List.<String[]>of(new String[] {"name", "the file's name, a label in reports (no folders)"});
        List<String[]> lang = List.<String[]>of(new String[] {"lang", "zh or en (default: Accept-Language, else zh)"});
        List<String[]> page = Api.PAGE;
        return List.of(
                new Op("POST", base + RECORDS, "uploadRecords", "Upload service records (CSV, streamed to disk); answers with the KPI report",
                        "organization", name, List.of(Http.CSV), 201, List.of(Http.JSON), "Upload", ctx -> upload(ctx, RECORDS)),
                new Op("GET", base + RECORDS, "listRecords", "The organisation's record uploads", "organization", page, List.of(), 200,
                        List.of(Http.JSON), "UploadList", ctx -> list(ctx, RECORDS)),
                new Op("GET", base + RECORDS + "/{uploadId}", "getRecords", "An upload's KPI report (as the CLI's kpi --json)", "organization",
                        List.of(), List.of(), 200, List.of(Http.JSON), null, ctx -> report(ctx, RECORDS)),
                new Op("GET", base + RECORDS + "/{uploadId}/dashboard", "getDashboard", "The KPI dashboard (HTML)", "organization", lang,
                        List.of(), 200, List.of("text/html"), null, this::dashboard),
                new Op("POST", base + SURVEYS, "uploadSurvey", "Upload survey responses (CSV or xlsx); answers with the survey report",
                        "organization", name, List.of(Http.CSV, Http.XLSX), 201, List.of(Http.JSON), "Upload", ctx -> upload(ctx, SURVEYS)),
                new Op("GET", base + SURVEYS, "listSurveys", "The organisation's survey uploads", "organization", page, List.of(), 200,
                        List.of(Http.JSON), "UploadList", ctx -> list(ctx, SURVEYS)),
                new Op("GET", base + SURVEYS + "/{uploadId}", "getSurvey", "A survey upload's report (as the CLI's survey score --json)",
                        "organization", List.of(), List.of(), 200, List.of(Http.JSON), null, ctx -> report(ctx, SURVEYS)),
                new Op("GET", base + SURVEYS + "/{uploadId}/report", "getSurveyReport", "The survey report (HTML)", "organization", lang,
                        List.of(), 200, List.of("text/html"), null, this::surveyHtml));
    }

    private void upload(Context ctx, String kind) throws Exception {
        String org = organization(ctx);
        String type = Http.mediaType(ctx);
        String ext = type.equals(Http.CSV) ? ".csv" : kind.equals(SURVEYS) && type.equals(Http.XLSX) ? ".xlsx" : null;
        if (ext == null) {
            throw new ApiException(415, "unsupported-media-type", kind.equals(RECORDS) ? "send service records as " + Http.CSV
                    : "send survey responses as " + Http.CSV + " or " + Http.XLSX);
        }
        String label = Names.check(ctx.queryParam("name"));
        if (label == null) label = kind + ext;
        Http.checkLength(ctx, limit);
        Store.Upload u = save(org, kind, ext, label, ctx.req().getInputStream());
        ctx.header("Location", Api.BASE + "/organizations/" + org + "/" + kind + "/" + u.id());
        Http.json(ctx, 201, uploadJson(u, true));
    }

    /**
     * Streams {@code in} to a file (at most the upload limit), reads it with the KPI engine or the survey scorer and
     * records it; a refused file leaves nothing behind. The web pages' upload forms use it too.
     */
    Store.Upload save(String org, String kind, String ext, String label, java.io.InputStream in) throws Exception {
        String id = Store.newId();
        String file = id + ext;
        Path part = dir.resolve(id + ".part");
        Http.Saved saved = Http.toFile(in, part, limit);
        Path target = dir.resolve(file);
        try {
            Path named = Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            Http.forceDirectory(dir); // the new name is durable before the row that points to it
            byte[] report = kind.equals(RECORDS) ? kpi(named, label) : survey(named, label);
            Store.Upload u = new Store.Upload(id, org, kind, Store.now(), label, file, saved.bytes(), saved.sha256(),
                    new String(report, StandardCharsets.UTF_8));
            store.insert(u);
            return u;
        } catch (Exception e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(target);
            throw e instanceof InvalidInputException iie ? Names.renamed(iie, target, label) : e;
        }
    }

    private static byte[] kpi(Path file, String label) throws IOException {
        KpiReport r = new KpiEngine().run(file);
        return SharedMapper.get().writeValueAsBytes(withName(r, label));
    }

    private static KpiReport withName(KpiReport r, String label) {
        return new KpiReport(r.schemaVersion(), label, r.period(), r.rows(), r.rowsExcluded(), r.kpis(), r.outliers(), r.findingsByRule(),
                r.findingsCount(), r.findingsTruncated(), r.findings(), r.breakdown());
    }

    private static SurveyReport surveyReport(Path file, String label) throws IOException {
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q);
        ResponseReader.read(file, q, acc::add);
        return acc.result(label, null, SurveyAccumulator.equalWeights());
    }

    private static byte[] survey(Path file, String label) throws IOException {
        return SurveyJson.write(surveyReport(file, label));
    }

    /** The organisation in the path (its access was checked with the operation's), or 404. */
    private String organization(Context ctx) throws Exception {
        String id = ctx.pathParam("organizationId");
        store.organization(id).orElseThrow(() -> ApiException.notFound("no organisation " + id));
        return id;
    }

    private Store.Upload stored(Context ctx, String kind) throws Exception {
        String org = organization(ctx);
        String id = ctx.pathParam("uploadId");
        return store.upload(org, kind, id).orElseThrow(() -> ApiException.notFound("no " + kind + " upload " + id + " in organisation " + org));
    }

    private static ObjectNode uploadJson(Store.Upload u, boolean withReport) {
        ObjectNode n = SharedMapper.get().createObjectNode();
        n.put("schemaVersion", Api.SCHEMA_VERSION);
        n.put("id", u.id());
        n.put("organizationId", u.organizationId());
        n.put("kind", u.kind());
        n.put("createdAt", u.createdAt());
        n.put("name", u.name());
        n.put("bytes", u.bytes());
        n.put("sha256", u.sha256());
        if (withReport) n.set("report", Http.tree(u.report().getBytes(StandardCharsets.UTF_8)));
        return n;
    }

    private void list(Context ctx, String kind) throws Exception {
        String org = organization(ctx);
        Api.list(ctx, (offset, limit) -> store.uploads(org, kind, offset, limit), u -> uploadJson(u, false));
    }

    private void report(Context ctx, String kind) throws Exception {
        Http.json(ctx, 200, stored(ctx, kind).report().getBytes(StandardCharsets.UTF_8));
    }

    private void dashboard(Context ctx) throws Exception {
        String lang = Http.lang(ctx);
        ctx.contentType(Http.HTML).result(dashboardHtml(stored(ctx, RECORDS), lang));
    }

    /** The KPI dashboard of a records upload (also for the web pages). */
    String dashboardHtml(Store.Upload u, String lang) throws IOException {
        KpiReport r = new KpiEngine().run(dir.resolve(u.file()), new KpiOptions(KpiDashboard.OPTIONS_BY, null, null));
        return new KpiDashboard(lang).render(withName(r, u.name()));
    }

    private void surveyHtml(Context ctx) throws Exception {
        String lang = Http.lang(ctx);
        ctx.contentType(Http.HTML).result(surveyHtml(stored(ctx, SURVEYS), lang));
    }

    /** The survey report of a survey upload (also for the web pages). */
    byte[] surveyHtml(Store.Upload u, String lang) throws IOException {
        return SurveyHtml.render(surveyReport(dir.resolve(u.file()), u.name()), Questionnaire.standard(), lang);
    }
}
