package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.cli.Main;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.testkit.Schemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example file and every JSON the command line writes validates against the schema core
 * ships for it (networknt, draft 2020-12, independent of the SDK's own readers), and writes no
 * number as a string.
 */
class SchemaValidationTests {
    private static final Path EXAMPLES = Path.of(".").toAbsolutePath().normalize();
    private static final List<String> TEXT = List.of("version", "sdkVersion", "code", "codes", "items", "parent", "indicator",
            "id", "name", "notes", "description", "justification", "assessor", "range", "clause", "rubric", "organization", "zh",
            "en", "source", "text", "unit", "requirement", "title", "label", "evidence", "creditRule", "note", "rubricVersion", "method");

    private static List<Path> jsonFiles() throws Exception {
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("/target/") && !p.toString().contains("/src/"))
                    .sorted().toList();
        }
    }

    private static List<Path> evidenceFiles() throws Exception {
        return jsonFiles().stream().filter(p -> !p.toString().contains("/tailoring/") && !p.getFileName().toString().equals("effort.json"))
                .toList();
    }

    @Test
    void everyExampleFileValidatesAgainstItsSchema() throws Exception {
        List<Path> files = jsonFiles();
        assertTrue(files.size() >= 6, "examples found: " + files);
        for (Path f : files) {
            byte[] json = Files.readAllBytes(f);
            List<String> errors = f.toString().contains("/tailoring/") ? Schemas.tailoringErrors(json)
                    : f.getFileName().toString().equals("effort.json") ? Schemas.effortErrors(json) : Schemas.evidenceErrors(json);
            assertEquals(List.of(), errors, f.toString());
        }
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void check(String what, Run r, Function<byte[], List<String>> schema) {
        assertEquals(0, r.code(), what + ": " + r.err());
        byte[] json = r.out().getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), schema.apply(json), what);
        assertEquals(List.of(), Schemas.numberConventionViolations(json, TEXT), what + ": numbers written as strings");
    }

    @Test
    void everyCommandsJsonValidatesAgainstItsSchema() throws Exception {
        for (String id : RubricRegistry.getDefault().ids()) {
            check("rubric " + id + " --json", run("rubric", id, "--json"), Schemas::rubricTreeErrors);
            check("template " + id, run("template", id), Schemas::evidenceErrors);
        }
        check("rubric hxjt --json --tailoring", run("rubric", "hxjt", "--json", "--tailoring",
                "hxjt/tailoring/appendix-a.json"), Schemas::rubricTreeErrors);
        for (Path f : evidenceFiles()) {
            check("assess " + f, run("assess", f.toString(), "--json", "-"), Schemas::resultErrors);
            check("plan " + f, run("plan", f.toString(), "--json", "-"), Schemas::planErrors);
        }
        check("assess --tailoring", run("assess", "hxjt/machine-tool-maker.json", "--tailoring", "hxjt/tailoring/appendix-a.json",
                "--json", "-"), Schemas::resultErrors);
        check("plan --target five-star", run("plan", "gbt27922/appliance-manufacturer.json", "--target", "five-star", "--json", "-"),
                Schemas::planErrors);
        check("diff", run("diff", "gbt27922/history/appliance-manufacturer-2026-05.json", "gbt27922/appliance-manufacturer.json",
                "--json", "-"), Schemas::diffErrors);
    }

    @Test
    void planAndDiffWriteTheirJsonToAFile(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Path effort = dir.resolve("effort.json");
        Files.writeString(effort, "{\"5.1.5.2\": 3, \"5.1.7.3\": 1, \"5.1.4.1\": 1}");
        assertEquals(List.of(), Schemas.effortErrors(Files.readAllBytes(effort)));
        Run r = run("plan", "gbt27922/appliance-manufacturer.json", "--effort", effort.toString(), "--json", plan.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("已写入 " + plan), r.out());
        assertEquals(List.of(), Schemas.planErrors(Files.readAllBytes(plan)));
        Path diff = dir.resolve("diff.json");
        Run d = run("diff", "gbt27922/history/appliance-manufacturer-2026-05.json", "gbt27922/appliance-manufacturer.json",
                "--json", diff.toString(), "--lang", "en");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("wrote " + diff), d.out());
        assertEquals(List.of(), Schemas.diffErrors(Files.readAllBytes(diff)));
    }

    @Test
    void theEffortSchemaAndTheEffortReaderAgree(@TempDir Path dir) throws Exception {
        // 5.1.5.2 and 5.1.7.3 are gbt27922 indicators; the example has special deductions
        List<String> fine = List.of("{}", "{\"5.1.5.2\": 3}", "{\"5.1.5.2\": 0.5, \"5.1.7.3\": {\"effort\": 2}}",
                "{\"5.1.5.2\": {\"effort\": 1, \"owner\": \"质量部\", \"due\": \"2027-03-31\"}}", "{\"5.1.7.3\": {\"owner\": \"王敏\"}}",
                "{\"deduction-1\": {\"owner\": \"服务部\", \"due\": \"2026-11-30\"}}");
        List<String> refused = List.of("[]", "{\"5.1.5.2\": 0}", "{\"5.1.5.2\": -1}", "{\"5.1.5.2\": {\"effort\": 0}}",
                "{\"5.1.5.2\": {\"cost\": 1}}", "{\"5.1.5.2\": {\"owner\": \" \"}}", "{\"5.1.5.2\": {\"due\": \"31.03.2027\"}}",
                "{\"deduction-1\": 2}", "{\"deduction-1\": {\"effort\": 2}}", "{\"5.1.5.2\": true}");
        Path effort = dir.resolve("effort.json");
        for (String json : fine) {
            assertEquals(List.of(), Schemas.effortErrors(json.getBytes(StandardCharsets.UTF_8)), json);
            Files.writeString(effort, json);
            Run r = run("plan", "gbt27922/appliance-manufacturer.json", "--effort", effort.toString());
            assertEquals(0, r.code(), json + ": " + r.err());
        }
        for (String json : refused) {
            assertFalse(Schemas.effortErrors(json.getBytes(StandardCharsets.UTF_8)).isEmpty(), "schema must refuse " + json);
            Files.writeString(effort, json);
            assertEquals(2, run("plan", "gbt27922/appliance-manufacturer.json", "--effort", effort.toString()).code(), "the reader must refuse " + json);
        }
    }

    @Test
    void theEvidenceSchemaAndTheSdkAgreeOnOneFormPerItem() {
        List<String> entries = List.of(
                "{\"conforms\": true, \"sample\": {\"conforming\": 1, \"sampled\": 2}}",
                "{\"conforms\": true, \"value\": 3}",
                "{\"band\": 4, \"sample\": {\"conforming\": 1, \"sampled\": 2}}",
                "{\"credit\": 0.5, \"notApplicable\": \"x\"}");
        for (String entry : entries) {
            byte[] json = ("{\"rubric\": \"gbt27922\", \"organization\": {\"name\": \"x\"}, \"evidence\": {\"5.1.2.2\": " + entry + "}}")
                    .getBytes(StandardCharsets.UTF_8);
            assertFalse(Schemas.evidenceErrors(json).isEmpty(), "schema must refuse " + entry);
            assertThrows(InvalidInputException.class, () -> EvidenceJson.read(json, "x.json", RubricRegistry.getDefault()::find),
                    "SDK must refuse " + entry);
        }
        List<String> fine = new ArrayList<>(List.of("{\"band\": 4, \"credit\": 0.75}", "{\"value\": 8}", "{\"conforms\": true}",
                "{\"value\": null, \"band\": null}", "{\"value\": null, \"band\": 5}", "{\"sample\": {\"conforming\": 9, \"sampled\": 10}}"));
        for (String entry : fine) {
            byte[] json = ("{\"schemaVersion\": 1, \"rubric\": \"gbt27922\", \"organization\": {\"name\": \"x\"}, \"evidence\": {\"5.1.2.2\": "
                    + entry + "}}").getBytes(StandardCharsets.UTF_8);
            assertEquals(List.of(), Schemas.evidenceErrors(json), entry);
            EvidenceJson.read(json, "x.json", RubricRegistry.getDefault()::find); // the SDK accepts it too: 5.1.2.2 is a metric item
        }
    }
}
