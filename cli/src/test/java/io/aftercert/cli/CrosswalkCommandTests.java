package io.aftercert.cli;

import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftercert crosswalk} as a user drives it. */
class CrosswalkCommandTests {
    private static final Path MANUFACTURER = Path.of("..", "examples", "gbt27922", "appliance-manufacturer.json");

    @Test
    void everyExampleCrossesToEveryOtherRubricAndThePrefillsScore(@TempDir Path dir) throws Exception {
        for (String ex : new String[] {"gbt27922/appliance-manufacturer.json", "gbt27922/trading-company.json",
                "hxjt/machine-tool-maker.json", "gxdsl244/guangxi-ecommerce-retailer.json", "gxdsl259/guangxi-ecommerce-retailer-conformance.json"}) {
            Path file = Path.of("..", "examples").resolve(ex);
            Run r = run("crosswalk", file.toString(), "--json", "-");
            assertEquals(0, r.code(), ex + ": " + r.err());
            JsonNode report = Json.readTree(r.out().getBytes(StandardCharsets.UTF_8));
            String source = report.get("source").get("rubric").asText();
            assertEquals(io.aftercert.core.registry.RubricRegistry.getDefault().ids().size() - 1, report.get("targets").size(),
                    ex + " must reach every other rubric");
            for (JsonNode t : report.get("targets")) {
                String to = t.get("rubric").asText();
                assertTrue(t.get("range").get("lowest").isNumber());
                assertTrue(t.get("range").get("lowest").decimalValue().compareTo(t.get("range").get("highest").decimalValue()) <= 0);
                Path prefill = dir.resolve(source + "-to-" + to + ".json");
                Run p = run("crosswalk", file.toString(), "--to", to, "--prefill", prefill.toString());
                assertEquals(0, p.code(), p.err());
                Run a = run("assess", prefill.toString(), "--json", "-");
                assertEquals(0, a.code(), ex + " → " + to + ": " + a.err());
                // the prefill scored by assess is exactly the lower end of the range
                JsonNode result = Json.readTree(a.out().getBytes(StandardCharsets.UTF_8));
                assertEquals(0, Json.readTree(Files.readAllBytes(prefill)).get("rubric").asText().compareTo(to));
                assertEquals(0, result.get("finalScore").decimalValue().compareTo(t.get("range").get("lowest").decimalValue()),
                        ex + " → " + to);
            }
        }
    }

    @Test
    void aPrefillEndingInXlsxIsTheWorkbookWithTheCarriedItemsFilled(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("mine.json");
        Files.writeString(mapping, """
                {"schemaVersion": 1, "name": "mine", "a": {"rubric": "hxjt"}, "b": {"rubric": "gbt27922"},
                 "mappings": [{"a": "5.2", "relation": "equal", "b": "5.2.2.2", "reason": "x"}]}""");
        Path xlsx = dir.resolve("p.xlsx");
        Run r = run("crosswalk", MANUFACTURER.toString(), "--to", "hxjt", "--mapping", mapping.toString(), "--prefill", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        // read back as evidence, the workbook holds the one carried item and scores as the range's lower end, 10/3
        var a = io.aftercert.workbook.WorkbookEvidence.read(xlsx, io.aftercert.core.registry.RubricRegistry.getDefault()::find);
        assertEquals(java.util.Set.of("5.2"), a.evidence().keySet());
        assertEquals(io.aftercert.core.Ratio.of(10, 3), io.aftercert.core.scoring.ScoringEngine.score(
                io.aftercert.core.registry.RubricRegistry.getDefault().require("hxjt"), a).finalScore());
    }

    @Test
    void aWorkbookPrefillQuotesTheSourceEvidenceOfItemsToConfirmAndScoresAsTheJson(@TempDir Path dir) throws Exception {
        // the shipped gbt27922 → hxjt table leaves items to confirm; the JSON prefill quotes the source evidence in
        // their notes, and the workbook must hold the same notes in 说明 and score exactly as the JSON does
        Path json = dir.resolve("p.json");
        Path xlsx = dir.resolve("p.xlsx");
        assertEquals(0, run("crosswalk", MANUFACTURER.toString(), "--to", "hxjt", "--prefill", json.toString()).code());
        Run r = run("crosswalk", MANUFACTURER.toString(), "--to", "hxjt", "--prefill", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode ev = Json.readTree(Files.readAllBytes(json)).get("evidence");
        java.util.List<String> quoted = new java.util.ArrayList<>();
        ev.fields().forEachRemaining(e -> {
            if (e.getValue().path("notes").asText("").startsWith("待确认")) quoted.add(e.getValue().get("notes").asText());
        });
        assertTrue(!quoted.isEmpty(), "the JSON prefill has items to confirm");
        String cells = sharedText(xlsx);
        for (String note : quoted) assertTrue(cells.contains(note), note);
        Run fromJson = run("assess", json.toString(), "--json", "-");
        Run fromXlsx = run("assess", xlsx.toString(), "--json", "-");
        assertEquals(0, fromXlsx.code(), fromXlsx.err());
        assertEquals(Json.readTree(fromJson.out().getBytes(StandardCharsets.UTF_8)).get("finalScoreExact"),
                Json.readTree(fromXlsx.out().getBytes(StandardCharsets.UTF_8)).get("finalScoreExact"));
    }

    /** Every text of a workbook's cells (shared strings and inline strings), XML entities and character references decoded. */
    private static String sharedText(Path xlsx) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        try (var z = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                if (!e.getName().startsWith("xl/sharedStrings") && !e.getName().startsWith("xl/worksheets/")) continue;
                String x = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                var m = java.util.regex.Pattern.compile("<t[^>]*>([^<]*)</t>").matcher(x);
                while (m.find()) {
                    String t = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(m.group(1))
                            .replaceAll(h -> new String(Character.toChars(Integer.parseInt(h.group(1), 16))));
                    b.append(t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                            .replace("&amp;", "&")).append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    void badRequestsExitTwoAndWriteNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p.json");
        Run unknown = run("crosswalk", MANUFACTURER.toString(), "--to", "gbt2792", "--prefill", out.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("未知的评分标准“gbt2792”"), unknown.err());
        Run two = run("crosswalk", MANUFACTURER.toString(), "--prefill", out.toString());
        assertEquals(2, two.code());
        assertTrue(two.err().contains("请用 --to 指定"), two.err());
        Run self = run("crosswalk", MANUFACTURER.toString(), "--to", "gbt27922");
        assertEquals(2, self.code());
        Path mapping = dir.resolve("mine.json");
        Files.writeString(mapping, """
                {"schemaVersion": 1, "name": "mine", "a": {"rubric": "gbt27922"}, "b": {"rubric": "hxjt"},
                 "mappings": [{"a": "5.1.1.1", "relation": "equal", "b": "4.9", "reason": "x"}]}""");
        Run bad = run("crosswalk", MANUFACTURER.toString(), "--to", "hxjt", "--mapping", mapping.toString(), "--prefill", out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("$.mappings[0]") && bad.err().contains("中没有条款“4.9”"), bad.err());
        assertFalse(Files.exists(out), "nothing is written on bad input");
    }

    @Test
    void aUsersOwnMappingReplacesTheShippedOne(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("mine.json");
        // stated from hxjt's side: 5.3 superset-of gbt27922 5.2.4.2 is read back as 5.2.4.2 subset-of 5.3;
        // so an equal row 5.2.2.2 = 5.2 carries the manufacturer's {"conforms": true} to hxjt 5.2.
        Files.writeString(mapping, """
                {"schemaVersion": 1, "name": {"zh": "我的对照表", "en": "mine"}, "a": {"rubric": "hxjt"}, "b": {"rubric": "gbt27922"},
                 "mappings": [{"a": "5.2", "relation": "equal", "b": "5.2.2.2", "reason": "培训即使用指导"}]}""");
        Path out = dir.resolve("p.json");
        Run r = run("crosswalk", MANUFACTURER.toString(), "--to", "hxjt", "--mapping", mapping.toString(), "--prefill", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode ev = Json.readTree(Files.readAllBytes(out)).get("evidence");
        // a complete evidence file: all 34 hxjt items, only 5.2 filled (carried and marked)
        assertEquals(34, ev.size(), "every hxjt item");
        assertTrue(ev.get("5.2").get("conforms").asBoolean());
        assertTrue(ev.get("5.2").get("notes").asText().startsWith("沿用自 GB/T 27922 5.2.2.2"), ev.get("5.2").toString());
        assertTrue(ev.get("5.1.1").get("conforms") == null || ev.get("5.1.1").get("conforms").isNull(), "the rest is blank");
        // 5.2 is worth 10/3 of 100 (40 × 2/24: twelve "shall" items, 5.1.2 "may" weighs 0): lowest = 10/3, cut to 3.33
        assertTrue(r.out().contains("3.33 – 100"), r.out());
    }
}
