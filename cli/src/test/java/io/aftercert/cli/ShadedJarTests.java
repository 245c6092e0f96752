package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as users get it: every command run through {@code java -jar target/aftercert.jar}
 * in a child JVM. The shade configuration drops classes and resources that the tool never reaches
 * (issue 14 keeps the jar under half its former size); a class dropped by mistake shows up here as a
 * {@code NoClassDefFoundError} and an exit code of 1, never on a user's machine.
 *
 * <p>Runs in the {@code integration-test} phase (a second Surefire execution in this module's POM),
 * after the shade plugin has written the jar in {@code package}.
 */
class ShadedJarTests {

    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path JAR = BASE.resolve("target/aftercert.jar");
    private static final Path EXAMPLES = BASE.resolve("../examples").normalize();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        void assertClean(int expected) {
            assertEquals(expected, code, () -> "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err);
            for (String bad : List.of("NoClassDefFoundError", "ClassNotFoundException", "Exception in thread", "internal error")) {
                assertFalse(err.contains(bad) || out.contains(bad), () -> bad + " in the output:\n" + out + err);
            }
        }
    }

    private Run run(String... args) throws IOException, InterruptedException {
        // the launcher's options for a short command (C1 only, the serial collector): what a user's run
        // gets, and about a third less CPU for the ~35 child JVMs than the JIT's and G1's defaults
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish within 120 s: " + cmd);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private String example(String path) {
        return EXAMPLES.resolve(path).toString();
    }

    @Test
    void theJarStaysWithinItsSizeBudget() throws IOException {
        // issue 14: the jar was 12.4 MB (12,407,736 bytes) and had to fall under half of it, 6,203,868 bytes.
        // Since then the page shell, the scored workbook's result sheet, convert and the workbook guard were
        // added (6,216,114 bytes on 2026-12-07); the budget is now 6.3 MB, about half the old jar plus 1.5 %:
        // a growth past it is a visible decision, not a drift. Raised to 6.4 MB on 2026-12-07 (6,319,564 bytes):
        // the wording moved into message bundles (both languages of every command, page and finding), the
        // streaming evidence reader and the API's exception types; the libraries' share did not grow
        long size = Files.size(JAR);
        assertTrue(size < 6_400_000L, "target/aftercert.jar is " + size + " bytes");
        try (ZipFile z = new ZipFile(JAR.toFile())) {
            // licences kept (Apache licence and notice transformers)
            assertTrue(z.getEntry("META-INF/LICENSE") != null && z.getEntry("META-INF/NOTICE") != null);
        }
    }

    @Test
    void listsAndShowsRubricsAndWritesTemplates() throws Exception {
        run("--version").assertClean(0);
        Run rubrics = run("rubrics", "--json");
        rubrics.assertClean(0);
        JsonNode list = SharedMapper.get().readTree(rubrics.out());
        List<String> ids = new ArrayList<>();
        list.findValues("id").forEach(n -> ids.add(n.asText()));
        assertTrue(ids.containsAll(List.of("gbt27922", "hxjt", "gxdsl244", "gxdsl259")), ids::toString);
        for (String id : List.of("gbt27922", "hxjt", "gxdsl244", "gxdsl259")) {
            run("rubric", id, "--json").assertClean(0);
            run("template", id).assertClean(0);
            run("template", id, "--format", "xlsx", "-o", id + ".xlsx").assertClean(0);
            // a blank workbook read back: the whole xlsx reading stack runs, and the reader names the cell
            Run blank = run("assess", id + ".xlsx");
            blank.assertClean(2);
            assertTrue(blank.err().contains("!B"), blank.err());
        }
        run("generate-completion").assertClean(0);
    }

    @Test
    void assessesWithEveryOutputAndRefusesBadEvidence() throws Exception {
        Run zh = run("assess", example("gbt27922/appliance-manufacturer.json"), "--json", "r.json", "--html", "r.html", "--xlsx",
                "r.xlsx");
        zh.assertClean(0);
        assertTrue(Files.size(dir.resolve("r.html")) > 10_000 && Files.size(dir.resolve("r.xlsx")) > 5_000);
        assertTrue(SharedMapper.get().readTree(dir.resolve("r.json").toFile()).get("finalScore").isNumber());
        run("assess", example("hxjt/machine-tool-maker.json"), "--tailoring", example("hxjt/tailoring/appendix-a.json"), "--lang",
                "en", "--html", "h.html").assertClean(0);
        run("assess", example("gxdsl244/guangxi-ecommerce-retailer.json"), "--lang", "en").assertClean(0);
        run("assess", example("gxdsl259/guangxi-ecommerce-retailer-conformance.json"), "--html", "g.html").assertClean(0);
        run("plan", example("gbt27922/appliance-manufacturer.json"), "--effort", example("gbt27922/plan/effort.json"), "--json",
                "-").assertClean(0);
        run("diff", example("gbt27922/history/appliance-manufacturer-2026-05.json"), example("gbt27922/appliance-manufacturer.json"),
                "--json", "-").assertClean(0);

        // Bean Validation runs inside the jar: its messages, not a bootstrap failure
        Files.writeString(dir.resolve("bad.json"), """
                {"schemaVersion": 1, "rubric": "gbt27922", "organization": {"name": "", "kind": "x"},
                 "evidence": {"5.1.1.1": {"sample": {"conforming": 5, "sampled": 3}}}}""");
        Run bad = run("assess", "bad.json");
        bad.assertClean(2);
        assertTrue(bad.err().contains("抽样合格数（conforming）不能大于抽样数（sampled）") && bad.err().contains("$.organization.name"), bad.err());
        Run badEn = run("assess", "bad.json", "--lang", "en");
        badEn.assertClean(2);
        assertTrue(badEn.err().contains("conforming must not exceed sampled") && badEn.err().contains("$.organization.name"), badEn.err());
        Run badJson = run("assess", "bad.json", "--json", "-");
        badJson.assertClean(2);
        assertTrue(SharedMapper.get().readTree(badJson.err()).isObject(), badJson.err());
    }

    @Test
    void recordsSurveyAndCrosswalk() throws Exception {
        run("kpi", example("records/service-records.csv"), "--json", "k.json", "--html", "k.html", "--by", "month").assertClean(0);
        run("kpi", example("records/service-records.csv"), "--evidence-for", "gxdsl244", "--into", "e.json").assertClean(0);
        assertTrue(SharedMapper.get().readTree(dir.resolve("e.json").toFile()).get("evidence").size() > 0);
        run("assess", example("gbt27922/appliance-manufacturer.json"), "--records", example("records/service-records.csv"), "--html",
                "d.html").assertClean(0);

        run("survey", "template", "--format", "xlsx", "-o", "q.xlsx").assertClean(0);
        run("survey", "score", example("survey/responses-2026q3.csv"), "--json", "s.json", "--html", "s.html").assertClean(0);
        Run emptySheet = run("survey", "score", "q.xlsx");
        assertTrue(emptySheet.code() == 0 || emptySheet.code() == 2, emptySheet::toString);
        emptySheet.assertClean(emptySheet.code());

        run("crosswalk", example("gbt27922/appliance-manufacturer.json"), "--json", "c.json", "--html", "c.html").assertClean(0);
    }
}
