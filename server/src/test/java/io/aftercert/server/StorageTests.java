package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.workbook.WorkbookTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A vendor's whole flow over HTTP, against SQLite and PostgreSQL: an organisation, evidence as JSON
 * and as a workbook, the list, history, diff, plan, report, workbook, crosswalk, record and survey
 * uploads, and every row still there after a restart. Expected figures are worked out below.
 */
class StorageTests {
    static final String ORG = "/api/v1/organizations/";
    static final String NEW = "examples/gbt27922/appliance-manufacturer.json";
    static final String OLD = "examples/gbt27922/history/appliance-manufacturer-2026-05.json";

    @ParameterizedTest
    @MethodSource("io.aftercert.server.Databases#both")
    void aVendorsFlowOverHttp(String db, @TempDir Path dir) throws Exception {
        String url = Databases.url(db);
        String org;
        String newer;
        try (TestServer s = new TestServer(dir, url)) {
            org = s.organization("华澜家电");
            TestServer.Res older = s.post(ORG + org + "/assessments?name=2026-05.json", "application/json", TestServer.example(OLD));
            assertEquals(201, older.status(), older.text());
            TestServer.Res r = s.post(ORG + org + "/assessments?name=2026-11.json", "application/json", TestServer.example(NEW));
            assertEquals(201, r.status(), r.text());
            newer = r.json().get("id").asText();
            // 78.112244898 = 7655/98, the example's final score (ResultJson's 10-digit figure)
            assertEquals("7655/98", r.json().get("finalScoreExact").asText());
            assertTrue(r.json().get("finalScore").isNumber());
            assertEquals(ORG + org + "/assessments/" + newer, r.raw().headers().firstValue("Location").orElseThrow());

            // the same evidence as the SDK's workbook scores the same
            var v = EvidenceJson.readValidated(TestServer.example(NEW), NEW, RubricRegistry.getDefault()::find);
            byte[] xlsx = WorkbookTemplate.write(v.rubric(), v.assessment());
            TestServer.Res wb = s.post(ORG + org + "/assessments?name=filled.xlsx", Http.XLSX, xlsx);
            assertEquals(201, wb.status(), wb.text());
            assertEquals("7655/98", wb.json().get("finalScoreExact").asText());
            assertEquals("xlsx", wb.json().get("evidenceType").asText());
            // the stored workbook is read again for the crosswalk (which maps evidence, not results): the same as from JSON
            String wbId = wb.json().get("id").asText();
            JsonNode fromXlsx = s.get(ORG + org + "/assessments/" + wbId + "/crosswalk?to=hxjt&lang=en").json();
            JsonNode fromJson = s.get(ORG + org + "/assessments/" + newer + "/crosswalk?to=hxjt&lang=en").json();
            assertEquals(fromJson.get("targets"), fromXlsx.get("targets"));
            assertEquals(1, fromXlsx.get("targets").size());

            pages(s, org);
            history(s, org);
            derived(s, org, older.json().get("id").asText(), newer);
            uploads(s, org);
            drafts(new Store(s.server.db()), org);
        }
        try (TestServer s = new TestServer(dir, url)) { // restarted on the same database: everything is there
            s.token = null;
            TestServer.Res list = s.get(ORG + org + "/assessments?limit=100", TestServer.ADMIN);
            assertEquals(403, list.status(), "the admin token manages organisations, it does not read their data");
            TestServer.Res t = s.post(ORG + org + "/tokens", "application/json", new byte[0], TestServer.ADMIN);
            assertEquals(201, t.status(), t.text());
            s.token = t.json().get("token").asText();
            assertEquals(3, s.get(ORG + org + "/assessments?limit=100").json().get("items").size());
            TestServer.Res result = s.get(ORG + org + "/assessments/" + newer + "/result");
            assertEquals("7655/98", result.json().get("finalScoreExact").asText());
            // the draft the web pages were filling in is still there, as last saved
            Store store = new Store(s.server.db());
            assertEquals(1, store.drafts(org).size());
            assertEquals("{\"saved\": 2}", store.draft(org, store.drafts(org).get(0).id()).orElseThrow().evidence());
        }
    }

    /** The web pages' drafts: saved on every change, listed without their evidence, removed when stored. */
    private static void drafts(Store store, String org) throws Exception {
        String now = Store.now();
        Store.Draft kept = new Store.Draft(Store.newId(), org, "gbt27922", now, now, "空白", "{\"saved\": 1}", null);
        Store.Draft stored = new Store.Draft(Store.newId(), org, "hxjt", now, now, "x.xlsx", "{}", null);
        store.insert(kept);
        store.insert(stored);
        assertTrue(store.saveDraft(org, kept.id(), "{\"saved\": 2}"));
        assertFalse(store.saveDraft("another-organisation", kept.id(), "{}"), "a draft is saved only in its organisation");
        assertEquals("{\"saved\": 2}", store.draft(org, kept.id()).orElseThrow().evidence());
        assertTrue(store.draft("another-organisation", kept.id()).isEmpty());
        List<Store.Draft> list = store.drafts(org);
        assertEquals(2, list.size());
        assertEquals(kept.id(), list.get(0).id(), "the last saved first");
        assertNull(list.get(0).evidence(), "a listing leaves the evidence out");
        store.deleteDraft(org, stored.id());
        assertFalse(store.saveDraft(org, stored.id(), "{}"), "a stored draft is gone");
        assertEquals(1, store.drafts(org).size());
    }

    private static void pages(TestServer s, String org) throws Exception {
        JsonNode p1 = s.get(ORG + org + "/assessments?limit=2").json();
        assertEquals(2, p1.get("items").size());
        assertEquals(2, p1.get("nextOffset").asInt());
        assertEquals("2026-05.json", p1.get("items").get(0).get("evidenceName").asText(), "oldest first");
        JsonNode p2 = s.get(ORG + org + "/assessments?limit=2&offset=2").json();
        assertEquals(1, p2.get("items").size());
        assertTrue(p2.get("nextOffset").isNull());
        assertEquals(400, s.get(ORG + org + "/assessments?limit=0").status());
        assertEquals(400, s.get(ORG + org + "/assessments?limit=101").status());
    }

    private static void history(TestServer s, String org) throws Exception {
        JsonNode h = s.get(ORG + org + "/history/gbt27922").json();
        assertEquals(3, h.get("items").size());
        // 6982/97 = 71.979…, the May assessment; then the November one twice (JSON and workbook)
        assertEquals("6982/97", h.get("items").get(0).get("finalScoreExact").asText());
        assertEquals("7655/98", h.get("items").get(1).get("finalScoreExact").asText());
        assertEquals(0, s.get(ORG + org + "/history/hxjt").json().get("items").size());
        assertEquals(404, s.get(ORG + org + "/history/nope").status());
    }

    private static void derived(TestServer s, String org, String older, String newer) throws Exception {
        String a = ORG + org + "/assessments/";
        // change = 7655/98 − 6982/97 = (7655·97 − 6982·98) / 9506 = (742535 − 684236) / 9506 = 58299/9506
        JsonNode diff = s.get(a + older + "/diff/" + newer).json();
        assertEquals("58299/9506", diff.get("changeExact").asText());
        // three-star needs 80: 80 − 7655/98 = (7840 − 7655)/98 = 185/98
        JsonNode plan = s.get(a + newer + "/plan").json();
        assertEquals("three-star", plan.get("plan").get("grade").get("id").asText());
        assertEquals("185/98", plan.get("plan").get("neededExact").asText());
        assertEquals(400, s.get(a + newer + "/plan?target=nope").status());
        TestServer.Res html = s.get(a + newer + "/report?lang=zh");
        assertTrue(html.type().startsWith("text/html"), html.type());
        assertTrue(html.text().contains("华澜家电") && html.text().contains("2026-05.json"), "the report names the previous assessment");
        TestServer.Res en = s.get(a + newer + "/report?lang=en");
        assertTrue(en.text().contains("lang=\"en\""), "English report");
        TestServer.Res xlsx = s.get(a + newer + "/workbook");
        assertEquals(Http.XLSX, xlsx.type());
        assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(xlsx.body(), 2), "an xlsx is a zip");
        JsonNode cw = s.get(a + newer + "/crosswalk").json();
        assertTrue(cw.get("targets").size() >= 1, cw.toString());
        assertEquals(404, s.get(a + "no-such-id/result").status());
    }

    private static void uploads(TestServer s, String org) throws Exception {
        TestServer.Res rec = s.postFile(ORG + org + "/records?name=service-records.csv", "text/csv",
                TestServer.REPO.resolve("examples/records/service-records.csv"));
        assertEquals(201, rec.status(), rec.text());
        // the example's 12 rows: hotline answered within target in 3 of 5 calls (as 'aftercert kpi' prints)
        JsonNode kpi = rec.json().get("report");
        assertEquals(12, kpi.get("rows").asInt());
        assertEquals(3, kpi.get("kpis").get("hotline_answer").get("numerator").asInt());
        assertEquals(5, kpi.get("kpis").get("hotline_answer").get("denominator").asInt());
        String id = rec.json().get("id").asText();
        assertEquals(kpi, s.get(ORG + org + "/records/" + id).json());
        TestServer.Res dash = s.get(ORG + org + "/records/" + id + "/dashboard?lang=zh");
        assertEquals(200, dash.status());
        assertTrue(dash.text().contains("<html"), "an HTML page");
        assertEquals(1, s.get(ORG + org + "/records").json().get("items").size());

        TestServer.Res sv = s.postFile(ORG + org + "/surveys?name=q3.csv", "text/csv", TestServer.REPO.resolve("examples/survey/responses-2026q3.csv"));
        assertEquals(201, sv.status(), sv.text());
        // 1,200 rows in the example, 1,171 valid after the quality rules (as 'aftercert survey score' prints)
        assertEquals(1171, sv.json().get("report").get("valid").asInt());
        String sid = sv.json().get("id").asText();
        assertTrue(s.get(ORG + org + "/surveys/" + sid + "/report?lang=en").text().contains("<html"));
        assertEquals(1, s.get(ORG + org + "/surveys").json().get("items").size());
        TestServer.Res bad = s.post(ORG + org + "/records?name=bad.csv", "text/csv", "not,a,records,file\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, bad.status(), bad.text());
        assertEquals(Problems.MEDIA_TYPE, bad.type());
        assertEquals("bad.csv", bad.json().get("problems").get(0).get("file").asText(), "problems name the upload, not the server's file");
    }
}
