package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages over plain HTTP (as a browser without scripts sends them): sign-in and the API's
 * access rules, CSRF, saving without scripts, escaping of hostile text, the strict policy, and the
 * form's round trip from evidence to fields and back for every example evidence file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTests {
    // the report tests' hostile-text corpus (report-html HtmlReportSafetyTests), run through these pages
    static final String SCRIPT = "<script>document.body.insertAdjacentHTML('beforeend','<p id=\"pwned-script\"></p>')</script>";
    static final String IMG = "<img src=x onerror=\"document.body.insertAdjacentHTML('beforeend','<p id=pwned-img></p>')\">";
    static final String STYLE = "</style><script>document.title='pwned-style'</script><style>";
    static final String JS_URL = "javascript:document.body.insertAdjacentHTML('beforeend','<p id=pwned-url></p>')";
    static final String ATTR = "\" onmouseover=\"document.title='pwned-attr'\" x=\"";

    @TempDir
    static Path dir;
    TestServer s;

    @BeforeAll
    void start() throws Exception {
        s = new TestServer(dir.resolve("data"), null);
    }

    @AfterAll
    void stop() {
        s.close();
    }

    /** A browser without scripts: its own cookies, the CSRF token of the last page it read. */
    final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf;

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
            if (m.find()) csrf = m.group(1);
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws Exception {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String token) throws Exception {
            get("/sign-in");
            return post("/sign-in", Map.of("_csrf", csrf, "token", token));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String token(String page) {
        Matcher m = Pattern.compile("data-testid=\"token\">(act_[A-Za-z0-9_-]+)<").matcher(page);
        if (!m.find()) throw new AssertionError("no token on the page");
        return m.group(1);
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse(null);
    }

    @Test
    void signInFollowsTheApisAccessRules() throws Exception {
        Client admin = new Client();
        HttpResponse<String> r = admin.get("/");
        assertEquals(303, r.statusCode(), "a server that asks for tokens sends a browser to sign in");
        assertEquals("/sign-in", location(r));
        assertEquals(401, admin.signIn("act_not-a-token").statusCode());
        r = admin.signIn(TestServer.ADMIN);
        assertEquals(303, r.statusCode());
        String set = r.headers().allValues("Set-Cookie").toString();
        assertTrue(set.contains("HttpOnly") && set.contains("SameSite=Strict"), set);
        assertEquals(200, admin.get("/").statusCode());
        String a = s.organization("甲公司");
        String tokenA = s.token;
        String b = s.organization("乙公司");

        assertEquals(403, admin.get("/organizations/" + a).statusCode(), "an admin token reads no organisation's data (as in the API)");
        Client user = new Client();
        assertEquals(303, user.signIn(tokenA).statusCode());
        r = user.get("/");
        assertEquals("/organizations/" + a, location(r), "an organisation's token goes to its own organisation");
        assertEquals(200, user.get("/organizations/" + a).statusCode());
        assertEquals(403, user.get("/organizations/" + b).statusCode(), "another organisation's pages are refused");
        user.get("/organizations/" + a);
        assertEquals(403, user.post("/organizations", Map.of("_csrf", user.csrf, "name", "x")).statusCode(), "only an admin creates organisations");
        // signing out ends the session
        assertEquals(303, user.post("/sign-out", Map.of("_csrf", user.csrf)).statusCode());
        assertEquals("/sign-in", location(user.get("/organizations/" + a)));
        // a scripted save after the session ended answers 401 (the page tells the user what to do) instead of a sign-in page
        HttpResponse<String> hx = user.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/organizations/" + a)).header("HX-Request", "true").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, hx.statusCode());
    }

    @Test
    void everyFormNeedsItsCsrfTokenAndThisSitesOrigin() throws Exception {
        Client c = new Client();
        c.signIn(TestServer.ADMIN);
        c.get("/");
        assertEquals(403, c.post("/organizations", Map.of("name", "没有令牌")).statusCode());
        assertEquals(403, c.post("/organizations", Map.of("_csrf", "forged", "name", "伪造令牌")).statusCode());
        assertEquals(403, c.post("/organizations", Map.of("_csrf", c.csrf, "name", "别的网站"), "Origin", "https://evil.example").statusCode());
        Client other = new Client();
        other.get("/sign-in");
        assertEquals(403, c.post("/organizations", Map.of("_csrf", other.csrf, "name", "别的会话的令牌")).statusCode(), "a token is bound to its session");
        HttpResponse<String> ok = c.post("/organizations", Map.of("_csrf", c.csrf, "name", "正常"), "Origin", s.base());
        assertEquals(201, ok.statusCode());
        assertTrue(token(ok.body()).startsWith("act_"), "the new organisation's token is shown once");
        // the sign-in form too: a session id known before signing in is worth nothing after
        assertEquals(403, new Client().post("/sign-in", Map.of("token", TestServer.ADMIN)).statusCode());
    }

    @Test
    void withoutScriptsTheFormSavesAndRefusesWithTheInputKept() throws Exception {
        Client c = new Client();
        String org = s.organization("无脚本公司");
        c.signIn(s.token);
        c.get("/organizations/" + org);
        HttpResponse<String> r = c.post("/organizations/" + org + "/drafts", Map.of("_csrf", c.csrf, "rubric", "gbt27922", "from", "blank"));
        String draft = location(r);
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(draft.matches("/organizations/" + org + "/drafts/[0-9a-f-]+"), draft);
        c.get(draft);
        Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", c.csrf, "organization", "无脚本公司", "v:5.1.1.1", "yes", "notes:5.1.1.1", "有组织架构图",
                "v:5.1.2.1", "sample", "conforming:5.1.2.1", "9", "sampled:5.1.2.1", "10", "findings", "0"));
        r = c.post(draft, form);
        assertEquals(303, r.statusCode());
        assertEquals(draft + "?saved=1", location(r));
        String page = c.get(draft + "?saved=1").body();
        assertTrue(page.contains(">有组织架构图</textarea>"), "the notes were saved");
        assertTrue(page.contains("value=\"9\""), "the sample was saved");
        form.put("_csrf", c.csrf);
        form.put("sampled:5.1.2.1", "8");
        form.put("notes:5.1.1.1", "改过的说明");
        r = c.post(draft, form);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("5.1.2.1：合格数不能多于抽查数。"), "the field is named");
        assertTrue(r.body().contains(">改过的说明</textarea>"), "the input is shown again as typed");
        assertTrue(c.get(draft).body().contains(">有组织架构图</textarea>"), "nothing of the refused form was saved");
    }

    @Test
    void theScoreBoxSaysWhatTheReportSays() throws Exception {
        Client c = new Client();
        String org = s.organization("得分框公司");
        c.signIn(s.token);
        c.get("/organizations/" + org);
        String draft = location(c.post("/organizations/" + org + "/drafts", Map.of("_csrf", c.csrf, "rubric", "gbt27922", "from", "blank")));
        String blank = c.get(draft).body();
        Rubric rubric = RubricRegistry.getDefault().require("gbt27922");
        AssessmentResult none = ScoringEngine.score(EvidenceJson.readValidated(SharedMapper.get().writeValueAsBytes(
                SharedMapper.get().createObjectNode().put("rubric", "gbt27922").put("rubricVersion", rubric.version())
                        .put("assessedOn", java.time.LocalDate.now().toString()).<ObjectNode>set("organization",
                                SharedMapper.get().createObjectNode().put("name", "得分框公司")).set("evidence", SharedMapper.get().createObjectNode())),
                "blank.json", RubricRegistry.getDefault()::find));
        ActionPlan blankPlan = ActionPlan.of(rubric, none, null, null);
        assertEquals(blankPlan.firstRound().size() - WebLive.SHOWN, Integer.parseInt(between(blank, "其余条款（见报告的改进计划）： ", "<")));
        assertEquals(WebLive.SHOWN, count(blank, "<li><span class=\"code\">"));

        byte[] bytes = Files.readAllBytes(TestServer.REPO.resolve("examples/gbt27922/appliance-manufacturer.json"));
        AssessmentResult r = ScoringEngine.score(EvidenceJson.readValidated(bytes, "e.json", RubricRegistry.getDefault()::find));
        Map<String, String> form = new LinkedHashMap<>(WebForm.values(Json.readTree(bytes), rubric));
        form.put("_csrf", c.csrf);
        assertEquals(303, c.post(draft, form).statusCode());
        String page = c.get(draft).body();
        ActionPlan plan = ActionPlan.of(rubric, r, null, null);
        assertEquals(io.aftercert.core.Display.scoreText(r.finalScore()), between(page, "data-testid=\"live-score\">", "<"));
        assertEquals(r.grade().label().zh(), between(page, "data-testid=\"live-grade\">", "<"));
        assertEquals(Headline.recommendation(rubric, r, plan).zh(), between(page, "data-testid=\"live-recommendation\">", "<"));
        assertEquals(plan.optionalPlan().orElseThrow().grade().label().zh(), between(page, "<strong>下一等级：", "</strong>"));
        assertEquals(io.aftercert.core.Display.neededText(plan.optionalPlan().orElseThrow().needed()), between(page, "还差 <span class=\"nowrap-num\">", "<"));
        assertEquals(plan.firstRoundCodes().size(), count(page, "<li><span class=\"code\">"));
        assertTrue(page.contains("<li><span class=\"code\">" + plan.firstRoundCodes().get(0) + "</span>"));
        assertFalse(page.contains("其余条款"), "no count of further items when the box names them all");
        assertEquals("已评价 " + r.indicators().size() + " / " + r.indicators().size(), between(page, "<p>已评价", "</p>").isEmpty() ? "" : "已评价" + between(page, "<p>已评价", "</p>"));
    }

    @Test
    void aCrosswalkPrefillOpensAtTheScoreTheApiGives() throws Exception {
        String org = s.organization("跨标准公司");
        TestServer.Res stored = s.post("/api/v1/organizations/" + org + "/assessments?name=appliance-manufacturer.json", "application/json",
                TestServer.example("examples/gbt27922/appliance-manufacturer.json"));
        assertEquals(201, stored.status(), stored.text());
        String source = stored.json().get("id").asText();
        Client c = new Client();
        c.signIn(s.token);
        String orgPage = c.get("/organizations/" + org).body();
        assertFalse(orgPage.contains("id=\"prefill-gbt27922\""), "a standard is not prefilled from itself");
        int carriedSomewhere = 0;
        for (String target : List.of("hxjt", "gxdsl244", "gxdsl259")) {
            assertTrue(orgPage.contains("<select id=\"prefill-" + target + "\" name=\"from\"><option value=\"" + source + "\" selected>"), target);
            com.fasterxml.jackson.databind.JsonNode api = s.get("/api/v1/organizations/" + org + "/assessments/" + source + "/crosswalk?to=" + target).json();
            com.fasterxml.jackson.databind.JsonNode range = api.get("targets").get(0).get("range");
            io.aftercert.core.Ratio lowest = io.aftercert.core.internal.json.JsonNumbers.read(range, "lowest");
            io.aftercert.core.Ratio estimate = io.aftercert.core.internal.json.JsonNumbers.read(range, "estimate");
            String unit = RubricRegistry.getDefault().require(target).resultKind() == io.aftercert.core.model.ResultKind.CONFORMANCE ? "%" : "";
            HttpResponse<String> preview = c.get("/organizations/" + org + "/prefill/" + target + "?from=" + source);
            assertEquals(200, preview.statusCode(), preview.body());
            assertEquals(io.aftercert.core.Display.scoreText(lowest) + unit, between(preview.body(), "data-testid=\"live-score\">", "<"), target);
            assertEquals(io.aftercert.core.Display.scoreText(estimate) + unit, between(preview.body(), "data-testid=\"prefill-estimate\">", "<"), target);
            int carried = api.get("targets").get(0).get("carried").size();
            carriedSomewhere += carried;
            assertEquals(carried, preview.body().contains("data-testid=\"prefill-carried\"")
                    ? count(between(preview.body(), "data-testid=\"prefill-carried\"", "</table>"), "<tr><td") : 0, target + ": every carried item is listed");
            assertEquals(api.get("targets").get(0).get("toAssess").size(), count(between(preview.body(), "data-testid=\"prefill-to-assess\"", "</table>"), "<tr><td"),
                    target + ": every item left is listed");
            HttpResponse<String> r = c.post("/organizations/" + org + "/drafts", Map.of("_csrf", c.csrf, "rubric", target, "from", "crosswalk", "assessment", source));
            assertEquals(303, r.statusCode(), r.body());
            String draft = c.get(location(r)).body();
            assertEquals(io.aftercert.core.Display.scoreText(lowest) + unit, between(draft, "data-testid=\"live-score\">", "<"),
                    target + ": the draft opens at the crosswalk's score of the prefilled evidence");
            assertTrue(draft.contains("GB/T 27922 · appliance-manufacturer.json"), target + ": the draft names its source");
        }
        assertTrue(carriedSomewhere > 0, "some verdicts carry over (else the prefill would prove nothing)");
        c.get("/organizations/" + org);
        assertEquals(400, c.post("/organizations/" + org + "/drafts", Map.of("_csrf", c.csrf, "rubric", "gbt27922", "from", "crosswalk", "assessment", source))
                .statusCode(), "no crosswalk from a standard to itself");
        assertEquals(400, c.post("/organizations/" + org + "/drafts", Map.of("_csrf", c.csrf, "rubric", "hxjt", "from", "crosswalk")).statusCode());
        assertEquals(404, c.get("/organizations/" + org + "/prefill/hxjt?from=00000000-0000-0000-0000-000000000000").statusCode());
        String otherOrg = s.organization("别家公司");
        Client other = new Client();
        other.signIn(s.token);
        assertEquals(404, other.get("/organizations/" + otherOrg + "/prefill/hxjt?from=" + source).statusCode(), "another organisation's assessment is not found");
        assertEquals(403, other.get("/organizations/" + org + "/prefill/hxjt?from=" + source).statusCode());
    }

    @Test
    void anExclusionInTheFormIsATailoringScoredAsTheApiScoresIt() throws Exception {
        String org = s.organization("剪裁公司");
        Client c = new Client();
        c.signIn(s.token);
        c.get("/organizations/" + org);
        String draft = location(c.post("/organizations/" + org + "/drafts", Map.of("_csrf", c.csrf, "rubric", "gbt27922", "from", "blank")));
        c.get(draft);
        byte[] bytes = TestServer.example("examples/gbt27922/appliance-manufacturer.json");
        Rubric rubric = RubricRegistry.getDefault().require("gbt27922");
        Map<String, String> form = new LinkedHashMap<>(WebForm.values(Json.readTree(bytes), rubric));
        form.put("_csrf", c.csrf);
        // an excluded item without a reason is refused in the user's language, and the form comes back as typed
        form.put("x:5.1.5.2", "on");
        form.put("notes:5.1.1.1", "刚写的说明");
        HttpResponse<String> refused = c.post(draft, form);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("5.1.5.2：删减须写明理由。"), "the item is named, in Chinese");
        assertTrue(refused.body().contains("id=\"x-5_1_5_2\" name=\"x:5.1.5.2\" value=\"on\" checked"), "the tick is kept");
        assertTrue(refused.body().contains(">刚写的说明</textarea>"), "the typed text is kept");
        HttpResponse<String> en = c.http.send(HttpRequest.newBuilder(URI.create(s.base() + draft)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, en.statusCode());
        assertTrue(en.body().contains("5.1.5.2: an exclusion needs a justification."), "the item is named, in English");

        String why = "服务目标由集团统一制定，不在本次认证范围内";
        form.put("xWhy:5.1.5.2", why);
        form.put("tailoringName", "集团统一目标");
        assertEquals(303, c.post(draft, form).statusCode());
        // what the API gives for the same evidence with the same exclusion as a tailoring file
        ObjectNode envelope = SharedMapper.get().createObjectNode();
        envelope.set("evidence", Json.readTree(bytes));
        envelope.putObject("tailoring").put("name", "集团统一目标").put("rubric", "gbt27922").putObject("exclude").put("5.1.5.2", why);
        TestServer.Res api = s.post("/api/v1/score", "application/json", SharedMapper.get().writeValueAsBytes(envelope));
        assertEquals(200, api.status(), api.text());
        io.aftercert.core.Ratio tailored = io.aftercert.core.internal.json.JsonNumbers.read(api.json(), "finalScore");
        AssessmentResult untailored = ScoringEngine.score(EvidenceJson.readValidated(bytes, "e.json", RubricRegistry.getDefault()::find));
        assertFalse(tailored.equals(untailored.finalScore()), "the exclusion changes the score (else this test proves nothing)");
        String page = c.get(draft).body();
        assertEquals(io.aftercert.core.Display.scoreText(tailored), between(page, "data-testid=\"live-score\">", "<"), "the live box scores the tailored rubric");
        assertTrue(page.contains(">" + why + "</textarea>") && page.contains("value=\"集团统一目标\""), "the exclusion reads back");

        form.put("_csrf", c.csrf);
        String assessment = location(c.post(draft + "/store", form));
        assertTrue(assessment.contains("/assessments/"), assessment);
        String id = assessment.substring(assessment.lastIndexOf('/') + 1);
        com.fasterxml.jackson.databind.JsonNode record = s.get("/api/v1/organizations/" + org + "/assessments/" + id).json();
        assertEquals("集团统一目标", record.path("tailoring").path("name").asText(), "the stored assessment records its tailoring");
        com.fasterxml.jackson.databind.JsonNode result = s.get("/api/v1/organizations/" + org + "/assessments/" + id + "/result").json();
        assertEquals(tailored, io.aftercert.core.internal.json.JsonNumbers.read(result, "finalScore"), "stored at the API's figure, exactly");
        // the next assessment from this one carries the tailoring on
        c.get("/organizations/" + org);
        String next = c.get(location(c.post("/organizations/" + org + "/drafts", Map.of("_csrf", c.csrf, "rubric", "gbt27922", "from", "last")))).body();
        assertTrue(next.contains("name=\"x:5.1.5.2\" value=\"on\" checked") && next.contains(">" + why + "</textarea>"), "the exclusion is carried on");
    }

    /** Posts files as a browser's upload form does (multipart/form-data), with the page's CSRF token. */
    private HttpResponse<String> upload(Client c, String path, String lang, String... fieldNameBytes) throws Exception {
        String boundary = "----aftercert" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fieldNameBytes.length; i += 3) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldNameBytes[i] + "\"; filename=\"" + fieldNameBytes[i + 1]
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(TestServer.example(fieldNameBytes[i + 2]));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return c.http.send(HttpRequest.newBuilder(URI.create(s.base() + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-Token", c.csrf).header("Accept-Language", lang).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadedTailoringFileTailorsTheDraftOrIsRefusedInTheUsersLanguage() throws Exception {
        String org = s.organization("剪裁文件公司");
        Client c = new Client();
        c.signIn(s.token);
        c.get("/organizations/" + org);
        String path = "/organizations/" + org + "/drafts/upload";
        HttpResponse<String> r = upload(c, path, "zh", "evidence", "machine-tool-maker.json", "examples/hxjt/machine-tool-maker.json",
                "tailoring", "appendix-a.json", "examples/hxjt/tailoring/appendix-a.json");
        assertEquals(303, r.statusCode(), r.body());
        String draft = c.get(location(r)).body();
        ObjectNode envelope = SharedMapper.get().createObjectNode();
        envelope.set("evidence", Json.readTree(TestServer.example("examples/hxjt/machine-tool-maker.json")));
        envelope.set("tailoring", Json.readTree(TestServer.example("examples/hxjt/tailoring/appendix-a.json")));
        io.aftercert.core.Ratio tailored = io.aftercert.core.internal.json.JsonNumbers.read(s.post("/api/v1/score", "application/json",
                SharedMapper.get().writeValueAsBytes(envelope)).json(), "finalScore");
        io.aftercert.core.Ratio plain = io.aftercert.core.internal.json.JsonNumbers.read(s.post("/api/v1/score", "application/json",
                TestServer.example("examples/hxjt/machine-tool-maker.json")).json(), "finalScore");
        assertFalse(tailored.equals(plain), "the tailoring's points change the score (else this test proves nothing)");
        assertEquals(io.aftercert.core.Display.scoreText(tailored), between(draft, "data-testid=\"live-score\">", "<"), "the draft scores as the API with the file");
        assertTrue(draft.contains("<span class=\"mono\">points, gradeScale</span>"), "the form names what the file sets besides exclusions");
        // a tailoring for another standard: refused, the file named, in the user's language; no draft made
        int drafts = count(c.get("/organizations/" + org).body(), "/drafts/");
        HttpResponse<String> zh = upload(c, path, "zh", "evidence", "a.json", "examples/gbt27922/appliance-manufacturer.json",
                "tailoring", "appendix-a.json", "examples/hxjt/tailoring/appendix-a.json");
        assertEquals(400, zh.statusCode());
        assertTrue(zh.body().contains("appendix-a.json $.rubric：此剪裁适用于评分标准 hxjt，不是 gbt27922"), zh.body());
        HttpResponse<String> en = upload(c, path, "en", "evidence", "a.json", "examples/gbt27922/appliance-manufacturer.json",
                "tailoring", "appendix-a.json", "examples/hxjt/tailoring/appendix-a.json");
        assertEquals(400, en.statusCode());
        assertTrue(en.body().contains("appendix-a.json $.rubric: this tailoring is for rubric"), en.body());
        assertEquals(drafts, count(c.get("/organizations/" + org).body(), "/drafts/"), "nothing was made");
    }

    static String between(String s, String a, String b) {
        int i = s.indexOf(a);
        if (i < 0) throw new AssertionError("no " + a);
        int j = s.indexOf(b, i + a.length());
        return s.substring(i + a.length(), j);
    }

    static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void hostileTextIsEscapedOnEveryPage() throws Exception {
        Client admin = new Client();
        admin.signIn(TestServer.ADMIN);
        admin.get("/");
        HttpResponse<String> created = admin.post("/organizations", Map.of("_csrf", admin.csrf, "name", SCRIPT + "华澜" + ATTR));
        String adminHome = admin.get("/").body();
        Client c = new Client();
        c.signIn(token(created.body()));
        String orgPath = location(c.get("/"));
        c.get(orgPath);
        String draft = location(c.post(orgPath + "/drafts", Map.of("_csrf", c.csrf, "rubric", "gbt27922", "from", "blank")));
        c.get(draft);
        Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", c.csrf, "organization", SCRIPT + ATTR, "assessor", ATTR, "v:5.1.1.1", "no",
                "notes:5.1.1.1", IMG, "attachments:5.1.1.1", JS_URL + "\n<a href=\"" + JS_URL + "\">x</a>", "v:5.2.5.5", "na", "na:5.2.5.5", SCRIPT + STYLE,
                "findings", "2"));
        form.putAll(Map.of("fType:0", "deduction", "fCategory:0", "law", "fDescription:0", IMG + ATTR, "fType:1", "bonus", "fDescription:1", SCRIPT));
        assertEquals(303, c.post(draft, form).statusCode());
        String formPage = c.get(draft).body();
        String assessment = location(c.post(draft + "/store", Map.of("_csrf", c.csrf, "organization", SCRIPT + ATTR, "v:5.1.1.1", "no",
                "notes:5.1.1.1", IMG, "findings", "0")));
        assertTrue(assessment.contains("/assessments/"), assessment);
        for (String html : List.of(created.body(), adminHome, formPage, c.get(orgPath).body(), c.get(assessment).body(), c.get(orgPath + "/history/gbt27922").body())) {
            assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=\"/static/)", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no script element but ours");
            assertFalse(html.contains("<img"), "no img element");
            assertFalse(Pattern.compile("<a [^>]*href=\"javascript", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no javascript: link");
            // attribute values emptied first: an escaped payload inside a value="…" is text, not an attribute
            String tags = html.replaceAll("\"[^\"]*\"", "\"\"");
            assertFalse(Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE).matcher(tags).find(), "no event-handler attribute");
            assertEquals(1, html.split("</style>", -1).length - 1, "only our own </style>");
            assertTrue(html.contains("&lt;script&gt;"), "the payload is shown as text");
        }
    }

    @Test
    void pagesAreStrictAndHtmxIsTheRegistrysFile() throws Exception {
        Client c = new Client();
        HttpResponse<String> r = c.get("/sign-in");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && csp.contains("form-action 'self'")
                && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        Matcher m = Pattern.compile("<script src=\"/static/htmx.min.js\" integrity=\"(sha512-[^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), "htmx is loaded with its integrity");
        HttpResponse<byte[]> js = c.http.send(HttpRequest.newBuilder(URI.create(s.base() + "/static/htmx.min.js")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(m.group(1), "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(js.body())),
                "the served htmx is the file whose digest the page names (see web/README.md)");
        assertTrue(c.get("/static/../../aftercert.db").statusCode() >= 400);
        assertEquals(404, c.get("/static/Web.class").statusCode());
        // the language switch goes back only to a path on this server
        HttpResponse<String> lang = c.get("/language/en?back=//evil.example/x");
        assertEquals("/", location(lang));
        assertEquals("/sign-in", location(c.get("/language/en?back=/sign-in")));
        assertTrue(c.get("/sign-in").body().contains("<html lang=\"en\">"));
        assertEquals(404, c.get("/no/such/page").statusCode());
        assertTrue(c.get("/no/such/page").body().contains("This page does not exist."));
    }

    @Test
    void everyExampleReadsBackFromTheFormWithTheSameScore() throws Exception {
        List<String> files = List.of("gbt27922/appliance-manufacturer.json", "gbt27922/trading-company.json", "gbt27922/history/appliance-manufacturer-2026-05.json",
                "hxjt/machine-tool-maker.json", "gxdsl244/guangxi-ecommerce-retailer.json", "gxdsl259/guangxi-ecommerce-retailer-conformance.json");
        for (String f : files) {
            byte[] bytes = Files.readAllBytes(TestServer.REPO.resolve("examples").resolve(f));
            var v = EvidenceJson.readValidated(bytes, f, RubricRegistry.getDefault()::find);
            Rubric rubric = v.rubric();
            AssessmentResult before = ScoringEngine.score(v);
            ObjectNode root = (ObjectNode) Json.readTree(bytes);
            Map<String, String> values = WebForm.values(root, rubric);
            WebForm.Read read = WebForm.evidence(rubric, values, SharedMapper.get().createObjectNode());
            assertTrue(read.ok(), f + ": " + read.errors());
            byte[] again = SharedMapper.get().writeValueAsBytes(read.evidence());
            AssessmentResult after = ScoringEngine.score(EvidenceJson.readValidated(again, f, RubricRegistry.getDefault()::find));
            assertEquals(before.finalScore(), after.finalScore(), f);
            assertEquals(before.indicators(), after.indicators(), f);
            assertEquals(before.findings(), after.findings(), f);
            assertEquals(values, WebForm.values(read.evidence(), rubric), f + ": the fields read back as they were");
        }
    }

    @Test
    void everyCrosswalkPrefillOfTheExamplesSavesFromTheFormAtTheSameScore() throws Exception {
        RubricRegistry reg = RubricRegistry.getDefault();
        int pairs = 0;
        for (String f : List.of("gbt27922/appliance-manufacturer.json", "hxjt/machine-tool-maker.json", "gxdsl244/guangxi-ecommerce-retailer.json",
                "gxdsl259/guangxi-ecommerce-retailer-conformance.json")) {
            var source = EvidenceJson.read(Files.readAllBytes(TestServer.REPO.resolve("examples").resolve(f)), f, reg::find);
            for (String to : reg.ids()) {
                var table = io.aftercert.crosswalk.Crosswalks.shipped(source.rubricId(), to);
                if (table.isEmpty()) continue;
                pairs++;
                Rubric target = reg.require(to);
                var cw = io.aftercert.crosswalk.Crosswalk.cross(reg.require(source.rubricId()), source, target, table.get(), "zh");
                ObjectNode root = (ObjectNode) Json.readTree(io.aftercert.crosswalk.CrosswalkJson.prefill(cw));
                Map<String, String> values = WebForm.values(root, target);
                // the prefill leaves items to confirm blank: the form shows them not assessed, and saving it unchanged is accepted
                WebForm.Read read = WebForm.evidence(target, values, root);
                assertTrue(read.ok(), f + " → " + to + ": " + read.errors());
                AssessmentResult saved = ScoringEngine.score(EvidenceJson.readValidated(SharedMapper.get().writeValueAsBytes(read.evidence()), f, reg::find));
                assertEquals(cw.lowest().finalScore(), saved.finalScore(), f + " → " + to);
                assertEquals(values, WebForm.values(read.evidence(), target), f + " → " + to);
            }
        }
        assertEquals(12, pairs, "every shipped crosswalk, both ways");
    }

    @Test
    void theFormNamesEveryFieldToCorrect() {
        Rubric r = RubricRegistry.getDefault().require("gbt27922");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("organization", "");
        v.put("assessedOn", "2026-13-01");
        v.put("heldMonths", "十二");
        v.put("v:5.1.2.2", "credit");
        v.put("credit:5.1.2.2", "1.5");
        v.put("v:5.1.2.1", "sample");
        v.put("conforming:5.1.2.1", "11");
        v.put("sampled:5.1.2.1", "10");
        v.put("v:5.1.1.2", "band");
        v.put("v:5.2.5.5", "na");
        v.put("na:5.2.5.5", "  ");
        v.put("v:5.1.1.1", "value");
        v.put("v:5.1.3.1", "maybe");
        v.put("findings", "2");
        v.put("fType:0", "deduction");
        v.put("fDescription:0", "没有类别");
        v.put("fType:1", "bonus");
        WebForm.Read read = WebForm.evidence(r, v, SharedMapper.get().createObjectNode());
        assertNull(read.evidence());
        assertEquals(List.of("organization", "assessedOn", "heldMonths", "v:5.1.1.1", "band:5.1.1.2", "conforming:5.1.2.1", "credit:5.1.2.2", "v:5.1.3.1",
                "na:5.2.5.5", "fCategory:0", "fDescription:1"), read.errors().stream().map(WebForm.FieldError::field).toList());
        for (WebForm.FieldError e : read.errors()) {
            assertFalse(e.message().zh().matches(".*[A-Za-z]{3,}.*") && !e.message().zh().contains("20000"), "Chinese message: " + e.message().zh());
            assertTrue(e.message().en().endsWith("."), e.message().en());
        }
    }

    @Test
    void theWordsAreCompleteInEachLanguage() {
        Map<String, String> zh = WebText.of("zh");
        Map<String, String> en = WebText.of("en");
        assertEquals(zh.keySet(), en.keySet());
        for (String k : zh.keySet()) {
            // Chinese words: no English but names and file types; Chinese punctuation, no ASCII colon or parentheses
            String z = zh.get(k).replaceAll("AfterCert|act_|\\.xlsx|\\.json|\\.csv|JSON|HTML|English", "");
            assertFalse(z.matches(".*[A-Za-z].*"), k + ": " + zh.get(k));
            assertFalse(z.matches(".*[:()].*"), k + ": " + zh.get(k));
            // English words: no Chinese but the switch to Chinese
            if (!k.equals("language")) assertFalse(en.get(k).matches(".*\\p{IsHan}.*"), k + ": " + en.get(k));
        }
    }

    @Test
    void numbersAsPeopleTypeThem() {
        assertEquals(new BigDecimal("0.8"), WebForm.decimal("0.8"));
        assertEquals(new BigDecimal("0.8"), WebForm.decimal("０．８"));
        assertEquals(new BigDecimal("0.8"), WebForm.decimal(" 0,8 "));
        assertEquals(new BigDecimal("-2.5"), WebForm.decimal("−2.5"));
        assertEquals(new BigDecimal("0.5"), WebForm.decimal(".5"));
        assertNull(WebForm.decimal("1e3"));
        assertNull(WebForm.decimal("80%"));
        assertNull(WebForm.decimal(""));
        assertEquals(12, WebForm.whole("１２", 0, 1200));
        assertEquals(0, WebForm.whole("0", 0, 5));
        assertEquals(5, WebForm.whole("5", 0, 5));
        assertNull(WebForm.whole("6", 0, 5));
        assertNull(WebForm.whole("0", 1, 5));
        assertNull(WebForm.whole("-1", 0, 5));
        assertNull(WebForm.whole("1.0", 0, 5));
        assertNull(WebForm.whole("9999999999", 0, Integer.MAX_VALUE));
    }
}
