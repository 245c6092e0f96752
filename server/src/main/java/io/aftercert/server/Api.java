package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.json.DiffJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.PlanJson;
import io.aftercert.core.json.RubricTreeJson;
import io.aftercert.core.json.TemplateJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.Diff;
import io.aftercert.core.plan.Planner;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.spi.ReportRenderer;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.crosswalk.Crosswalk;
import io.aftercert.crosswalk.CrosswalkJson;
import io.aftercert.crosswalk.CrosswalkResult;
import io.aftercert.crosswalk.Crosswalks;
import io.aftercert.workbook.ScoredWorkbook;
import io.aftercert.workbook.WorkbookTemplate;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The resources under /api/v1: each operation in {@link #ops()}, which both routes and documents them. */
final class Api {
    static final String BASE = "/api/v1";
    static final int SCHEMA_VERSION = 1;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final String ORG = BASE + "/organizations/{organizationId}";
    static final String ASSESSMENT = ORG + "/assessments/{assessmentId}";

    private final Store store;
    private final Scoring scoring;
    private final Uploads uploads;

    Api(Store store, Scoring scoring, Uploads uploads) {
        this.store = store;
        this.scoring = scoring;
        this.uploads = uploads;
    }

    /** The query parameters of every list (stated once for the OpenAPI document; {@link #list} reads them). */
    static final List<String[]> PAGE = List.of(new String[] {"offset", "integer: rows to skip (default 0)"},
            new String[] {"limit", "integer 1–" + MAX_LIMIT + ": rows per page (default " + DEFAULT_LIMIT + ")"});
    private static final List<String[]> LANG = List.<String[]>of(new String[] {"lang", "zh or en (default: Accept-Language, else zh)"});
    private static final List<String[]> NAME = List.<String[]>of(new String[] {"name", "the file's name, a label in reports and problems (no folders)"});
    private static final List<String> EVIDENCE_TYPES = List.of(Http.JSON, Http.XLSX, Http.MULTIPART);

    List<Op> ops() {
        List<Op> l = new ArrayList<>();
        l.add(new Op("POST", BASE + "/score", "score", "Score evidence (JSON, envelope with tailoring, or xlsx) without storing it", "any",
                NAME, EVIDENCE_TYPES, 200, List.of(Http.JSON), null, this::score));
        l.add(new Op("GET", BASE + "/rubrics", "listRubrics", "The installed rubrics", "any", List.of(), List.of(), 200,
                List.of(Http.JSON), "RubricList", this::rubrics));
        l.add(new Op("GET", BASE + "/rubrics/{rubricId}", "getRubric", "A rubric's indicator tree", "any", List.of(), List.of(), 200,
                List.of(Http.JSON), null, this::rubric));
        l.add(new Op("GET", BASE + "/rubrics/{rubricId}/template", "getTemplate", "A blank evidence template (JSON, or the xlsx workbook)",
                "any", List.<String[]>of(new String[] {"format", "json (default) or xlsx"}), List.of(), 200, List.of(Http.JSON, Http.XLSX), null,
                this::template));
        l.add(new Op("POST", BASE + "/organizations", "createOrganization", "Create an organisation and its first token (admin)", "admin",
                List.of(), List.of(Http.JSON), 201, List.of(Http.JSON), "OrganizationCreated", this::createOrganization));
        l.add(new Op("GET", BASE + "/organizations", "listOrganizations", "The organisations (admin)", "admin", PAGE, List.of(), 200,
                List.of(Http.JSON), "OrganizationList", this::organizations));
        l.add(new Op("GET", ORG, "getOrganization", "One organisation", "organization", List.of(), List.of(), 200, List.of(Http.JSON),
                "Organization", this::organization));
        l.add(new Op("POST", ORG + "/tokens", "createToken", "A new token for the organisation, shown once (admin)", "admin", List.of(),
                List.of(), 201, List.of(Http.JSON), "Token", this::createToken));
        l.add(new Op("POST", ORG + "/assessments", "createAssessment", "Score and store evidence (JSON, envelope with tailoring, or xlsx)",
                "organization", NAME, EVIDENCE_TYPES, 201, List.of(Http.JSON), "Assessment", this::createAssessment));
        l.add(new Op("GET", ORG + "/assessments", "listAssessments", "The organisation's assessments, oldest first", "organization", PAGE,
                List.of(), 200, List.of(Http.JSON), "AssessmentList", this::assessments));
        l.add(new Op("GET", ASSESSMENT, "getAssessment", "An assessment's record (ids, rubric, tailoring, score, links)", "organization",
                List.of(), List.of(), 200, List.of(Http.JSON), "Assessment", this::assessment));
        l.add(new Op("GET", ASSESSMENT + "/result", "getResult", "The result JSON, as the CLI's assess --json writes it", "organization",
                List.of(), List.of(), 200, List.of(Http.JSON), null, this::result));
        l.add(new Op("GET", ASSESSMENT + "/report", "getReport", "The HTML readiness report (with the change since the previous assessment of the same rubric)",
                "organization", LANG, List.of(), 200, List.of("text/html"), null, this::report));
        l.add(new Op("GET", ASSESSMENT + "/workbook", "getWorkbook", "The scored workbook (xlsx)", "organization", List.of(), List.of(), 200,
                List.of(Http.XLSX), null, this::workbook));
        l.add(new Op("GET", ASSESSMENT + "/plan", "getPlan", "The improvement plan to the next (or a given) grade", "organization",
                List.<String[]>of(new String[] {"target", "grade id to aim for (default: the next grade)"}), List.of(), 200, List.of(Http.JSON),
                null, this::plan));
        l.add(new Op("GET", ASSESSMENT + "/crosswalk", "getCrosswalk", "The evidence mapped onto the other installed standards", "organization",
                List.of(LANG.get(0), new String[] {"to", "one target rubric id (default: every rubric with a shipped crosswalk)"}), List.of(), 200,
                List.of(Http.JSON), null, this::crosswalk));
        l.add(new Op("GET", ASSESSMENT + "/diff/{otherAssessmentId}", "getDiff", "What changed from this assessment to another of the same rubric",
                "organization", List.of(), List.of(), 200, List.of(Http.JSON), null, this::diff));
        l.add(new Op("GET", ORG + "/history/{rubricId}", "getHistory", "Every assessment of one rubric, oldest first: score and grade",
                "organization", List.of(), List.of(), 200, List.of(Http.JSON), "History", this::history));
        l.addAll(uploads.ops());
        return l;
    }

    private void score(Context ctx) throws Exception {
        Http.json(ctx, 200, Http.compact(scoring.score(ctx).result()));
    }

    private void rubrics(Context ctx) {
        RubricRegistry reg = RubricRegistry.getDefault();
        ObjectNode root = SharedMapper.get().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode rubrics = root.putArray("rubrics");
        for (var r : reg.list()) {
            ObjectNode o = rubrics.addObject();
            o.put("id", r.id());
            o.put("version", r.version());
            o.putObject("title").put("zh", r.title().zh()).put("en", r.title().en());
            o.put("items", r.items());
        }
        Http.json(ctx, 200, root);
    }

    private static Rubric rubricParam(Context ctx) {
        String id = ctx.pathParam("rubricId");
        return RubricRegistry.getDefault().find(id).orElseThrow(() -> ApiException.notFound("no rubric '" + id + "' is installed"));
    }

    private void rubric(Context ctx) {
        Http.json(ctx, 200, RubricTreeJson.write(rubricParam(ctx)));
    }

    private void template(Context ctx) {
        Rubric r = rubricParam(ctx);
        String format = ctx.queryParam("format");
        if (format == null || format.equals("json")) {
            Http.json(ctx, 200, TemplateJson.write(r));
        } else if (format.equals("xlsx")) {
            ctx.contentType(Http.XLSX).header("Content-Disposition", "attachment; filename=\"" + r.id() + "-template.xlsx\"")
                    .result(WorkbookTemplate.write(r));
        } else {
            throw ApiException.badRequest("format must be json or xlsx, not '" + format + "'");
        }
    }

    private void createOrganization(Context ctx) throws Exception {
        JsonNode body = Scoring.tree(Http.body(ctx, 64 * 1024), "request");
        JsonNode name = body.get("name");
        if (!body.isObject() || name == null || !name.isTextual() || name.asText().isBlank() || name.asText().length() > 400) {
            throw new ApiException(400, "bad-input", "send {\"name\": \"…\"} with a non-blank name of at most 400 characters",
                    Problems.one("request", "$.name must be a non-blank string"));
        }
        Store.Organization o = store.createOrganization(name.asText().strip());
        String token = Auth.newToken();
        store.addToken(Auth.hash(token), o.id());
        ObjectNode out = organizationJson(o);
        out.put("token", token);
        ctx.header("Location", BASE + "/organizations/" + o.id());
        Http.json(ctx, 201, out);
    }

    private static ObjectNode organizationJson(Store.Organization o) {
        ObjectNode n = SharedMapper.get().createObjectNode();
        n.put("schemaVersion", SCHEMA_VERSION);
        n.put("id", o.id());
        n.put("name", o.name());
        n.put("createdAt", o.createdAt());
        return n;
    }

    private void organizations(Context ctx) throws Exception {
        list(ctx, store::organizations, Api::organizationJson);
    }

    /** One page of rows of a list. */
    interface Rows<T> {
        Store.Page<T> page(int offset, int limit) throws java.sql.SQLException;
    }

    /**
     * Answers a list: {@code offset} (default 0) and {@code limit} (1–{@value #MAX_LIMIT}, default
     * {@value #DEFAULT_LIMIT}) from the query, the page's items as {@code json} writes each (without its
     * own schemaVersion), and {@code nextOffset} (null on the last page). The one paging of the API.
     */
    static <T> void list(Context ctx, Rows<T> rows, java.util.function.Function<T, ObjectNode> json) throws java.sql.SQLException {
        int offset = Http.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Http.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Store.Page<T> page = rows.page(offset, limit);
        ObjectNode root = pageJson(offset, limit, page.more());
        ArrayNode items = root.putArray("items");
        page.items().forEach(x -> items.add(json.apply(x).without("schemaVersion")));
        Http.json(ctx, 200, root);
    }

    static ObjectNode pageJson(int offset, int limit, boolean more) {
        ObjectNode root = SharedMapper.get().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("offset", offset);
        root.put("limit", limit);
        if (more) root.put("nextOffset", offset + limit);
        else root.putNull("nextOffset");
        return root;
    }

    /** The organisation in the path (its access was checked with the operation's), or 404. */
    private Store.Organization existing(Context ctx) throws Exception {
        String id = ctx.pathParam("organizationId");
        return store.organization(id).orElseThrow(() -> ApiException.notFound("no organisation " + id));
    }

    private void organization(Context ctx) throws Exception {
        Http.json(ctx, 200, organizationJson(existing(ctx)));
    }

    private void createToken(Context ctx) throws Exception {
        String id = ctx.pathParam("organizationId");
        store.organization(id).orElseThrow(() -> ApiException.notFound("no organisation " + id));
        String token = Auth.newToken();
        store.addToken(Auth.hash(token), id);
        ObjectNode out = SharedMapper.get().createObjectNode();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("organizationId", id);
        out.put("token", token);
        Http.json(ctx, 201, out);
    }

    private void createAssessment(Context ctx) throws Exception {
        Store.Organization org = existing(ctx);
        Scoring.Scored s = scoring.score(ctx);
        var t = s.tailoring();
        Store.Assessment a = new Store.Assessment(Store.newId(), org.id(), Store.now(), s.rubric().id(), s.result().rubric().version(),
                t == null ? null : t.name(), t == null ? null : t.sha256(), s.tailoringJson(), s.evidenceName(), s.evidenceType(),
                io.aftercert.core.internal.io.AtomicFiles.sha256(s.evidence()), s.evidence(), new String(Http.compact(s.result()), StandardCharsets.UTF_8));
        store.insert(a);
        ctx.header("Location", BASE + "/organizations/" + org.id() + "/assessments/" + a.id());
        Http.json(ctx, 201, assessmentJson(a, s.result()));
    }

    /** The fields of a stored result that an assessment's record repeats. */
    private static final java.util.Set<String> SUMMARY_FIELDS = java.util.Set.of("finalScore", "finalScoreExact", "scoreDisplay", "grade");

    private static ObjectNode assessmentJson(Store.Assessment a, AssessmentResult r) {
        ObjectNode n = SharedMapper.get().createObjectNode();
        n.put("schemaVersion", SCHEMA_VERSION);
        n.put("id", a.id());
        n.put("organizationId", a.organizationId());
        n.put("createdAt", a.createdAt());
        n.put("rubricId", a.rubricId());
        n.put("rubricVersion", a.rubricVersion());
        if (a.tailoringSha256() == null) n.putNull("tailoring");
        else n.putObject("tailoring").put("name", a.tailoringName()).put("sha256", a.tailoringSha256());
        n.put("evidenceName", a.evidenceName());
        n.put("evidenceType", a.evidenceType());
        n.put("evidenceSha256", a.evidenceSha256());
        JsonNode result = Http.fields(a.result().getBytes(StandardCharsets.UTF_8), SUMMARY_FIELDS);
        n.set("finalScore", result.get("finalScore"));
        n.set("finalScoreExact", result.get("finalScoreExact"));
        n.set("scoreDisplay", result.get("scoreDisplay"));
        n.set("grade", result.get("grade"));
        String self = BASE + "/organizations/" + a.organizationId() + "/assessments/" + a.id();
        ObjectNode links = n.putObject("links");
        for (String rel : List.of("result", "report", "workbook", "plan", "crosswalk")) links.put(rel, self + "/" + rel);
        links.put("history", BASE + "/organizations/" + a.organizationId() + "/history/" + a.rubricId());
        return n;
    }

    private void assessments(Context ctx) throws Exception {
        String org = existing(ctx).id();
        list(ctx, (offset, limit) -> store.assessments(org, offset, limit), a -> assessmentJson(a, null));
    }

    private Store.Assessment stored(Context ctx, String param) throws Exception {
        String org = existing(ctx).id();
        String id = ctx.pathParam(param);
        return store.assessment(org, id).orElseThrow(() -> ApiException.notFound("no assessment " + id + " in organisation " + org));
    }

    private void assessment(Context ctx) throws Exception {
        Http.json(ctx, 200, assessmentJson(stored(ctx, "assessmentId"), null));
    }

    private void result(Context ctx) throws Exception {
        Http.json(ctx, 200, stored(ctx, "assessmentId").result().getBytes(StandardCharsets.UTF_8));
    }

    private void report(Context ctx) throws Exception {
        String lang = Http.lang(ctx);
        ctx.contentType(Http.HTML).result(reportHtml(stored(ctx, "assessmentId"), lang));
    }

    /** The HTML report of a stored assessment, with the change since the previous one of its rubric (also for the web pages). */
    byte[] reportHtml(Store.Assessment a, String lang) throws Exception {
        AssessmentResult r = Scoring.result(a);
        ReportRenderer.ReportRequest req = new ReportRenderer.ReportRequest(r, Scoring.rubric(a), lang, a.evidenceName(), a.evidenceSha256());
        Store.Assessment prev = previous(a);
        if (prev != null) req = req.withPrevious(Scoring.result(prev), prev.evidenceName());
        return renderer().render(req);
    }

    /** The latest assessment of the same rubric before {@code a}, or null. */
    private Store.Assessment previous(Store.Assessment a) throws Exception {
        return store.previous(a).orElse(null);
    }

    private static ReportRenderer renderer() {
        return RubricRegistry.getDefault().renderer("html")
                .orElseThrow(() -> new IllegalStateException("the HTML report module (aftercert-report-html) is not installed"));
    }

    private void workbook(Context ctx) throws Exception {
        Store.Assessment a = stored(ctx, "assessmentId");
        ctx.contentType(Http.XLSX).header("Content-Disposition", "attachment; filename=\"assessment-" + a.id() + ".xlsx\"")
                .result(ScoredWorkbook.write(Scoring.rubric(a), Scoring.result(a)));
    }

    private void plan(Context ctx) throws Exception {
        Store.Assessment a = stored(ctx, "assessmentId");
        AssessmentResult r = Scoring.result(a);
        Rubric rubric = Scoring.rubric(a);
        io.aftercert.core.plan.ActionPlan plan;
        try {
            plan = io.aftercert.core.plan.ActionPlan.of(rubric, r, ctx.queryParam("target"), null);
        } catch (Planner.UnknownGrade e) {
            throw ApiException.badRequest(e.why().in(Http.lang(ctx)));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Http.json(ctx, 200, PlanJson.write(r, plan, io.aftercert.core.plan.Headline.recommendation(rubric, r, plan)));
    }

    private void crosswalk(Context ctx) throws Exception {
        String lang = Http.lang(ctx);
        Store.Assessment a = stored(ctx, "assessmentId");
        RubricRegistry registry = RubricRegistry.getDefault();
        Rubric source = registry.require(a.rubricId());
        String to = ctx.queryParam("to");
        if (to != null && registry.find(to).isEmpty()) throw ApiException.badRequest("unknown rubric '" + to + "'");
        var evidence = scoring.evidence(a);
        List<CrosswalkResult> results = new ArrayList<>();
        for (String id : registry.ids()) {
            if (id.equals(source.id()) || (to != null && !to.equals(id))) continue;
            Crosswalks.shipped(source.id(), id).ifPresent(t -> results.add(Crosswalk.cross(source, evidence, registry.require(id), t, lang)));
        }
        if (results.isEmpty()) throw ApiException.notFound("no crosswalk from " + source.id() + (to == null ? "" : " to " + to) + " is installed");
        Http.json(ctx, 200, CrosswalkJson.reportBytes(a.evidenceName(), results));
    }

    private void diff(Context ctx) throws Exception {
        Store.Assessment a = stored(ctx, "assessmentId");
        Store.Assessment b = stored(ctx, "otherAssessmentId");
        try {
            Http.json(ctx, 200, DiffJson.write(Diff.of(Scoring.result(a), Scoring.result(b))));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private void history(Context ctx) throws Exception {
        String org = existing(ctx).id();
        String rubricId = ctx.pathParam("rubricId");
        if (RubricRegistry.getDefault().find(rubricId).isEmpty()) throw ApiException.notFound("no rubric '" + rubricId + "' is installed");
        ObjectNode root = SharedMapper.get().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("organizationId", org);
        root.put("rubricId", rubricId);
        ArrayNode items = root.putArray("items");
        for (Store.Assessment a : store.assessments(org, rubricId)) {
            ObjectNode n = assessmentJson(a, null);
            ObjectNode h = items.addObject().put("id", a.id()).put("createdAt", a.createdAt()).put("rubricVersion", a.rubricVersion());
            for (String f : List.of("finalScore", "finalScoreExact", "scoreDisplay", "grade", "tailoring")) h.set(f, n.get(f));
        }
        Http.json(ctx, 200, root);
    }
}
