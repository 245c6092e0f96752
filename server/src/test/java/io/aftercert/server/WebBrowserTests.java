package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.Display;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.workbook.WorkbookEvidence;
import io.aftercert.workbook.WorkbookTemplate;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser (Debian's Chromium through Selenium WebDriver, one browser for
 * the class), on a server that asks for tokens: a service manager signs in, fills a whole GB/T 27922
 * assessment item by item, watches the live score reach what the scoring engine gives for the same
 * evidence, stores it, downloads the report, workbook and JSON, starts a second assessment from a
 * workbook upload and reads the history. Every page passes axe-core (no serious or critical
 * violation) and is photographed at 1280 px and 390 px under {@code target/web-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserTests {
    static final Path SHOTS = Path.of("target", "web-screenshots");
    static final Path EXAMPLE = TestServer.REPO.resolve("examples/gbt27922/appliance-manufacturer.json");

    @TempDir
    static Path dir;
    TestServer s;
    WebBrowser b;
    WebDriverWait wait;
    String orgPath;
    String firstAssessment;
    String orgToken;

    @BeforeAll
    void start() throws Exception {
        s = new TestServer(dir.resolve("data"), null);
        b = new WebBrowser(SHOTS);
        wait = new WebDriverWait(b.driver, Duration.ofSeconds(120));
        // the score box is replaced on every save: an element read just before a swap is simply read again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    void stop() {
        if (b != null) b.close();
        if (s != null) s.close();
    }

    private void open(String path) {
        b.driver.get(s.base() + path);
    }

    /**
     * Pages the server shows but other modules render (report, KPI dashboard, survey report): their axe
     * findings are written to target/web-screenshots/axe-other-modules.txt for those modules, not failed here.
     */
    static final java.util.Set<String> OTHER_MODULES = java.util.Set.of("report-zh", "records", "survey");

    /** axe on the page shown, screenshots at both widths, and no sideways scrolling at a phone's width. */
    private void check(String name) throws Exception {
        List<String> v = b.axeViolations();
        if (OTHER_MODULES.contains(name)) {
            Files.writeString(SHOTS.resolve("axe-other-modules.txt"), name + ": " + v + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            b.screenshots(name);
            return;
        }
        b.screenshots(name);
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        long over = b.overflow();
        b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertTrue(over <= 0, name + " scrolls sideways at 390 px by " + over + " px");
        assertTrue(v.isEmpty(), name + ": " + v);
    }

    private WebElement byId(String id) {
        return b.driver.findElement(By.id(id));
    }

    private String text(String testId) {
        return b.driver.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
    }

    @Test
    @Order(1)
    void signInWithATokenAndCreateAnOrganisation() throws Exception {
        open("/");
        wait.until(ExpectedConditions.urlContains("/sign-in"));
        check("sign-in");
        byId("token").sendKeys("act_wrong");
        byId("token").submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error[role=alert]")));
        byId("token").sendKeys(TestServer.ADMIN);
        byId("token").submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        byId("name").sendKeys("华澜家电（佛山）有限公司");
        byId("name").submit();
        String token = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=token]"))).getText();
        orgToken = token;
        check("token");
        open("/");
        check("organisations");
        // the admin hands the token to the organisation's assessor, who signs in with it
        b.driver.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        wait.until(ExpectedConditions.urlContains("/sign-in"));
        byId("token").sendKeys(token);
        byId("token").submit();
        wait.until(ExpectedConditions.urlMatches("/organizations/[0-9a-f-]+$"));
        orgPath = URI.create(b.driver.getCurrentUrl()).getPath();
        check("organisation-empty");
    }

    @Test
    @Order(2)
    void aWholeAssessmentFilledInTheFormScoresAsTheEngine() throws Exception {
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        AssessmentResult expected = ScoringEngine.score(EvidenceJson.readValidated(bytes, "appliance-manufacturer.json", RubricRegistry.getDefault()::find));
        JsonNode ev = Json.readTree(bytes);
        open(orgPath);
        b.driver.findElement(By.xpath("//section[@aria-labelledby='std-gbt27922']//button[@type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/drafts/"));
        String draftUrl = b.driver.getCurrentUrl();
        assertEquals("0.0", text("live-score"));
        check("form-blank");

        replace(byId("organization"), ev.path("organization").path("name").asText());
        new Select(byId("kind")).selectByValue(ev.path("organization").path("kind").asText());
        b.driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                byId("assessedOn"), ev.path("assessedOn").asText());
        replace(byId("assessor"), ev.path("assessor").asText());
        replace(byId("heldMonths"), ev.path("qualifyingGradeHeldMonths").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = ev.path("evidence").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            fill(e.getKey(), e.getValue());
        }
        int i = 0;
        for (JsonNode f : ev.path("findings")) {
            new Select(byId("fType-" + i)).selectByValue(f.path("type").asText());
            if (f.has("category")) new Select(byId("fCategory-" + i)).selectByValue(f.path("category").asText());
            if (f.has("indicator")) replace(byId("fIndicator-" + i), f.path("indicator").asText());
            replace(byId("fDescription-" + i), f.path("description").asText());
            i++;
        }
        String score = Display.scoreText(expected.finalScore());
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-score]"), score));
        wait.until(d -> byId("live").getAttribute("aria-busy") == null && !byId("save-status").getText().isEmpty());
        assertEquals(score, text("live-score"));
        assertEquals(expected.grade().label().zh(), text("live-grade"));
        check("form-filled");

        // a reload shows what was saved as the user went
        b.driver.get(draftUrl);
        assertEquals(score, text("live-score"));
        assertEquals("18", byId("conforming-5_1_2_1").getAttribute("value"));

        byId("store").click();
        wait.until(ExpectedConditions.urlMatches("/assessments/[0-9a-f-]+$"));
        firstAssessment = URI.create(b.driver.getCurrentUrl()).getPath();
        assertEquals(score, text("live-score"));
        check("assessment");

        // the stored result is the engine's to the last digit
        JsonNode stored = Json.readTree(download(firstAssessment + "/result").body());
        assertEquals(expected.finalScore().toString(), stored.get("finalScoreExact").asText());
        HttpResponse<byte[]> wb = download(firstAssessment + "/workbook");
        assertEquals(Http.XLSX, wb.headers().firstValue("Content-Type").orElse(""));
        assertEquals('P', (char) wb.body()[0]);
        assertEquals('K', (char) wb.body()[1]);

        b.driver.findElement(By.cssSelector("[data-testid=report-zh]")).click();
        wait.until(ExpectedConditions.titleContains("华澜"));
        assertTrue(b.driver.getPageSource().contains(score), "the report shows the score " + score);
        check("report-zh");
    }

    private void fill(String code, JsonNode e) {
        String id = code.replaceAll("[^A-Za-z0-9_-]", "_");
        Select verdict = new Select(byId("v-" + id));
        if (e.hasNonNull("notApplicable")) {
            verdict.selectByValue("na");
            replace(byId("na-" + id), e.get("notApplicable").asText());
        } else if (e.hasNonNull("band")) {
            verdict.selectByValue("band");
            new Select(byId("band-" + id)).selectByValue(e.get("band").asText());
            if (e.hasNonNull("credit")) replace(byId("bandCredit-" + id), e.get("credit").decimalValue().toPlainString());
        } else if (e.hasNonNull("conforms")) {
            verdict.selectByValue(e.get("conforms").asBoolean() ? "yes" : "no");
        } else if (e.hasNonNull("credit")) {
            verdict.selectByValue("credit");
            replace(byId("credit-" + id), e.get("credit").decimalValue().toPlainString());
        } else if (e.hasNonNull("sample")) {
            verdict.selectByValue("sample");
            replace(byId("sampled-" + id), e.get("sample").get("sampled").asText());
            replace(byId("conforming-" + id), e.get("sample").get("conforming").asText());
        } else if (e.hasNonNull("value")) {
            verdict.selectByValue("value");
            replace(byId("value-" + id), e.get("value").decimalValue().toPlainString());
        }
        if (e.hasNonNull("notes")) replace(byId("notes-" + id), e.get("notes").asText());
        List<String> att = new ArrayList<>();
        e.path("attachments").forEach(a -> att.add(a.asText()));
        if (!att.isEmpty()) replace(byId("attachments-" + id), String.join("\n", att));
    }

    /**
     * Types {@code value} into a field as a person would, then leaves it (Tab), which saves. The value
     * and the Tab go in one {@code sendKeys}: the same key events as two calls, one WebDriver round
     * trip fewer per field (72 typed fields for the whole example assessment).
     */
    private void replace(WebElement field, String value) {
        field.clear();
        field.sendKeys(value, Keys.TAB);
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        String cookie = b.driver.manage().getCookieNamed(WebSessions.COOKIE).getValue();
        HttpResponse<byte[]> r = s.http.send(HttpRequest.newBuilder(URI.create(s.base() + path)).header("Cookie", WebSessions.COOKIE + "=" + cookie).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r;
    }

    @Test
    @Order(3)
    void aFailedSaveKeepsTheInputAndSaysWhatToDo() throws Exception {
        open(orgPath);
        b.driver.findElement(By.xpath("//section[@aria-labelledby='std-gbt27922']//button[contains(@class,'secondary')]")).click();
        wait.until(ExpectedConditions.urlContains("/drafts/"));
        String text = "离线时写下的说明";
        b.driver.setNetworkConditions(offline(true));
        try {
            replace(byId("notes-5_1_1_1"), text);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "未保存"));
            assertTrue(byId("save-status").getText().contains("保存"), byId("save-status").getText());
            assertEquals(text, byId("notes-5_1_1_1").getAttribute("value"));
        } finally {
            b.driver.setNetworkConditions(offline(false));
        }
        byId("save").click();
        wait.until(ExpectedConditions.urlContains("saved=1"));
        assertEquals(text, byId("notes-5_1_1_1").getAttribute("value"));
        // a wrong number is refused with the field named, and the rest of the form stays as typed
        new Select(byId("v-5_1_2_2")).selectByValue("credit");
        replace(byId("credit-5_1_2_2"), "1.5");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "5.1.2.2"));
        assertEquals("1.5", byId("credit-5_1_2_2").getAttribute("value"));
        check("form-error");
        replace(byId("credit-5_1_2_2"), "0.8");
        wait.until(d -> byId("save-status").getText().startsWith("已保存"));
        // an item left out of the scoring (a tailoring): its reason box opens when ticked, and the score box follows
        String before = text("live-score");
        assertFalse(byId("xWhy-5_1_5_2").isDisplayed());
        byId("x-5_1_5_2").click();
        assertTrue(byId("xWhy-5_1_5_2").isDisplayed(), "the reason box opens with the tick");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "5.1.5.2"));
        replace(byId("xWhy-5_1_5_2"), "服务目标由集团统一制定，不在本次认证范围内");
        wait.until(d -> byId("save-status").getText().startsWith("已保存"));
        wait.until(d -> !text("live-score").equals(before));
        check("form-exclusion");
    }

    private static ChromiumNetworkConditions offline(boolean off) {
        ChromiumNetworkConditions c = new ChromiumNetworkConditions();
        c.setOffline(off);
        return c;
    }

    @Test
    @Order(4)
    void aWorkbookUploadStartsTheSecondAssessmentAndTheHistoryShowsBoth() throws Exception {
        var rubric = RubricRegistry.getDefault().require("gbt27922");
        // half a year later the team has mended 5.1.5.2 (the one item the plan named) and fills the workbook
        com.fasterxml.jackson.databind.node.ObjectNode later = (com.fasterxml.jackson.databind.node.ObjectNode) Json.readTree(Files.readAllBytes(EXAMPLE));
        later.put("assessedOn", "2027-05-20");
        ((com.fasterxml.jackson.databind.node.ObjectNode) later.get("evidence")).putObject("5.1.5.2").put("band", 5).put("notes", "服务目标按季度修订；神秘顾客每季度一次。");
        Path xlsx = dir.resolve("自评-2027-05.xlsx");
        Files.write(xlsx, WorkbookTemplate.write(rubric, EvidenceJson.read(SharedMapper.get().writeValueAsBytes(later), "later.json", RubricRegistry.getDefault()::find)));
        AssessmentResult fromWorkbook = ScoringEngine.score(WorkbookEvidence.readValidated(xlsx, RubricRegistry.getDefault()::find));
        AssessmentResult first = ScoringEngine.score(EvidenceJson.readValidated(Files.readAllBytes(EXAMPLE), "e.json", RubricRegistry.getDefault()::find));

        open(orgPath);
        byId("evidence-file").sendKeys(xlsx.toAbsolutePath().toString());
        byId("evidence-file").submit();
        wait.until(ExpectedConditions.urlContains("/drafts/"));
        assertEquals(Display.scoreText(fromWorkbook.finalScore()), text("live-score"));
        assertTrue(fromWorkbook.finalScore().compareTo(first.finalScore()) > 0, "the mended item raises the score");
        byId("store").click();
        wait.until(ExpectedConditions.urlMatches("/assessments/[0-9a-f-]+$"));
        assertEquals(Display.scoreText(fromWorkbook.finalScore()), text("live-score"));
        assertEquals(Headline.trend(first, fromWorkbook).zh(), text("trend"));

        open(orgPath + "/history/gbt27922");
        assertEquals(Headline.trend(first, fromWorkbook).zh(), text("trend"));
        List<WebElement> rows = b.driver.findElements(By.cssSelector("table.cards tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().contains(Display.scoreText(first.finalScore())));
        assertTrue(rows.get(1).getText().contains(Display.scoreText(fromWorkbook.finalScore())));
        assertEquals(2, b.driver.findElements(By.cssSelector("[data-testid=trend-chart] circle")).size());
        check("history");
        open(orgPath);
        check("organisation");
    }

    @Test
    @Order(5)
    void aCrosswalkPrefillStartsAnotherStandardAtTheApisFigure() throws Exception {
        open(orgPath);
        Select from = new Select(byId("prefill-gxdsl259"));
        String source = from.getFirstSelectedOption().getAttribute("value");
        byId("prefill-gxdsl259").submit();
        wait.until(ExpectedConditions.urlContains("/prefill/gxdsl259"));
        // what the API's crosswalk of the same stored assessment says, as a vendor would ask for it
        TestServer.Res api = s.get("/api/v1" + orgPath + "/assessments/" + source + "/crosswalk?to=gxdsl259", orgToken);
        assertEquals(200, api.status(), api.text());
        JsonNode range = api.json().get("targets").get(0).get("range");
        io.aftercert.core.Ratio lowest = io.aftercert.core.internal.json.JsonNumbers.read(range, "lowest");
        io.aftercert.core.Ratio estimate = io.aftercert.core.internal.json.JsonNumbers.read(range, "estimate");
        assertTrue(lowest.signum() > 0, "a verdict carries over: the prefill is not a blank form");
        // T/GXDSL 259 is a conformance checklist: its score is the percentage of applicable requirements met
        assertEquals(Display.scoreText(lowest) + "%", text("live-score"), "the preview shows what the draft will open with");
        assertEquals(Display.scoreText(estimate) + "%", text("prefill-estimate"), "and, apart, the estimate");
        check("prefill");
        byId("prefill-start").click();
        wait.until(ExpectedConditions.urlContains("/drafts/"));
        assertEquals(Display.scoreText(lowest) + "%", text("live-score"), "the prefilled draft's live score is the crosswalk's");
        assertTrue(b.driver.getPageSource().contains("GB/T 27922 · "), "the form names its source");
        check("form-prefill");
        byId("store").click();
        wait.until(ExpectedConditions.urlMatches("/assessments/[0-9a-f-]+$"));
        JsonNode stored = Json.readTree(download(URI.create(b.driver.getCurrentUrl()).getPath() + "/result").body());
        assertEquals(lowest, io.aftercert.core.internal.json.JsonNumbers.read(stored, "finalScore"), "stored as the form showed it, to the last digit");
        assertEquals("gxdsl259", stored.path("rubric").path("id").asText());
    }

    @Test
    @Order(6)
    void recordsAndSurveysShowTheirPages() throws Exception {
        open(orgPath);
        byId("records-file").sendKeys(TestServer.REPO.resolve("examples/records/service-records.csv").toString());
        byId("records-file").submit();
        wait.until(ExpectedConditions.urlContains("/records/"));
        assertTrue(b.driver.getPageSource().contains("service-records.csv"));
        check("records");
        open(orgPath);
        byId("survey-file").sendKeys(TestServer.REPO.resolve("examples/survey/responses-2026q3.csv").toString());
        byId("survey-file").submit();
        wait.until(ExpectedConditions.urlContains("/surveys/"));
        assertTrue(b.driver.getPageSource().contains("responses-2026q3.csv"));
        check("survey");
    }

    @Test
    @Order(7)
    void englishPagesAndTheKeyboard() throws Exception {
        open(orgPath);
        b.driver.findElement(By.cssSelector("a[href^='/language/en']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        check("organisation-en");
        open(firstAssessment);
        check("assessment-en");
        open(orgPath + "/history/gbt27922");
        check("history-en");
        open(orgPath);
        b.driver.findElement(By.xpath("//section[@aria-labelledby='std-hxjt']//button[@type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/drafts/"));
        String heading = b.driver.findElement(By.cssSelector("#live .tl")).getText();
        assertTrue(Character.isUpperCase(heading.charAt(0)), heading);
        check("form-en-hxjt");
        // the first Tab reaches the skip link, which is visible when focused
        b.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement active = b.driver.switchTo().activeElement();
        assertEquals("skip", active.getAttribute("class"));
        assertTrue(active.isDisplayed());
        open("/nowhere");
        check("not-found-en");
        b.driver.findElement(By.cssSelector("a[href^='/language/zh']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
    }

    @Test
    @Order(8)
    void hostileTextStaysText() throws Exception {
        open(orgPath);
        b.driver.findElement(By.xpath("//section[@aria-labelledby='std-gbt27922']//button[@type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/drafts/"));
        new Select(byId("v-5_1_1_1")).selectByValue("no");
        replace(byId("notes-5_1_1_1"), WebPagesTests.IMG);
        replace(byId("attachments-5_1_1_1"), WebPagesTests.JS_URL);
        new Select(byId("v-5_2_5_5")).selectByValue("na");
        replace(byId("na-5_2_5_5"), WebPagesTests.SCRIPT + WebPagesTests.STYLE);
        replace(byId("assessor"), WebPagesTests.ATTR);
        new Select(byId("fType-0")).selectByValue("bonus");
        replace(byId("fDescription-0"), WebPagesTests.SCRIPT);
        wait.until(d -> byId("save-status").getText().startsWith("已保存"));
        b.driver.navigate().refresh();
        assertEquals(WebPagesTests.IMG, byId("notes-5_1_1_1").getAttribute("value"));
        byId("store").click();
        wait.until(ExpectedConditions.urlMatches("/assessments/[0-9a-f-]+$"));
        for (String page : List.of(b.driver.getCurrentUrl(), s.base() + orgPath)) {
            b.driver.get(page);
            assertTrue(b.driver.findElements(By.cssSelector("#pwned-script, #pwned-img, #pwned-url")).isEmpty());
            assertFalse(b.driver.getTitle().startsWith("pwned"));
            assertTrue(b.driver.getPageSource().contains("华澜"));
        }
    }
}
