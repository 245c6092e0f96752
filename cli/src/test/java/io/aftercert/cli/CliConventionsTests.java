package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.json.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The conventions every subcommand follows (issue 14): version, exit codes, JSON errors, completion. */
class CliConventionsTests {

    /** Every subcommand of the real hierarchy, so one added later is covered without editing this test. */
    private static List<String> subcommands() {
        List<String> names = new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet());
        names.remove("help"); // picocli's help command has no options of its own
        return names;
    }

    private static List<String> schemaErrors(String resource, String json) throws Exception {
        try (InputStream s = Main.class.getResourceAsStream(resource)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
            return schema.validate(SharedMapper.get().readTree(json)).stream().map(ValidationMessage::getMessage).toList();
        }
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        List<String> names = subcommands();
        assertTrue(names.containsAll(List.of("rubrics", "rubric", "template", "assess", "kpi", "plan", "diff", "generate-completion")), names.toString());
        for (String name : names) {
            Run r = run(name, "--version");
            assertEquals(0, r.code(), name + ": " + r.err());
            assertEquals("AfterCert " + SdkVersion.VERSION, r.out().strip(), name);
        }
        assertEquals("AfterCert " + SdkVersion.VERSION, run("--version").out().strip());
    }

    @Test
    void everyHelpTextListsTheExitCodes() {
        List<String> names = new ArrayList<>(subcommands());
        names.add(0, null);
        for (String name : names) {
            Run r = name == null ? run("--help", "--lang", "en") : run(name, "--help", "--lang", "en");
            assertEquals(0, r.code(), name + ": " + r.err());
            assertTrue(r.out().contains("Exit codes:"), name + ":\n" + r.out());
            Run zh = name == null ? run("--help") : run(name, "--help");
            assertTrue(zh.out().matches("(?s).*退出码：\\s+0\\s+完成\\s+1\\s+内部错误.*\\s+2\\s+输入或用法有误.*不写入任何文件.*"), name + ":\n" + zh.out());
            assertTrue(r.out().matches("(?s).*\\b0\\s+done.*"), name + ":\n" + r.out());
            assertTrue(r.out().matches("(?s).*\\b1\\s+internal error.*"), name + ":\n" + r.out());
            assertTrue(r.out().matches("(?s).*\\b2\\s+bad input.*nothing is written.*"), name + ":\n" + r.out());
        }
    }

    @Test
    void rubricsJsonFollowsItsSchema() throws Exception {
        Run r = run("rubrics", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), schemaErrors(RubricsCommand.SCHEMA_RESOURCE, r.out()));
        JsonNode root = SharedMapper.get().readTree(r.out());
        List<String> ids = new ArrayList<>();
        root.get("rubrics").forEach(n -> ids.add(n.get("id").asText()));
        assertTrue(ids.containsAll(List.of("gbt27922", "gxdsl244", "hxjt")), ids.toString());
        assertEquals(ids.stream().sorted().toList(), ids, "id order");
        JsonNode gbt = root.get("rubrics").get(ids.indexOf("gbt27922"));
        assertEquals(50, gbt.get("items").asInt()); // the CTS table's 50 check items
        assertEquals("CTS-2025-08-16", gbt.get("version").asText());
    }

    @Test
    void badEvidenceWithJsonToStdoutGivesAJsonErrorOnStderr(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"rubric\": \"gbt27922\", \"organization\": {\"name\": \"X\"}, "
                + "\"evidence\": {\"5.1.2.1\": {\"sample\": {\"conforming\": 30, \"sampled\": 20}}, \"9.9.9\": {\"conforms\": true}}}");
        Run r = run("assess", bad.toString(), "--json", "-");
        assertEquals(2, r.code());
        assertEquals("", r.out(), "nothing on standard output");
        assertEquals(List.of(), schemaErrors(ErrorJson.SCHEMA_RESOURCE, r.err()), r.err());
        JsonNode error = SharedMapper.get().readTree(r.err()).get("error");
        assertEquals(2, error.get("exitCode").asInt());
        assertEquals("bad-input", error.get("kind").asText());
        Set<String> codes = new java.util.HashSet<>();
        for (JsonNode p : error.get("problems")) {
            assertEquals(bad.toString(), p.get("file").asText());
            if (p.has("code")) codes.add(p.get("code").asText());
        }
        assertTrue(codes.containsAll(Set.of("5.1.2.1", "9.9.9")), error.toString());
    }

    @Test
    void missingFileAndUsageErrorsAreJsonToo() throws Exception {
        Run missing = run("assess", "no-such-file.json", "--json=-");
        assertEquals(2, missing.code());
        assertEquals(List.of(), schemaErrors(ErrorJson.SCHEMA_RESOURCE, missing.err()), missing.err());
        assertTrue(missing.err().contains("no-such-file.json"));

        Run usage = run("assess", "--json", "-");   // the evidence file is missing
        assertEquals(2, usage.code());
        assertEquals(List.of(), schemaErrors(ErrorJson.SCHEMA_RESOURCE, usage.err()), usage.err());
        assertEquals("usage", SharedMapper.get().readTree(usage.err()).get("error").get("kind").asText());

        Run unknownRubric = run("rubric", "gbt2792", "--json");
        assertEquals(2, unknownRubric.code());
        assertEquals(List.of(), schemaErrors(ErrorJson.SCHEMA_RESOURCE, unknownRubric.err()), unknownRubric.err());
        assertTrue(unknownRubric.err().contains("did you mean 'gbt27922'"), unknownRubric.err());
    }

    @Test
    void withoutJsonErrorsStayText() {
        Run r = run("assess", "no-such-file.json");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("aftercert: 找不到文件：no-such-file.json"), r.err());
        Run en = run("assess", "no-such-file.json", "--lang", "en");
        assertTrue(en.err().startsWith("aftercert: no such file: no-such-file.json"), en.err());
    }

    @Test
    void completionScriptCoversEverySubcommand() {
        Run r = run("generate-completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F"), "a bash completion function");
        for (String name : subcommands()) assertTrue(r.out().contains(name), name);
        assertTrue(r.out().contains("--evidence-for"), "options of subcommands are completed");
    }

    @Test
    void kpiHelpPointsToARecordFormatThatExists() {
        Run r = run("kpi", "--help");
        assertTrue(r.out().contains("docs/records-format.md"), r.out());
        assertTrue(Files.isRegularFile(Path.of("..", "docs", "records-format.md")));
        assertTrue(r.out().contains("examples/records/service-records.csv"), r.out());
        assertTrue(Files.isRegularFile(Path.of("..", "examples", "records", "service-records.csv")));
    }

    @Test
    void progressNeedsATerminal() {
        // surefire's forked JVM has no console: a redirected run must never get progress output
        assertFalse(Main.interactive());
    }
    /** Every command takes --lang from the one mixin: an unknown language or a case slip is exit 2 before anything runs. */
    @Test
    void everyCommandRefusesALanguageItCannotSpeak(@TempDir Path dir) throws Exception {
        String ev = Path.of("..", "examples", "gbt27922", "appliance-manufacturer.json").toString();
        String old = Path.of("..", "examples", "gbt27922", "history", "appliance-manufacturer-2026-05.json").toString();
        String csv = Path.of("..", "examples", "records", "service-records.csv").toString();
        String responses = Path.of("..", "examples", "survey", "responses-2026q3.csv").toString();
        Path out = dir.resolve("out.json");
        List<String[]> commands = List.of(new String[] {"assess", ev, "--json", out.toString()}, new String[] {"plan", ev, "--json", out.toString()},
                new String[] {"diff", old, ev, "--json", out.toString()}, new String[] {"kpi", csv, "--json", out.toString()},
                new String[] {"survey", "score", responses, "--json", out.toString()}, new String[] {"survey", "template", "-o", out.toString()},
                new String[] {"survey", "generate", "3", "-o", out.toString()}, new String[] {"crosswalk", ev, "--json", out.toString()},
                new String[] {"template", "gbt27922", "-o", out.toString()}, new String[] {"convert", ev, "-o", dir.resolve("o.xlsx").toString()},
                new String[] {"rubric", "gbt27922"}, new String[] {"rubrics"});
        for (String[] c : commands) {
            for (String lang : List.of("fr", "EN", "zh-CN")) {
                List<String> args = new java.util.ArrayList<>(List.of(c));
                args.addAll(List.of("--lang", lang));
                Run r = run(args.toArray(String[]::new));
                assertEquals(2, r.code(), args + ": " + r.all());
                assertTrue(r.err().contains("--lang 只能是") && r.err().contains("not '" + lang + "'"), args + ": " + r.err());
                assertTrue(r.out().isEmpty(), args + ": " + r.out());
                assertFalse(Files.exists(out) || Files.exists(dir.resolve("o.xlsx")), args + ": nothing is written");
            }
            List<String> en = new java.util.ArrayList<>(List.of(c));
            en.addAll(List.of("--lang", "en"));
            Run r = run(en.toArray(String[]::new));
            assertEquals(0, r.code(), en + ": " + r.all());
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir.resolve("o.xlsx"));
        }
        assertTrue(run("diff", old, ev, "--lang", "EN").err().contains("(lower case): write en"));
    }
}
