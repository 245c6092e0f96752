package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.Mustache;
import io.aftercert.core.Display;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.ValidatedAssessment;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.core.tailoring.Tailoring;
import io.aftercert.crosswalk.Crosswalk;
import io.aftercert.crosswalk.CrosswalkHtml;
import io.aftercert.crosswalk.CrosswalkJson;
import io.aftercert.crosswalk.CrosswalkResult;
import io.aftercert.crosswalk.CrosswalkTable;
import io.aftercert.crosswalk.Crosswalks;
import io.aftercert.page.Pages;
import io.aftercert.workbook.ScoredWorkbook;
import io.aftercert.workbook.WorkbookEvidence;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web pages: a service manager's self-assessment in the browser, on the server's database.
 * Server-rendered HTML (Mustache on the shared page shell, Chinese and English) with htmx for saving
 * as the user goes; every form also works without scripts. Figures, grades and sentences come from
 * the SDK as on every other surface; the report, workbook and JSON are the API's own renderers.
 */
final class Web {
    /** The Content-Security-Policy of the web pages: scripts and styles from this server only (inline styles: the shell's). */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String LANG_COOKIE = "aftercert_lang";
    static final String ORG = "/organizations/{organizationId}";

    private final Store store;
    private final Api api;
    private final Uploads uploads;
    private final Scoring scoring;
    private final WebSessions sessions;
    private final Path tmp;
    private final List<String> routes = new ArrayList<>();
    private final Map<String, Mustache> templates = new java.util.concurrent.ConcurrentHashMap<>();

    private final Forwarded forwarded;

    // parameters: the server's collaborators and settings, wired once by AfterCertServer at start
    Web(Store store, Api api, Uploads uploads, Scoring scoring, boolean openOnLoopback, Path tmp, Forwarded forwarded) {
        this.forwarded = forwarded;
        this.store = store;
        this.api = api;
        this.uploads = uploads;
        this.scoring = scoring;
        this.sessions = new WebSessions(openOnLoopback, store, System::currentTimeMillis, forwarded);
        this.tmp = tmp;
    }

    /** A page's outcome that is not the page: a status with a message shown on the error page. */
    static final class WebError extends RuntimeException {
        final int status;

        WebError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** What every handler knows of the request. */
    record Req(Context ctx, String lang, Map<String, String> t, WebSessions.Session session, Auth.Caller caller) {
    }

    private interface PageHandler {
        void handle(Req r) throws Exception;
    }

    /** The routes, "METHOD path" (kept apart from the API's, which the OpenAPI document lists). */
    List<String> routes() {
        return routes;
    }

    void register(io.javalin.config.JavalinConfig c) {
        // static files need no session (a client without cookies would otherwise start one per file)
        routes.add("GET /static/{file}");
        c.routes.addHttpHandler(HandlerType.GET, "/static/{file}", this::asset);
        get(c, "/sign-in", false, this::signInPage);
        post(c, "/sign-in", false, this::signIn);
        post(c, "/sign-out", false, this::signOut);
        get(c, "/language/{lang}", false, this::language);
        get(c, "/", true, this::home);
        post(c, "/organizations", true, this::createOrganization);
        post(c, ORG + "/tokens", true, this::createToken);
        get(c, ORG, true, this::organization);
        post(c, ORG + "/drafts", true, this::newDraft);
        post(c, ORG + "/drafts/upload", true, this::uploadDraft);
        get(c, ORG + "/prefill/{rubricId}", true, this::prefillPage);
        get(c, ORG + "/drafts/{draftId}", true, this::draft);
        post(c, ORG + "/drafts/{draftId}", true, this::saveDraft);
        post(c, ORG + "/drafts/{draftId}/store", true, this::storeDraft);
        get(c, ORG + "/assessments/{assessmentId}", true, this::assessment);
        get(c, ORG + "/assessments/{assessmentId}/report", true, this::report);
        get(c, ORG + "/assessments/{assessmentId}/workbook", true, this::workbook);
        get(c, ORG + "/assessments/{assessmentId}/result", true, this::result);
        get(c, ORG + "/history/{rubricId}", true, this::history);
        post(c, ORG + "/records", true, r -> upload(r, Uploads.RECORDS));
        post(c, ORG + "/surveys", true, r -> upload(r, Uploads.SURVEYS));
        get(c, ORG + "/records/{uploadId}", true, r -> uploadPage(r, Uploads.RECORDS));
        get(c, ORG + "/surveys/{uploadId}", true, r -> uploadPage(r, Uploads.SURVEYS));
    }

    private void get(io.javalin.config.JavalinConfig c, String path, boolean signedIn, PageHandler h) {
        routes.add("GET " + path);
        c.routes.addHttpHandler(HandlerType.GET, path, wrap(h, signedIn, false));
    }

    private void post(io.javalin.config.JavalinConfig c, String path, boolean signedIn, PageHandler h) {
        routes.add("POST " + path);
        c.routes.addHttpHandler(HandlerType.POST, path, wrap(h, signedIn, true));
    }

    private Handler wrap(PageHandler h, boolean signedIn, boolean post) {
        return ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cache-Control", "no-store");
            String lang = lang(ctx);
            Map<String, String> t = WebText.of(lang);
            WebSessions.Session s = sessions.session(ctx);
            Auth.Caller caller = sessions.caller(ctx, s);
            Req r = new Req(ctx, lang, t, s, caller);
            try {
                if (post && (!forwarded.sameOrigin(ctx) || !WebSessions.csrfOk(ctx, s))) throw new WebError(403, t.get("csrf"));
                if (signedIn && caller == null) {
                    if (htmx(ctx)) throw new WebError(401, t.get("sessionGone"));
                    ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
                    return;
                }
                h.handle(r);
            } catch (WebError e) {
                error(r, e.status, e.getMessage(), List.of());
            } catch (InvalidInputException e) {
                error(r, 400, t.get("badUpload"), e.problems().stream().map(p -> problemText(p, lang)).toList());
            } catch (ApiException e) {
                error(r, e.status, e.getMessage(), List.of());
            }
        };
    }

    /** The page for a path nothing answers (outside the API, whose 404 is a problem document). */
    void notFound(Context ctx) throws java.sql.SQLException {
        String lang = lang(ctx);
        WebSessions.Session s = sessions.session(ctx);
        ctx.header("Content-Security-Policy", CSP);
        error(new Req(ctx, lang, WebText.of(lang), s, sessions.caller(ctx, s)), 404, WebText.get("notFound", lang), List.of());
    }

    static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    private static String lang(Context ctx) {
        String c = ctx.cookie(LANG_COOKIE);
        if ("en".equals(c) || "zh".equals(c)) return c;
        String al = ctx.header("Accept-Language");
        return al == null || Problems.zh(al) ? "zh" : "en";
    }

    // ---------------------------------------------------------------- rendering

    private Mustache template(String name) {
        return templates.computeIfAbsent(name, n -> Pages.compile(Web.class, n));
    }

    /** The frame of every page: head, navigation and words. */
    record Frame(Pages.Head head, Map<String, String> t, String lang, String csrf, boolean signedIn, boolean canSignOut, String here,
            String otherLang, List<Crumb> crumbs) {
        boolean hasCrumbs() {
            return !crumbs.isEmpty();
        }

        String otherHtmlLang() {
            return "en".equals(otherLang) ? "en" : "zh-CN";
        }
    }

    record Crumb(String href, String label) {
    }

    private Frame frame(Req r, String title, List<Crumb> crumbs) {
        String here = r.ctx().path();
        boolean signedIn = r.caller() != null;
        return new Frame(Pages.Head.of(r.lang(), title + " · AfterCert", "AfterCert · " + title), r.t(), r.lang(), r.session().csrf, signedIn,
                r.session().caller != null, here, "en".equals(r.lang()) ? "zh" : "en", crumbs);
    }

    private void page(Req r, int status, String template, Frame f, Object model) {
        r.ctx().status(status).contentType(Http.HTML).result(Pages.render(template(template), Map.of("frame", f, "m", model == null ? Map.of() : model),
                f, f.head() == null ? Map.of() : Map.of("head", f.head())));
    }

    private void error(Req r, int status, String message, List<String> details) {
        if (htmx(r.ctx())) {
            r.ctx().status(status).contentType(Http.HTML).result(Pages.render(template("web-message.mustache"),
                    Map.of("message", message, "details", details)));
            return;
        }
        page(r, status, "web-error.mustache", frame(r, r.t().get("error"), List.of()), Map.of("message", message, "details", details));
    }

    // ---------------------------------------------------------------- static files, sign-in, language

    private static final Map<String, String> ASSETS = Map.of("htmx.min.js", "text/javascript; charset=utf-8", "app.js",
            "text/javascript; charset=utf-8");

    private void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        InputStream in = type == null ? null : Web.class.getResourceAsStream("web/" + file);
        if (in == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
            return;
        }
        try (in) {
            ctx.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "public, max-age=86400").contentType(type).result(in.readAllBytes());
        }
    }

    private void signInPage(Req r) {
        page(r, 200, "web-sign-in.mustache", frame(r, r.t().get("signIn"), List.of()), Map.of());
    }

    private void signIn(Req r) throws Exception {
        String token = r.ctx().formParam("token");
        Optional<String> owner = token == null || token.isBlank() ? Optional.empty() : store.tokenOwner(Auth.hash(token.strip()));
        if (owner.isEmpty()) {
            page(r, 401, "web-sign-in.mustache", frame(r, r.t().get("signIn"), List.of()), Map.of("error", r.t().get("badToken")));
            return;
        }
        String org = owner.get();
        sessions.start(r.ctx(), org.isEmpty() ? new Auth.Caller(true, null, false) : new Auth.Caller(false, org, false));
        r.ctx().redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void signOut(Req r) throws Exception {
        sessions.end(r.ctx());
        r.ctx().redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void language(Req r) {
        String to = r.ctx().pathParam("lang");
        if (!to.equals("zh") && !to.equals("en")) throw new WebError(404, r.t().get("notFound"));
        io.javalin.http.Cookie c = new io.javalin.http.Cookie(LANG_COOKIE, to);
        c.setPath("/");
        c.setSameSite(io.javalin.http.SameSite.STRICT);
        c.setMaxAge(365 * 24 * 3600);
        r.ctx().cookie(c);
        String back = r.ctx().queryParam("back");
        // only a path on this server: never another site (an open redirect)
        if (back == null || !back.matches("/[A-Za-z0-9/_.-]*") || back.startsWith("//")) back = "/";
        r.ctx().redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // ---------------------------------------------------------------- organisations

    record OrgRow(String href, String name, String createdAt, String tokenAction) {
    }

    private void home(Req r) throws Exception {
        if (!r.caller().admin()) {
            r.ctx().redirect("/organizations/" + r.caller().organizationId(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        // an admin token lists and creates organisations and their tokens but reads no organisation's data (as in the API)
        List<OrgRow> rows = store.organizations(0, 200).items().stream()
                .map(o -> new OrgRow(r.caller().reaches(o.id()) ? "/organizations/" + o.id() : null, o.name(), o.createdAt().substring(0, 10),
                        "/organizations/" + o.id() + "/tokens")).toList();
        page(r, 200, "web-home.mustache", frame(r, r.t().get("orgs"), List.of()), Map.of("orgs", rows, "hasOrgs", !rows.isEmpty(),
                "local", r.caller().local()));
    }

    /** A new token of an organisation, shown once (admin; the local user needs none). */
    private void createToken(Req r) throws Exception {
        if (!r.caller().admin()) throw new WebError(403, r.t().get("forbidden"));
        String id = r.ctx().pathParam("organizationId");
        Store.Organization o = store.organization(id).orElseThrow(() -> new WebError(404, r.t().get("notFound")));
        tokenPage(r, o);
    }

    private void tokenPage(Req r, Store.Organization o) throws Exception {
        String token = Auth.newToken();
        store.addToken(Auth.hash(token), o.id());
        page(r, 201, "web-token.mustache", frame(r, o.name(), List.of(new Crumb("/", r.t().get("orgs")))), Map.of("org", o, "token", token));
    }

    private void createOrganization(Req r) throws Exception {
        if (!r.caller().admin()) throw new WebError(403, r.t().get("forbidden"));
        String name = r.ctx().formParam("name");
        if (name == null || name.isBlank() || name.strip().length() > 400) {
            throw new WebError(400, "zh".equals(r.lang()) ? "组织名称不能为空，最多 400 个字符。" : "The name must not be blank and is at most 400 characters.");
        }
        Store.Organization o = store.createOrganization(name.strip());
        if (r.caller().local()) r.ctx().redirect("/organizations/" + o.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        else tokenPage(r, o);
    }

    /** Looks up what a path parameter names (within the organisation the lookup is bound to). */
    private interface Lookup<T> {
        Optional<T> find(String id) throws java.sql.SQLException;
    }

    /** What the path parameter {@code param} names, found by {@code lookup}; the page's 404 when it is not there. */
    private static <T> T stored(Req r, String param, Lookup<T> lookup) throws java.sql.SQLException {
        return lookup.find(r.ctx().pathParam(param)).orElseThrow(() -> new WebError(404, r.t().get("notFound")));
    }

    private Store.Organization org(Req r) throws Exception {
        String id = r.ctx().pathParam("organizationId");
        if (!r.caller().reaches(id)) throw new WebError(403, r.t().get("forbidden"));
        return store.organization(id).orElseThrow(() -> new WebError(404, r.t().get("notFound")));
    }

    record StandardRow(String id, String title, String latestHref, String latestScore, String latestGrade, String latestDate, boolean hasLatest,
            String historyHref, List<Option> prefillSources) {
        boolean canPrefill() {
            return !prefillSources.isEmpty();
        }
    }

    /** Stored assessments a standard can be prefilled from, newest first, at most this many in the list. */
    static final int PREFILL_SOURCES = 30;

    record AssessmentRow(String href, String date, String title, String score, String grade, String source) {
    }

    record DraftRow(String href, String title, String source, String saved) {
    }

    record UploadRow(String href, String name, String date, String size) {
    }

    private List<Crumb> crumbs(Req r, Store.Organization o) {
        List<Crumb> l = new ArrayList<>();
        if (r.caller().admin()) l.add(new Crumb("/", r.t().get("orgs")));
        l.add(new Crumb("/organizations/" + o.id(), o.name()));
        return l;
    }

    private void organization(Req r) throws Exception {
        Store.Organization o = org(r);
        String base = "/organizations/" + o.id();
        List<Store.Assessment> all = new ArrayList<>();
        for (int off = 0; ; off += Api.MAX_LIMIT) {
            Store.Page<Store.Assessment> p = store.assessments(o.id(), off, Api.MAX_LIMIT);
            all.addAll(p.items());
            if (!p.more() || all.size() >= 1000) break;
        }
        List<StandardRow> standards = new ArrayList<>();
        for (RubricRegistry.RubricInfo rb : RubricRegistry.getDefault().list()) {
            Store.Assessment last = null;
            for (Store.Assessment a : all) if (a.rubricId().equals(rb.id())) last = a;
            AssessmentResult lr = last == null ? null : Scoring.result(last);
            List<Option> sources = new ArrayList<>();
            for (int i = all.size() - 1; i >= 0 && sources.size() < PREFILL_SOURCES; i--) {
                Store.Assessment a = all.get(i);
                if (!crosswalkShipped(a.rubricId(), rb.id())) continue;
                AssessmentResult ar = Scoring.result(a);
                sources.add(new Option(a.id(), standardName(a.rubricId()) + " · " + date(a, ar) + " · " + r.t().get("score") + " " + score(ar)
                        + " · " + a.evidenceName(), sources.isEmpty()));
            }
            standards.add(new StandardRow(rb.id(), rb.title().in(r.lang()), last == null ? null : base + "/assessments/" + last.id(),
                    lr == null ? null : score(lr), lr == null || lr.grade() == null ? null : lr.grade().label().in(r.lang()),
                    last == null ? null : date(last, lr), last != null, base + "/history/" + rb.id(), sources));
        }
        List<AssessmentRow> assessments = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Store.Assessment a = all.get(i);
            AssessmentResult ar = Scoring.result(a);
            assessments.add(new AssessmentRow(base + "/assessments/" + a.id(), date(a, ar), rubricTitle(a.rubricId(), r.lang()), score(ar),
                    ar.grade() == null ? "" : ar.grade().label().in(r.lang()), a.evidenceName()));
        }
        List<DraftRow> drafts = store.drafts(o.id()).stream().map(d -> new DraftRow(base + "/drafts/" + d.id(), rubricTitle(d.rubricId(), r.lang()),
                source(d, r), local(d.updatedAt()))).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", o);
        m.put("base", base);
        m.put("standards", standards);
        m.put("assessments", assessments);
        m.put("hasAssessments", !assessments.isEmpty());
        m.put("drafts", drafts);
        m.put("hasDrafts", !drafts.isEmpty());
        List<UploadRow> records = uploadRows(o.id(), Uploads.RECORDS, base);
        List<UploadRow> surveys = uploadRows(o.id(), Uploads.SURVEYS, base);
        m.put("records", records);
        m.put("hasRecords", !records.isEmpty());
        m.put("surveys", surveys);
        m.put("hasSurveys", !surveys.isEmpty());
        page(r, 200, "web-organization.mustache", frame(r, o.name(), crumbs(r, o).subList(0, crumbs(r, o).size() - 1)), m);
    }

    private List<UploadRow> uploadRows(String org, String kind, String base) throws Exception {
        return store.uploads(org, kind, 0, Api.MAX_LIMIT).items().stream().map(u -> new UploadRow(base + "/" + kind + "/" + u.id(), u.name(),
                local(u.createdAt()), Pages.count(u.bytes()))).toList();
    }

    /** Whether a crosswalk from one standard to another ships with AfterCert. */
    static boolean crosswalkShipped(String from, String to) {
        return !from.equals(to) && Crosswalks.SHIPPED.stream().anyMatch(p -> p.contains(from) && p.contains(to));
    }

    /** A standard by its number (GB/T 27922), as the crosswalk names it. */
    private static String standardName(String id) {
        return RubricRegistry.getDefault().find(id).map(rb -> Pages.standardNumber(rb.title().en(), rb.id())).orElse(id);
    }

    private static String rubricTitle(String id, String lang) {
        return RubricRegistry.getDefault().find(id).map(rb -> rb.title().in(lang)).orElse(id);
    }

    /** A score as every surface shows it (with "%" for a conformance rate). */
    static String score(AssessmentResult r) {
        return Display.scoreText(r.finalScore()) + (r.rubric().conformance() ? "%" : "");
    }

    private static String date(Store.Assessment a, AssessmentResult r) {
        return r.assessedOn() != null ? r.assessedOn().toString() : a.createdAt().substring(0, 10);
    }

    /** A stored instant as local date and time to the minute. */
    static String local(String instant) {
        java.time.Instant t = java.time.Instant.parse(instant);
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(t);
    }

    // ---------------------------------------------------------------- drafts: new, form, save, store

    private static Rubric rubric(Req r, String id) {
        return RubricRegistry.getDefault().find(id == null ? "" : id).orElseThrow(() -> new WebError(404, r.t().get("notFound")));
    }

    private void newDraft(Req r) throws Exception {
        Store.Organization o = org(r);
        Rubric rb = rubric(r, r.ctx().formParam("rubric"));
        String from = r.ctx().formParam("from");
        ObjectNode root;
        String source;
        String tailoring = null;
        if ("crosswalk".equals(from)) {
            Prefill p = prefill(r, o, rb, r.ctx().formParam("assessment"));
            // exactly the prefilled evidence file the CLI's crosswalk writes: the form goes on from there
            root = (ObjectNode) Json.readTree(CrosswalkJson.prefill(p.result()));
            source = p.label();
        } else if ("last".equals(from)) {
            List<Store.Assessment> h = store.assessments(o.id(), rb.id());
            if (h.isEmpty()) throw new WebError(404, r.t().get("noAssessments"));
            Store.Assessment last = store.assessment(o.id(), h.get(h.size() - 1).id()).orElseThrow();
            root = (ObjectNode) Json.readTree(EvidenceJson.write(scoring.evidence(last)));
            root.put("assessedOn", LocalDate.now().toString());
            source = dated(last.evidenceName(), date(last, Scoring.result(last)), r.lang());
            tailoring = last.tailoring();
        } else {
            root = SharedMapper.get().createObjectNode();
            root.put("rubric", rb.id());
            root.put("rubricVersion", rb.version());
            root.putObject("organization").put("name", o.name());
            root.put("assessedOn", LocalDate.now().toString());
            root.putObject("evidence");
            source = BLANK;
        }
        redirectToDraft(r, o, rb, root, source, tailoring);
    }

    /** A file name with its date, as a draft's source: full-width parentheses in Chinese. */
    static String dated(String name, String date, String lang) {
        return "en".equals(lang) ? name + " (" + date + ")" : name + "（" + date + "）";
    }

    /** A crosswalk from a stored assessment of another standard onto {@code target}; {@code label} names the source. */
    private record Prefill(Store.Assessment source, String label, CrosswalkResult result) {
    }

    private Prefill prefill(Req r, Store.Organization o, Rubric target, String sourceId) throws Exception {
        if (sourceId == null || sourceId.isBlank()) throw new WebError(400, r.t().get("prefillNoSource"));
        Store.Assessment a = store.assessment(o.id(), sourceId.strip()).orElseThrow(() -> new WebError(404, r.t().get("notFound")));
        if (!crosswalkShipped(a.rubricId(), target.id())) throw new WebError(400, r.t().get("prefillNoCrosswalk"));
        CrosswalkTable table = Crosswalks.shipped(a.rubricId(), target.id()).orElseThrow();
        // the same call as the API's crosswalk of a stored assessment: the source standard as installed, its evidence as posted
        Rubric sourceRubric = RubricRegistry.getDefault().require(a.rubricId());
        CrosswalkResult res = Crosswalk.cross(sourceRubric, scoring.evidence(a), target, table, r.lang());
        String label = standardName(a.rubricId()) + " · " + dated(a.evidenceName(), date(a, Scoring.result(a)), r.lang());
        return new Prefill(a, label, res);
    }

    record StateRow(String state, String label, String items, String points) {
    }

    record PrefillItem(String code, String title, String points, String state, String note) {
    }

    /** What a crosswalk prefill will put in a new assessment, before the draft is made. */
    private void prefillPage(Req r) throws Exception {
        Store.Organization o = org(r);
        Rubric target = rubric(r, r.ctx().pathParam("rubricId"));
        Prefill p = prefill(r, o, target, r.ctx().queryParam("from"));
        CrosswalkResult res = p.result();
        String lang = r.lang();
        List<StateRow> states = new ArrayList<>();
        res.coverage().forEach((state, c) -> states.add(new StateRow(state.json(), CrosswalkHtml.stateLabel(state, io.aftercert.core.Lang.parse(lang)),
                Pages.count(c[0].numerator().longValueExact()), Display.pointsText(c[1]))));
        List<PrefillItem> carried = new ArrayList<>();
        for (CrosswalkResult.Item i : res.items()) {
            if (i.state() == CrosswalkResult.State.CARRIED) {
                carried.add(new PrefillItem(i.code(), i.title().in(lang), Display.pointsText(i.points()), CrosswalkHtml.stateLabel(i.state(), io.aftercert.core.Lang.parse(lang)), i.note()));
            }
        }
        List<PrefillItem> toAssess = res.toAssess().stream().map(i -> new PrefillItem(i.code(), i.title().in(lang), Display.pointsText(i.points()),
                CrosswalkHtml.stateLabel(i.state(), io.aftercert.core.Lang.parse(lang)), i.note())).toList();
        AssessmentResult est = res.estimate();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targetTitle", target.title().in(lang));
        m.put("rubricId", target.id());
        m.put("sourceId", p.source().id());
        m.put("source", p.label());
        m.put("sourceHref", "/organizations/" + o.id() + "/assessments/" + p.source().id());
        m.put("states", states);
        m.put("carried", carried);
        m.put("hasCarried", !carried.isEmpty());
        m.put("toAssess", toAssess);
        m.put("hasToAssess", !toAssess.isEmpty());
        // the box the draft will open with: the prefilled evidence scored as it is (the crosswalk's lowest)
        m.put("live", WebLive.of(target, res.lowest(), lang));
        m.put("liveHeading", r.t().get("prefillScore"));
        m.put("estimate", score(est));
        m.put("estimateGrade", est.grade() == null ? null : est.grade().label().in(lang));
        m.put("highest", score(res.highest()));
        m.put("action", "/organizations/" + o.id() + "/drafts");
        page(r, 200, "web-prefill.mustache", frame(r, r.t().get("prefillTitle") + " · " + target.title().in(lang), crumbs(r, o)), m);
    }

    /** What a blank draft records as its source (shown in the reader's language). */
    static final String BLANK = "blank";

    private static String source(Store.Draft d, Req r) {
        return BLANK.equals(d.source()) ? r.t().get("blank") : d.source();
    }

    private void redirectToDraft(Req r, Store.Organization o, Rubric rb, ObjectNode root, String source, String tailoring) throws Exception {
        String now = Store.now();
        Store.Draft d = new Store.Draft(Store.newId(), o.id(), rb.id(), now, now, source, SharedMapper.get().writeValueAsString(root), tailoring);
        store.insert(d);
        r.ctx().redirect("/organizations/" + o.id() + "/drafts/" + d.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void uploadDraft(Req r) throws Exception {
        Store.Organization o = org(r);
        UploadedFile f = r.ctx().uploadedFile("evidence");
        if (f == null || f.filename() == null || f.filename().isBlank()) throw new WebError(400, r.t().get("badUpload"));
        String name = Names.check(Path.of(f.filename()).getFileName().toString());
        boolean workbook = WorkbookEvidence.isWorkbook(Path.of(name));
        byte[] bytes = Http.limited(f.content(), workbook ? Scoring.MAX_WORKBOOK_BYTES : Scoring.MAX_JSON_BYTES);
        io.aftercert.core.evidence.Assessment a;
        if (workbook) {
            Path dir = Files.createTempDirectory(tmp, "wb");
            Path file = dir.resolve("evidence.xlsx");
            try {
                Files.write(file, bytes);
                a = WorkbookEvidence.read(file, name, RubricRegistry.getDefault()::find);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } else {
            a = EvidenceJson.read(bytes, name, RubricRegistry.getDefault()::find);
        }
        ObjectNode root = (ObjectNode) Json.readTree(EvidenceJson.write(a));
        Rubric rb = rubric(r, root.path("rubric").asText());
        // an optional tailoring file, checked by the SDK against the evidence's rubric as the CLI's --tailoring is
        // (refused: the file and the place named, in the user's language, and no draft made)
        String tailoring = null;
        UploadedFile tf = r.ctx().uploadedFile("tailoring");
        if (tf != null && tf.filename() != null && !tf.filename().isBlank()) {
            String tname = Names.check(Path.of(tf.filename()).getFileName().toString());
            byte[] tb = Http.limited(tf.content(), Scoring.MAX_JSON_BYTES);
            Tailoring.read(tb, tname).applyTo(rb);
            tailoring = new String(tb, StandardCharsets.UTF_8);
        }
        redirectToDraft(r, o, rb, root, name, tailoring);
    }

    private void draft(Req r) throws Exception {
        Store.Organization o = org(r);
        Store.Draft d = stored(r, "draftId", id -> store.draft(o.id(), id));
        Rubric rb = rubric(r, d.rubricId());
        ObjectNode root = (ObjectNode) Json.readTree(d.evidence().getBytes(StandardCharsets.UTF_8));
        Map<String, String> values = WebForm.values(root, d.tailoring() == null ? null : Json.readTree(d.tailoring().getBytes(StandardCharsets.UTF_8)), rb);
        WebLive live = live(rb, d.evidence().getBytes(StandardCharsets.UTF_8), tailoringBytes(d.tailoring()), r.lang());
        String saved = "1".equals(r.ctx().queryParam("saved")) ? r.t().get("savedAt") + " " + local(d.updatedAt()).substring(11) : null;
        formPage(r, 200, o, d, new Filled(rb, values, live, List.of(), saved));
    }

    /** The score box of a draft's evidence under its tailoring (null: none), as the stored assessment will be scored. */
    private WebLive live(Rubric rb, byte[] evidence, byte[] tailoring, String lang) {
        ValidatedAssessment v = EvidenceJson.readValidated(evidence, "draft.json", id -> id.equals(rb.id()) ? Optional.of(rb) : Optional.empty());
        Rubric tailored = tailoring == null ? rb : Tailoring.read(tailoring, TAILORING_FILE).applyTo(rb);
        return WebLive.of(tailored, ScoringEngine.score(tailored, v.assessment()), lang);
    }

    private WebLive live(Rubric rb, Store.Draft d, String lang) {
        return live(rb, d.evidence().getBytes(StandardCharsets.UTF_8), tailoringBytes(d.tailoring()), lang);
    }

    /** The name a draft's tailoring has in problems (it is no file of the user's). */
    static final String TAILORING_FILE = "tailoring.json";

    private static byte[] tailoringBytes(String json) {
        return json == null ? null : json.getBytes(StandardCharsets.UTF_8);
    }

    /** The form's values as sent (every field by name; the last value of a repeated one). */
    private static Map<String, String> posted(Context ctx) {
        Map<String, String> v = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, l) -> {
            if (!l.isEmpty()) v.put(k, l.get(l.size() - 1));
        });
        return v;
    }

    /** The result of reading a posted form: the evidence bytes and the tailoring's (null: none), or what to correct. */
    private record Checked(byte[] evidence, byte[] tailoring, List<String> errors, List<String> fields) {
    }

    private static Checked check(Rubric rb, Map<String, String> values, Store.Draft d, String lang) throws IOException {
        ObjectNode base = (ObjectNode) Json.readTree(d.evidence().getBytes(StandardCharsets.UTF_8));
        WebForm.Read read = WebForm.evidence(rb, values, base);
        WebForm.TailoringRead tr = WebForm.tailoring(rb, values, d.tailoring() == null ? null : Json.readTree(d.tailoring().getBytes(StandardCharsets.UTF_8)), lang);
        List<WebForm.FieldError> fieldErrors = new ArrayList<>(read.errors());
        fieldErrors.addAll(tr.errors());
        if (!fieldErrors.isEmpty()) {
            return new Checked(null, null, fieldErrors.stream().map(e -> e.message().in(lang)).toList(), fieldErrors.stream().map(WebForm.FieldError::field).toList());
        }
        byte[] bytes = SharedMapper.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(read.evidence());
        byte[] tailoring = tr.tailoring() == null ? null : SharedMapper.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(tr.tailoring());
        try {
            EvidenceJson.readValidated(bytes, "draft.json", id -> id.equals(rb.id()) ? Optional.of(rb) : Optional.empty());
            // the SDK says whether the tailoring holds for the rubric, in the user's language, as for a tailoring file
            if (tailoring != null) Tailoring.read(tailoring, TAILORING_FILE).applyTo(rb);
        } catch (InvalidInputException e) {
            return new Checked(null, null, e.problems().stream().map(p -> problemText(p, lang)).toList(), List.of());
        }
        return new Checked(bytes, tailoring, List.of(), List.of());
    }

    /** A problem in the reader's language. */
    static String problemText(Problem p, String lang) {
        return (p.file() == null ? "" : p.file()) + (p.path() == null ? "" : " " + p.path()) + ("en".equals(lang) ? ": " : "：")
                + p.message(io.aftercert.core.Lang.parse(lang));
    }

    private void saveDraft(Req r) throws Exception {
        Store.Organization o = org(r);
        Store.Draft d = stored(r, "draftId", id -> store.draft(o.id(), id));
        Rubric rb = rubric(r, d.rubricId());
        Map<String, String> values = posted(r.ctx());
        Checked c = check(rb, values, d, r.lang());
        if (c.evidence() == null) {
            if (htmx(r.ctx())) {
                liveFragment(r, 422, live(rb, d, r.lang()), c.errors(), null);
            } else {
                formPage(r, 422, o, d, new Filled(rb, values, live(rb, d, r.lang()), c.errors(), null));
            }
            return;
        }
        if (!store.saveDraft(o.id(), d.id(), new String(c.evidence(), StandardCharsets.UTF_8), text(c.tailoring()))) {
            throw new WebError(404, r.t().get("notFound"));
        }
        if (htmx(r.ctx())) {
            String at = r.t().get("savedAt") + " " + local(Store.now()).substring(11);
            liveFragment(r, 200, live(rb, c.evidence(), c.tailoring(), r.lang()), List.of(), at);
        } else {
            r.ctx().redirect("/organizations/" + o.id() + "/drafts/" + d.id() + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void storeDraft(Req r) throws Exception {
        Store.Organization o = org(r);
        Store.Draft d = stored(r, "draftId", id -> store.draft(o.id(), id));
        Rubric rb = rubric(r, d.rubricId());
        Map<String, String> values = posted(r.ctx());
        Checked c = check(rb, values, d, r.lang());
        if (c.evidence() == null) {
            formPage(r, 422, o, d, new Filled(rb, values, live(rb, d, r.lang()), c.errors(), null));
            return;
        }
        store.saveDraft(o.id(), d.id(), new String(c.evidence(), StandardCharsets.UTF_8), text(c.tailoring()));
        ValidatedAssessment v = EvidenceJson.readValidated(c.evidence(), "draft.json", RubricRegistry.getDefault()::find);
        // scored and recorded as the API records evidence posted with a tailoring: its name, the SHA-256 of its JSON, the JSON
        Tailoring t = c.tailoring() == null ? null : Tailoring.read(c.tailoring(), TAILORING_FILE);
        AssessmentResult result = t == null ? ScoringEngine.score(v) : ScoringEngine.score(t.applyTo(v.rubric()), v.assessment());
        String name = "web-" + (v.assessment().assessedOn() == null ? LocalDate.now() : v.assessment().assessedOn()) + ".json";
        Store.Assessment a = new Store.Assessment(Store.newId(), o.id(), Store.now(), rb.id(), result.rubric().version(), t == null ? null : t.name(),
                t == null ? null : t.sha256(), text(c.tailoring()), name, "json", io.aftercert.core.internal.io.AtomicFiles.sha256(c.evidence()), c.evidence(),
                ResultJson.writeString(result));
        store.insert(a);
        store.deleteDraft(o.id(), d.id());
        r.ctx().redirect("/organizations/" + o.id() + "/assessments/" + a.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static String text(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    private void liveFragment(Req r, int status, WebLive live, List<String> errors, String saved) {
        r.ctx().status(status).contentType(Http.HTML).result(Pages.render(template("web-live-fragment.mustache"),
                Map.of("live", live, "t", r.t(), "errors", errors, "hasErrors", !errors.isEmpty(), "saved", saved == null ? "" : saved)));
    }

    // ---------------------------------------------------------------- the form's model

    record Option(String value, String label, boolean selected) {
    }

    record Item(String code, String id, String title, String requirement, List<String> guidance, String points, boolean metric,
            String metricNote, List<Option> choices, List<Option> bands, String bandCredit, String credit, String conforming, String sampled,
            String value, String na, String notes, String attachments, boolean invalid, boolean excluded, String excludeWhy) {
        boolean hasGuidance() {
            return !guidance.isEmpty();
        }
    }

    record BandGuide(String label, List<String> descriptors) {
    }

    record Section(String code, String title, List<Item> items) {
    }

    record Chapter(String code, String title, String points, List<Section> sections) {
    }

    /** Empty rows for special findings below the filled ones (scripts or not, the form never grows by itself). */
    static final int BLANK_FINDINGS = 3;

    record FindingRow(int index, int row, List<Option> types, List<Option> categories, String description, String indicator) {
    }

    /** The form as it is shown: the rubric, the fields' values, the score box, the errors of the last post and when it was saved (null: not). */
    private record Filled(Rubric rubric, Map<String, String> values, WebLive live, List<String> errors, String saved) {
    }

    /** What every item of the form is drawn from: the rubric, the fields' values, the language, its texts and the codes with an error. */
    private record ItemSource(Rubric rb, Map<String, String> values, String lang, Map<String, String> t, java.util.Set<String> bad) {
    }

    private void formPage(Req r, int status, Store.Organization o, Store.Draft d, Filled f) {
        String lang = r.lang();
        Map<String, String> t = r.t();
        Rubric rb = f.rubric();
        Map<String, String> values = f.values();
        ItemSource src = new ItemSource(rb, values, lang, t, invalidCodes(rb, f.errors()));
        List<Chapter> chapters = new ArrayList<>();
        for (Indicator top : rb.indicators()) {
            List<Section> sections = new ArrayList<>();
            collect(top, top, src, sections);
            chapters.add(new Chapter(top.code(), top.title().in(lang), Display.pointsText(top.points()), sections));
        }
        List<FindingRow> findings = findingRows(rb, values, t);
        Map<String, Object> m = new LinkedHashMap<>();
        String base = "/organizations/" + o.id() + "/drafts/" + d.id();
        m.put("action", base);
        m.put("storeAction", base + "/store");
        m.put("rubricTitle", rb.title().in(lang));
        m.put("source", source(d, r));
        m.put("organization", WebForm.get(values, "organization"));
        m.put("kinds", kindOptions(values, t));
        m.put("assessedOn", WebForm.get(values, "assessedOn"));
        m.put("assessor", WebForm.get(values, "assessor"));
        m.put("heldMonths", WebForm.get(values, "heldMonths"));
        m.put("graded", rb.gradeScale() != null);
        m.put("chapters", chapters);
        m.put("special", rb.specialRules() != null);
        m.put("bandGuide", rb.bands().stream().map(b -> new BandGuide(b.number() + ("en".equals(lang) ? " (" + b.range() + ")" : "（"
                + b.range() + "）"), b.descriptors())).toList());
        m.put("hasBands", !rb.bands().isEmpty());
        m.put("findings", findings);
        m.put("findingCount", findings.size());
        m.put("live", f.live());
        m.put("errors", f.errors());
        m.put("hasErrors", !f.errors().isEmpty());
        m.put("saved", f.saved() == null ? "" : f.saved());
        m.put("tailoringName", WebForm.get(values, "tailoringName"));
        // a tailoring the draft started from may set more than exclusions (points, targets, a grade scale): kept as it is
        m.put("tailoringKept", keptAdjustments(d));
        List<Crumb> crumbs = crumbs(r, o);
        page(r, status, "web-form.mustache", frame(r, t.get("formTitle") + " · " + rb.title().in(lang), crumbs), m);
    }

    /** The codes of the leaves an error names ("code：…" or "code:…"), marked invalid on the form. */
    private static java.util.Set<String> invalidCodes(Rubric rb, List<String> errors) {
        java.util.Set<String> bad = new java.util.HashSet<>();
        if (!errors.isEmpty()) {
            for (Indicator leaf : rb.leaves()) {
                for (String e : errors) if (e.startsWith(leaf.code() + "：") || e.startsWith(leaf.code() + ":")) bad.add(leaf.code());
            }
        }
        return bad;
    }

    /** The special findings' rows: the filled ones, then {@link #BLANK_FINDINGS} empty ones. */
    private static List<FindingRow> findingRows(Rubric rb, Map<String, String> values, Map<String, String> t) {
        int n = Optional.ofNullable(WebForm.whole(WebForm.get(values, "findings"), 0, WebForm.MAX_FINDINGS)).orElse(0);
        List<FindingRow> findings = new ArrayList<>();
        List<String> cats = rb.specialRules() == null ? List.of() : rb.specialRules().deductionCategories();
        int rows = n + BLANK_FINDINGS;
        for (int i = 0; i < rows; i++) {
            String type = WebForm.get(values, "fType:" + i);
            String cat = WebForm.get(values, "fCategory:" + i);
            List<Option> types = List.of(new Option("", t.get("fTypeNone"), type.isEmpty()), new Option("deduction", t.get("deduction"), type.equals("deduction")),
                    new Option("bonus", t.get("bonus"), type.equals("bonus")));
            List<Option> categories = new ArrayList<>();
            categories.add(new Option("", t.get("fTypeNone"), cat.isEmpty()));
            for (String c : cats) categories.add(new Option(c, t.getOrDefault(c, c), c.equals(cat)));
            findings.add(new FindingRow(i, i + 1, types, categories, WebForm.get(values, "fDescription:" + i), WebForm.get(values, "fIndicator:" + i)));
        }
        return findings;
    }

    /** The organization kinds to choose from, the posted one selected. */
    private static List<Option> kindOptions(Map<String, String> values, Map<String, String> t) {
        String kind = WebForm.get(values, "kind");
        return List.of(new Option("", t.get("kindNone"), kind.isEmpty()), new Option("manufacturer", t.get("manufacturer"),
                kind.equals("manufacturer")), new Option("trader", t.get("trader"), kind.equals("trader")), new Option("service", t.get("service"),
                kind.equals("service")));
    }

    /** The adjustments of a draft's tailoring besides its exclusions, by their field names (points, targets, …), or null. */
    private static String keptAdjustments(Store.Draft d) {
        if (d.tailoring() == null) return null;
        try {
            List<String> kept = new ArrayList<>();
            for (var it = Json.readTree(d.tailoring().getBytes(StandardCharsets.UTF_8)).fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!List.of("name", "rubric", "description", "$schema", "exclude").contains(f)) kept.add(f);
            }
            return kept.isEmpty() ? null : String.join(", ", kept);
        } catch (IOException e) {
            return null;
        }
    }

    private static void collect(Indicator node, Indicator top, ItemSource src, List<Section> out) {
        List<Item> items = new ArrayList<>();
        for (Indicator c : node.children()) {
            if (c.isLeaf()) items.add(item(c, src));
        }
        if (!items.isEmpty()) out.add(new Section(node == top ? null : node.code(), node == top ? null : node.title().in(src.lang()), items));
        for (Indicator c : node.children()) {
            if (!c.isLeaf()) collect(c, top, src, out);
        }
    }

    private static Item item(Indicator leaf, ItemSource src) {
        Rubric rb = src.rb();
        Map<String, String> values = src.values();
        String lang = src.lang();
        Map<String, String> t = src.t();
        boolean invalid = src.bad().contains(leaf.code());
        String c = leaf.code();
        boolean metric = leaf.kind() == IndicatorKind.METRIC;
        String choice = WebForm.get(values, "v:" + c);
        List<Option> choices = new ArrayList<>();
        for (String ch : WebForm.CHOICES) {
            if (ch.equals("value") && !metric) continue;
            choices.add(new Option(ch, t.get("c_" + ch), ch.equals(choice)));
        }
        String band = WebForm.get(values, "band:" + c);
        List<Option> bands = new ArrayList<>();
        for (Band b : rb.bands()) {
            bands.add(new Option(String.valueOf(b.number()), b.number() + ("en".equals(lang) ? " (" + b.range() + ")" : "（" + b.range() + "）"),
                    band.equals(String.valueOf(b.number()))));
        }
        String metricNote = null;
        if (metric) {
            var ms = leaf.metric();
            metricNote = t.get("target") + " " + ms.direction().symbol() + " " + Display.text(ms.target().toBigDecimal(4, RoundingMode.HALF_UP).stripTrailingZeros())
                    + (ms.unit() == null ? "" : (ms.unit().equals("%") ? "" : " ") + io.aftercert.core.internal.text.Units.in(ms.unit(), lang));
        }
        List<String> guidance = leaf.guidance().stream().map(g -> g.clause() + " " + g.text()).toList();
        String requirement = leaf.requirement() == null || leaf.requirement().equals(leaf.title().in(lang)) ? null : leaf.requirement();
        return new Item(c, c.replaceAll("[^A-Za-z0-9_-]", "_"), leaf.title().in(lang), requirement, guidance, Display.pointsText(leaf.points()),
                metric, metricNote, choices, bands, WebForm.get(values, "bandCredit:" + c), WebForm.get(values, "credit:" + c),
                WebForm.get(values, "conforming:" + c), WebForm.get(values, "sampled:" + c), WebForm.get(values, "value:" + c),
                WebForm.get(values, "na:" + c), values.getOrDefault("notes:" + c, ""), values.getOrDefault("attachments:" + c, ""), invalid,
                "on".equals(WebForm.get(values, "x:" + c)), values.getOrDefault("xWhy:" + c, ""));
    }

    // ---------------------------------------------------------------- stored assessments, downloads, history

    private void assessment(Req r) throws Exception {
        Store.Organization o = org(r);
        Store.Assessment a = stored(r, "assessmentId", id -> store.assessment(o.id(), id));
        AssessmentResult res = Scoring.result(a);
        Rubric rb = Scoring.rubric(a);
        String base = "/organizations/" + o.id() + "/assessments/" + a.id();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rubricTitle", rb.title().in(r.lang()));
        m.put("rubricId", rb.id());
        m.put("date", date(a, res));
        m.put("evidenceName", a.evidenceName());
        m.put("tailoring", a.tailoringName());
        m.put("live", WebLive.of(rb, res, r.lang()));
        m.put("reportZh", base + "/report?lang=zh");
        m.put("reportEn", base + "/report?lang=en");
        m.put("workbook", base + "/workbook");
        m.put("result", base + "/result");
        m.put("history", "/organizations/" + o.id() + "/history/" + rb.id());
        m.put("orgBase", "/organizations/" + o.id());
        Store.Assessment prev = store.previous(a).orElse(null);
        m.put("trend", prev == null ? null : Headline.trend(Scoring.result(prev), res).in(r.lang()));
        page(r, 200, "web-assessment.mustache", frame(r, rb.title().in(r.lang()) + " · " + date(a, res), crumbs(r, o)), m);
    }

    private void report(Req r) throws Exception {
        Store.Organization o = org(r);
        String lang = r.ctx().queryParam("lang");
        if (!"zh".equals(lang) && !"en".equals(lang)) lang = r.lang();
        // the report's own policy: no scripts, nothing fetched (it is a document, not a page of this application)
        r.ctx().header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
        r.ctx().contentType(Http.HTML).result(api.reportHtml(stored(r, "assessmentId", id -> store.assessment(o.id(), id)), lang));
    }

    private void workbook(Req r) throws Exception {
        Store.Organization o = org(r);
        Store.Assessment a = stored(r, "assessmentId", id -> store.assessment(o.id(), id));
        r.ctx().contentType(Http.XLSX).header("Content-Disposition", "attachment; filename=\"assessment-" + a.id() + ".xlsx\"")
                .result(ScoredWorkbook.write(Scoring.rubric(a), Scoring.result(a)));
    }

    private void result(Req r) throws Exception {
        Store.Organization o = org(r);
        Store.Assessment a = stored(r, "assessmentId", id -> store.assessment(o.id(), id));
        r.ctx().contentType(Http.JSON).header("Content-Disposition", "attachment; filename=\"result-" + a.id() + ".json\"")
                .result(a.result().getBytes(StandardCharsets.UTF_8));
    }

    record Point(double x, double y, String label, String score, String date) {
    }

    record Tick(double y, String label) {
    }

    record Threshold(double y, String label) {
    }

    record HistoryRow(String href, String date, String score, String grade, String change) {
    }

    static final int CHART_W = 720;
    static final int CHART_H = 300;
    static final int LEFT = 44;
    /** Room right of the plot for the grade lines' labels. */
    static final int RIGHT = 96;
    static final int TOP = 12;
    static final int BOTTOM = 36;

    private void history(Req r) throws Exception {
        Store.Organization o = org(r);
        Rubric rb = rubric(r, r.ctx().pathParam("rubricId"));
        List<Store.Assessment> h = store.assessments(o.id(), rb.id());
        List<Point> points = new ArrayList<>();
        List<HistoryRow> rows = new ArrayList<>();
        AssessmentResult prev = null;
        int n = h.size();
        double plotW = CHART_W - LEFT - RIGHT;
        double plotH = CHART_H - TOP - BOTTOM;
        for (int i = 0; i < n; i++) {
            Store.Assessment a = h.get(i);
            AssessmentResult res = Scoring.result(a);
            BigDecimal shown = Display.score(res.finalScore());
            double x = LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double y = TOP + plotH * (100 - shown.doubleValue()) / 100;
            points.add(new Point(round(x), round(y), date(a, res), score(res), date(a, res)));
            rows.add(new HistoryRow("/organizations/" + o.id() + "/assessments/" + a.id(), date(a, res), score(res),
                    res.grade() == null ? "" : res.grade().label().in(r.lang()), prev == null ? "" : Display.scoreChangeText(prev.finalScore(), res.finalScore())));
            prev = res;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) ticks.add(new Tick(round(TOP + plotH * (100 - v) / 100), String.valueOf(v)));
        List<Threshold> thresholds = new ArrayList<>();
        if (rb.gradeScale() != null) {
            for (Grade g : rb.gradeScale().grades()) {
                double v = g.minScore().toBigDecimal(4, RoundingMode.HALF_UP).doubleValue();
                thresholds.add(new Threshold(round(TOP + plotH * (100 - v) / 100), g.label().in(r.lang()) + " " + Display.scoreText(g.minScore())));
            }
        }
        StringBuilder line = new StringBuilder();
        for (Point p : points) line.append(line.length() == 0 ? "" : " ").append(p.x()).append(',').append(p.y());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rubricTitle", rb.title().in(r.lang()));
        m.put("hasPoints", !points.isEmpty());
        m.put("points", points);
        m.put("line", line.toString());
        m.put("ticks", ticks);
        m.put("thresholds", thresholds);
        m.put("w", CHART_W);
        m.put("h", CHART_H);
        m.put("left", LEFT);
        m.put("right", CHART_W - RIGHT);
        m.put("labelX", CHART_W - RIGHT + 6);
        m.put("bottom", CHART_H - BOTTOM);
        m.put("labelY", CHART_H - BOTTOM + 18);
        m.put("rows", rows);
        m.put("trend", n < 2 ? null : Headline.trend(Scoring.result(h.get(n - 2)), Scoring.result(h.get(n - 1))).in(r.lang()));
        page(r, 200, "web-history.mustache", frame(r, r.t().get("history") + " · " + rb.title().in(r.lang()), crumbs(r, o)), m);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    // ---------------------------------------------------------------- service records and surveys

    private void upload(Req r, String kind) throws Exception {
        Store.Organization o = org(r);
        UploadedFile f = r.ctx().uploadedFile("file");
        if (f == null || f.filename() == null || f.filename().isBlank()) throw new WebError(400, r.t().get("badUpload"));
        String name = Names.check(Path.of(f.filename()).getFileName().toString());
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String ext = lower.endsWith(".csv") ? ".csv" : kind.equals(Uploads.SURVEYS) && lower.endsWith(".xlsx") ? ".xlsx" : null;
        if (ext == null) throw new WebError(415, r.t().get("badUpload") + ": " + name);
        Store.Upload u;
        try (InputStream in = f.content()) {
            u = uploads.save(o.id(), kind, ext, name, in);
        }
        r.ctx().redirect("/organizations/" + o.id() + "/" + kind + "/" + u.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void uploadPage(Req r, String kind) throws Exception {
        Store.Organization o = org(r);
        Store.Upload u = stored(r, "uploadId", id -> store.upload(o.id(), kind, id));
        r.ctx().header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
        if (kind.equals(Uploads.RECORDS)) r.ctx().contentType(Http.HTML).result(uploads.dashboardHtml(u, r.lang()));
        else r.ctx().contentType(Http.HTML).result(uploads.surveyHtml(u, r.lang()));
    }
}
