package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and odd input through the command line (issue 13): never exit 1, always a message in
 * the user's terms naming the file and the place, nothing half-written.
 */
class MainHostileInputTests {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path MANUFACTURER = EXAMPLES.resolve("gbt27922/appliance-manufacturer.json");
    private static final Path RETAILER = EXAMPLES.resolve("gxdsl244/guangxi-ecommerce-retailer.json");
    private static final Path MACHINES = EXAMPLES.resolve("hxjt/machine-tool-maker.json");
    private static final Path APPENDIX_A = EXAMPLES.resolve("hxjt/tailoring/appendix-a.json");
    private static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    private static final Path KPI_CSV = CORPUS.resolve("tickets.csv");

    /** {@link Run#run}; hostile input must not hang the command line either (the build's fork timeout catches a hang). */
    private static Run run(String... args) {
        return Run.run(args);
    }

    private static Path hostile(String name) {
        return CORPUS.resolve(name);
    }

    private static void noInternals(Run r) {
        for (String leak : List.of("internal error", "JsonReadFeature", "StreamReadConstraints", "REDACTED", "com.fasterxml",
                "io.aftercert", "Exception", ".tmp")) {
            assertFalse(r.all().contains(leak), "leaks '" + leak + "': " + r.err());
        }
        assertTrue(r.err().length() < 2000, "short: " + r.err().length() + " characters");
    }

    /** Every file of the corpus, through every command that reads it: exit 0 or 2, never 1. */
    @TestFactory
    Stream<DynamicTest> noInputInTheCorpusExits1() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("evidence"))) {
            for (Path f : files.sorted().toList()) {
                for (String cmd : List.of("assess", "plan", "crosswalk")) {
                    tests.add(DynamicTest.dynamicTest(cmd + " " + f.getFileName(), () -> {
                        Run r = run(cmd, f.toString());
                        assertNotEquals(1, r.code(), r.err());
                        noInternals(r);
                    }));
                }
                tests.add(DynamicTest.dynamicTest("kpi --into " + f.getFileName(), () -> {
                    Path copy = Files.createTempFile("into", ".json");
                    try {
                        Files.copy(f, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        Run r = run("kpi", KPI_CSV.toString(), "--evidence-for", "gxdsl244", "--into", copy.toString());
                        assertNotEquals(1, r.code(), r.err());
                        noInternals(r);
                    } finally {
                        Files.deleteIfExists(copy);
                    }
                }));
                tests.add(DynamicTest.dynamicTest("diff " + f.getFileName(), () -> {
                    Run r = run("diff", f.toString(), f.toString());
                    assertNotEquals(1, r.code(), r.err());
                    noInternals(r);
                }));
            }
        }
        try (Stream<Path> files = Files.list(CORPUS.resolve("tailoring"))) {
            for (Path f : files.sorted().toList()) {
                Path evidence = f.getFileName().toString().startsWith("gbt27922") ? MANUFACTURER : RETAILER;
                tests.add(DynamicTest.dynamicTest("assess --tailoring " + f.getFileName(), () -> {
                    Run r = run("assess", evidence.toString(), "--tailoring", f.toString());
                    assertNotEquals(1, r.code(), r.err());
                    noInternals(r);
                    if (r.code() == 2) assertTrue(r.err().contains(f.toString()), "names the file: " + r.err());
                }));
            }
        }
        try (Stream<Path> files = Files.list(CORPUS.resolve("effort"))) {
            for (Path f : files.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest("plan --effort " + f.getFileName(), () -> {
                    Run r = run("plan", MANUFACTURER.toString(), "--effort", f.toString());
                    assertNotEquals(1, r.code(), r.err());
                    noInternals(r);
                }));
            }
        }
        return tests.stream();
    }

    /** The files {@code dir} holds, to check that nothing was written. */
    private static List<String> listing(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A refusal as the README promises: exit 2, the file and a place named, no internals, nothing written to {@code out}. */
    private static void refused(Run r, Path file, String place, Path out, String what) throws java.io.IOException {
        assertEquals(2, r.code(), what + ": " + r.all());
        assertTrue(r.err().contains(file.toString()) && r.err().contains(place), what + " names the file and " + place + ": " + r.err());
        noInternals(r);
        assertEquals(List.of(), listing(out), what + ": nothing written");
    }

    /**
     * Hand-edited results (negative or excessive points, unknown codes, totals, final score, grade
     * and schema version that no scoring gives) through every command that reads a result.
     */
    @TestFactory
    Stream<DynamicTest> aHandEditedResultIsRefusedByEveryCommandThatReadsOne(@TempDir Path out) throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        Path good = Files.createTempFile("good", ".json");
        good.toFile().deleteOnExit();
        try (Stream<Path> files = Files.list(CORPUS.resolve("results"))) {
            for (Path f : files.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest("plan " + f.getFileName(), () -> refused(run("plan", f.toString(), "--json", out.resolve("p.json").toString()), f, "$.", out, "plan")));
                tests.add(DynamicTest.dynamicTest("diff " + f.getFileName(), () -> {
                    if (Files.size(good) == 0) assertEquals(0, run("assess", MANUFACTURER.toString(), "--json", good.toString()).code());
                    refused(run("diff", f.toString(), good.toString(), "--json", out.resolve("d.json").toString()), f, "$.", out, "diff old");
                    refused(run("diff", good.toString(), f.toString()), f, "$.", out, "diff new");
                }));
                tests.add(DynamicTest.dynamicTest("assess --previous " + f.getFileName(), () -> refused(run("assess", MANUFACTURER.toString(), "--previous", f.toString(),
                        "--html", out.resolve("r.html").toString(), "--json", out.resolve("r.json").toString()), f, "$.", out, "assess --previous")));
            }
        }
        return tests.stream();
    }

    /** Service records that are not UTF-8 through every command that reads records: the encoding named, nothing written. */
    @TestFactory
    Stream<DynamicTest> recordsThatAreNotUtf8AreRefusedByEveryCommandThatReadsThem(@TempDir Path out) throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("records"))) {
            for (Path f : files.sorted().toList()) {
                String encoding = f.getFileName().toString().startsWith("gbk") ? "GBK" : "UTF-16";
                tests.add(DynamicTest.dynamicTest("kpi " + f.getFileName(), () -> {
                    Run r = run("kpi", f.toString(), "--by", "region", "--json", out.resolve("k.json").toString(), "--html", out.resolve("k.html").toString());
                    refused(r, f.getFileName(), encoding, out, "kpi");
                    assertTrue(r.err().contains("请将文件另存为 UTF-8") && !r.err().contains("缺少必需的列"), r.err());
                }));
                tests.add(DynamicTest.dynamicTest("kpi --into " + f.getFileName(), () -> refused(run("kpi", f.toString(), "--evidence-for", "gxdsl244",
                        "--into", out.resolve("ev.json").toString()), f.getFileName(), encoding, out, "kpi --into")));
                tests.add(DynamicTest.dynamicTest("assess --records " + f.getFileName(), () -> refused(run("assess", RETAILER.toString(), "--records", f.toString(),
                        "--html", out.resolve("r.html").toString()), f.getFileName(), encoding, out, "assess --records")));
            }
        }
        return tests.stream();
    }

    /** No character that drives a terminal (ESC, other C0 but line breaks and tabs, DEL, C1, bidi controls) is printed raw. */
    private static void printedEscaped(Run r) {
        for (char c : r.all().toCharArray()) assertFalse(TerminalWriter.escaped(c), String.format("U+%04X printed raw: %s", (int) c, r.all()));
    }

    @Test
    void terminalEscapesInNamesAndValuesArePrintedEscaped() throws Exception {
        // the organisation's name holds U+202E, a screen clear (ESC [2J), a title change (ESC ]0;…BEL) and a C1 CSI
        Path name = hostile("terminal/escapes-in-name.json");
        for (String[] args : new String[][] {{"assess", name.toString()}, {"assess", name.toString(), "--lang", "en"}, {"plan", name.toString()},
                {"crosswalk", name.toString()}}) {
            Run r = run(args);
            assertEquals(0, r.code(), r.err());
            printedEscaped(r);
            assertTrue(r.out().contains("\\u202E华澜家电\\u202C\\u001B[2J\\u001B]0;pwned\\u0007\\u009B31m有限公司"), r.out());
        }
        // JSON on standard output is the same document: the escapes stand inside strings, where they mean the same characters
        Run json = run("assess", name.toString(), "--json", "-");
        printedEscaped(json);
        assertEquals("\u202e华澜家电\u202c\u001b[2J\u001b]0;pwned\u0007\u009b31m有限公司",
                SharedMapper.get().readTree(json.out()).get("organization").get("name").asText());
        // CSV values: a channel with a screen clear (a finding prints it) and a region with a title change (a group's name)
        Run kpi = run("kpi", hostile("terminal/escapes-in-values.csv").toString(), "--by", "region", "--lang", "en");
        assertEquals(0, kpi.code(), kpi.err());
        printedEscaped(kpi);
        assertTrue(kpi.out().contains("'phone\\u001B[2J'") && kpi.out().contains("\\u202E南华\\u001B]0;pwned\\u0007"), kpi.out());
        // an error message quoting a file name with an escape
        Path odd = Files.createTempFile("evil\u001b[2J", ".json");
        try {
            Files.writeString(odd, "{");
            Run bad = run("assess", odd.toString());
            assertEquals(2, bad.code());
            printedEscaped(bad);
        } finally {
            Files.delete(odd);
        }
        assertEquals("a\\u001Bb\n\t\r\\u0085\\u2067", TerminalWriter.escape("a\u001bb\n\t\r\u0085\u2067"));
    }

    /** Every U+202E of a page stands inside an isolate (U+2066–U+2068 … U+2069); returns how many there are. */
    private static int overridesIsolated(Path page) throws java.io.IOException {
        String html = Files.readString(page);
        int depth = 0;
        int overrides = 0;
        for (char c : html.toCharArray()) {
            if (c >= '\u2066' && c <= '\u2068') depth++;
            else if (c == '\u2069') depth = Math.max(0, depth - 1);
            else if (c == '\u202E') {
                overrides++;
                assertTrue(depth > 0, page.getFileName() + ": a U+202E outside an isolate");
            }
        }
        return overrides;
    }

    @Test
    void rightToLeftOverridesAreIsolatedInEveryHtmlPage(@TempDir Path dir) throws Exception {
        Path name = hostile("terminal/escapes-in-name.json");
        for (String lang : List.of("zh", "en")) {
            Path report = dir.resolve("report-" + lang + ".html");
            Path crosswalk = dir.resolve("crosswalk-" + lang + ".html");
            Path dashboard = dir.resolve("dashboard-" + lang + ".html");
            Path survey = dir.resolve("survey-" + lang + ".html");
            assertEquals(0, run("assess", name.toString(), "--html", report.toString(), "--lang", lang).code());
            assertEquals(0, run("crosswalk", name.toString(), "--html", crosswalk.toString(), "--lang", lang).code());
            assertEquals(0, run("kpi", hostile("terminal/escapes-in-values.csv").toString(), "--by", "region", "--html", dashboard.toString(), "--lang", lang).code());
            assertEquals(0, run("survey", "score", hostile("terminal/escapes-in-survey.csv").toString(), "--html", survey.toString(), "--lang", lang).code());
            for (Path page : List.of(report, crosswalk, dashboard, survey)) assertTrue(overridesIsolated(page) > 0, page + " shows the name or value");
        }
    }

    @Test
    void anOutDirWithDotDotCreatesNothingOnTheWay(@TempDir Path dir) throws Exception {
        // out/../out2/ is out2: the old code created out2 (and failed on the missing out) before refusing
        Path outDir = dir.resolve("out").resolve("..").resolve("out2");
        Run r = run("assess", MANUFACTURER.toString(), "--out-dir", outDir + "/", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("out2"), listing(dir));
        assertEquals(List.of("appliance-manufacturer.html", "appliance-manufacturer.json"), listing(dir.resolve("out2")));
        // a refused batch file creates no folder: a read-only target in an existing folder, a bad file into a new one
        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        Run refused = run("assess", bad.toString(), "--out-dir", dir.resolve("new/deeper").toString(), "--lang", "en");
        assertEquals(2, refused.code(), refused.err());
        assertEquals(List.of("bad.json", "out2"), listing(dir), "no folder made for a file that is not written");
    }

    /**
     * The corpus under a 512 MiB heap, in a JVM of its own: every file through every command that
     * reads its kind; none ends in 1 or runs out of memory, each ends within 30 s, and the
     * classes that must be refused (hand-edited results, records that are not UTF-8) end in 2.
     */
    @Test
    void theCorpusUnderA512MiBHeap(@TempDir Path out) throws Exception {
        List<String[]> cases = new ArrayList<>();
        List<Boolean> mustRefuse = new ArrayList<>();
        java.util.function.BiConsumer<Boolean, String[]> add = (refuse, args) -> {
            cases.add(args);
            mustRefuse.add(refuse);
        };
        try (Stream<Path> files = Files.list(CORPUS.resolve("evidence"))) {
            for (Path f : files.sorted().toList()) {
                for (String cmd : List.of("assess", "plan", "crosswalk")) add.accept(false, new String[] {cmd, f.toString()});
            }
        }
        try (Stream<Path> files = Files.list(CORPUS.resolve("results"))) {
            for (Path f : files.sorted().toList()) {
                add.accept(true, new String[] {"plan", f.toString()});
                add.accept(true, new String[] {"diff", f.toString(), f.toString()});
                add.accept(true, new String[] {"assess", MANUFACTURER.toString(), "--previous", f.toString(), "--html", out.resolve("r.html").toString()});
            }
        }
        try (Stream<Path> files = Files.list(CORPUS.resolve("records"))) {
            for (Path f : files.sorted().toList()) {
                add.accept(true, new String[] {"kpi", f.toString(), "--by", "region", "--html", out.resolve("k.html").toString()});
                add.accept(true, new String[] {"kpi", f.toString(), "--evidence-for", "gxdsl244", "--into", out.resolve("ev.json").toString()});
            }
        }
        Path sparse = out.resolve("sparse.csv");
        Files.writeString(sparse, Files.readAllLines(KPI_CSV).get(0) + "\nT1,");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
            raf.setLength(2L << 30); // a hole: 2 GB without a line break, no disk used
        }
        add.accept(true, new String[] {"kpi", sparse.toString()});
        add.accept(false, new String[] {"kpi", hostile("terminal/escapes-in-values.csv").toString(), "--by", "region"});
        add.accept(false, new String[] {"assess", hostile("terminal/escapes-in-name.json").toString()});
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), HostileCorpusChild.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var w = new java.io.PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            for (String[] c : cases) w.println(String.join("\t", c));
        }
        List<String> results = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
        assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "the corpus ends");
        assertEquals(cases.size(), results.size(), "every case ran: " + results);
        for (int i = 0; i < cases.size(); i++) {
            String[] r = results.get(i).split("\t");
            String what = String.join(" ", cases.get(i)) + " -> " + results.get(i);
            assertNotEquals("OOM", r[0], what);
            assertNotEquals("1", r[0], what);
            if (mustRefuse.get(i)) assertEquals("2", r[0], what);
            // CPU time of the child (HostileCorpusChild), not the wall clock: a busy machine's queue does not count
            assertTrue(Long.parseLong(r[1]) < 30_000, what);
        }
        assertEquals(List.of("sparse.csv"), listing(out), "nothing written");
    }

    @Test
    void nothingApplicableScoresZeroWithAWarningAndDoesNotStopABatch(@TempDir Path dir) throws Exception {
        Path allNa = hostile("evidence/all-not-applicable.json");
        Run r = run("assess", allNa.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("not applicable"), r.out());
        Run plan = run("plan", allNa.toString(), "--lang", "en");
        assertEquals(0, plan.code(), plan.err());
        Run excluded = run("assess", MANUFACTURER.toString(), "--tailoring", hostile("tailoring/gbt27922-exclude-everything.json").toString());
        assertEquals(0, excluded.code(), excluded.err());
        Path reports = dir.resolve("reports");
        Run batch = run("assess", allNa.toString(), MANUFACTURER.toString(), "--out-dir", reports.toString());
        assertEquals(0, batch.code(), batch.err());
        assertTrue(Files.exists(reports.resolve("appliance-manufacturer.html")) && Files.exists(reports.resolve("all-not-applicable.json")));
    }

    @Test
    void aBatchContinuesPastABadFileAndSaysWhich(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"rubric\":\"gbt27922\"}");
        Path reports = dir.resolve("reports");
        Run r = run("assess", MANUFACTURER.toString(), bad.toString(), "--out-dir", reports.toString(), "--lang", "en");
        assertEquals(2, r.code(), "a bad file still makes the run fail");
        assertTrue(r.err().contains("bad.json") && r.err().contains("$.organization"), r.err());
        assertTrue(r.err().contains("1 of 2"), r.err());
        assertEquals(List.of("appliance-manufacturer.html", "appliance-manufacturer.json"),
                Files.list(reports).map(p -> p.getFileName().toString()).sorted().toList(), "the good file is written, whole");
    }

    @Test
    void tailoringThatBreaksACurveExits2WithThePath() {
        Run r = run("assess", RETAILER.toString(), "--tailoring", hostile("tailoring/gxdsl244-target-beyond-floor.json").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("$.targets[\"A1.2\"]") && r.err().contains("floor 10"), r.err());
        Run neg = run("assess", RETAILER.toString(), "--tailoring", hostile("tailoring/gxdsl244-negative-target.json").toString());
        assertEquals(2, neg.code(), neg.err());
        assertTrue(neg.err().contains("$.targets[\"A1.2\"]"), neg.err());
    }

    @Test
    void hostileNumbersInEffortAndTailoringFailFast() {
        for (String f : List.of("effort/tiny.json", "effort/tiny-string.json", "effort/huge.json")) {
            Run r = run("plan", MANUFACTURER.toString(), "--effort", hostile(f).toString());
            assertEquals(2, r.code(), f + ": " + r.err());
            assertTrue(r.err().contains("5.1.5.2") && r.err().length() < 500, f + ": " + r.err());
            // said in Chinese, the default: the bounds in Chinese words, no English sentence
            assertTrue(r.err().contains("（数字的整数部分最多 15 位，小数部分最多 30 位）") && !r.err().contains("numbers are limited"), f + ": " + r.err());
        }
        for (String f : List.of("tailoring/gxdsl244-tiny-string.json", "tailoring/gxdsl244-huge-number.json", "tailoring/gxdsl244-huge-string.json")) {
            Run r = run("assess", RETAILER.toString(), "--tailoring", hostile(f).toString());
            assertEquals(2, r.code(), f + ": " + r.err());
            assertTrue(r.err().contains("$.targets[\"A1.2\"]") && r.err().length() < 500, f + ": " + r.err());
        }
    }

    @Test
    void moreThanFiveDeductionsIsNotAlreadyReached() {
        Run r = run("plan", hostile("evidence/six-deductions.json").toString(), "--target", "four-star", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("not reachable") && r.out().contains("deductions"), r.out());
        assertFalse(r.out().contains("already reached"), r.out());
    }

    @Test
    void theUnreachableNextGradeOfTheSummaryIsInTheSummarysLanguage() {
        // the summary printed the result's English note in Chinese output too
        for (String lang : List.of("zh", "en")) {
            Run r = run("assess", hostile("evidence/six-deductions.json").toString(), "--lang", lang);
            assertEquals(0, r.code(), r.err());
            String line = r.out().lines().filter(l -> l.startsWith("zh".equals(lang) ? "下一等级" : "next grade")).findFirst()
                    .orElseThrow(() -> new AssertionError(r.out()));
            if ("zh".equals(lang)) {
                assertTrue(line.contains("特别扣分项 6 项，超过 5 项") && !line.matches(".*[A-Za-z]{3,}.*"), line);
            } else {
                assertTrue(line.contains("more than 5 special deductions") && !line.matches(".*\\p{IsHan}.*"), line);
            }
        }
    }

    @Test
    void planOfAResultUsesItsRecordedTailoringOrRefuses(@TempDir Path dir) throws Exception {
        Path result = dir.resolve("r.json");
        assertEquals(0, run("assess", MACHINES.toString(), "--tailoring", APPENDIX_A.toString(), "--json", result.toString()).code());
        Run fromEvidence = run("plan", MACHINES.toString(), "--tailoring", APPENDIX_A.toString(), "--lang", "en");
        Run same = run("plan", result.toString(), "--tailoring", APPENDIX_A.toString(), "--lang", "en");
        assertEquals(0, same.code(), same.err());
        assertEquals(fromEvidence.out(), same.out(), "a result plans like its evidence under the same tailoring");
        Run without = run("plan", result.toString(), "--lang", "en");
        assertEquals(2, without.code(), without.out());
        assertTrue(without.err().contains("--tailoring") && without.err().contains(result.toString()), without.err());
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(APPENDIX_A).replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"改 "));
        Run wrong = run("plan", result.toString(), "--tailoring", other.toString(), "--lang", "en");
        assertEquals(2, wrong.code(), wrong.out());
        // a result scored with another version of the rubric
        ObjectNode json = (ObjectNode) SharedMapper.get().readTree(Files.readAllBytes(result));
        ((ObjectNode) json.get("rubric")).put("version", "1999");
        Path old = dir.resolve("old.json");
        Files.write(old, SharedMapper.get().writeValueAsBytes(json));
        Run version = run("plan", old.toString(), "--tailoring", APPENDIX_A.toString(), "--lang", "en");
        assertEquals(2, version.code(), version.out());
        assertTrue(version.err().contains("1999"), version.err());
    }

    @Test
    void hostileNumbersInAResultFileFailFast(@TempDir Path dir) throws Exception {
        Path result = dir.resolve("r.json");
        assertEquals(0, run("assess", MANUFACTURER.toString(), "--json", result.toString()).code());
        for (String hostile : List.of("\"1e-99999999\"", "1e-99999999", "1e9999999", "\"1/0\"", "\"" + "9".repeat(5000) + "/7\"")) {
            ObjectNode json = (ObjectNode) SharedMapper.get().readTree(Files.readAllBytes(result));
            json.set("score", SharedMapper.get().readTree("0")); // placeholder, replaced as text below
            json.remove("scoreExact");
            String text = SharedMapper.get().writeValueAsString(json).replaceFirst("\"score\"\\s*:\\s*0", "\"score\" : " + hostile.replace("\\", "\\\\"));
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, text);
            for (String cmd : List.of("plan", "diff")) {
                Run r = cmd.equals("plan") ? run("plan", bad.toString()) : run("diff", bad.toString(), result.toString());
                assertEquals(2, r.code(), cmd + " " + hostile + ": " + r.err());
                assertTrue(r.err().contains("$.score") && r.err().contains("bad.json"), cmd + " " + hostile + ": " + r.err());
                noInternals(r);
            }
        }
    }

    @Test
    void diffWarnsWhenVersionsOrTailoringsDiffer(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.json");
        Path tailored = dir.resolve("tailored.json");
        assertEquals(0, run("assess", MACHINES.toString(), "--json", plain.toString()).code());
        assertEquals(0, run("assess", MACHINES.toString(), "--tailoring", APPENDIX_A.toString(), "--json", tailored.toString()).code());
        Run r = run("diff", plain.toString(), tailored.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.all().contains("warning") && r.all().contains("tailoring"), r.all());
        ObjectNode json = (ObjectNode) SharedMapper.get().readTree(Files.readAllBytes(plain));
        ((ObjectNode) json.get("rubric")).put("version", "1999");
        Path old = dir.resolve("old.json");
        Files.write(old, SharedMapper.get().writeValueAsBytes(json));
        Run v = run("diff", old.toString(), plain.toString(), "--lang", "en");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.all().contains("warning") && v.all().contains("1999"), v.all());
    }

    @Test
    void impossibleMetricValuesAreRefusedAndFractionsWarned() {
        for (String[] c : new String[][] {{"gxdsl244-radius-minus-3km.json", "A1.2"}, {"gxdsl244-repeat-repair-minus-100.json", "C1.2"},
                {"gxdsl244-rate-250.json", "B1.1"}}) {
            Run r = run("assess", hostile("evidence/" + c[0]).toString());
            assertEquals(2, r.code(), c[0] + ": " + r.out());
            assertTrue(r.err().contains("[" + c[1] + "]") && r.err().contains("$.evidence[\"" + c[1] + "\"].value"), r.err());
        }
        Run fraction = run("assess", hostile("evidence/gxdsl244-percent-as-fraction.json").toString(), "--lang", "en");
        assertEquals(0, fraction.code(), fraction.err());
        assertTrue(fraction.out().contains("B1.1") && fraction.out().contains("looks like a fraction"), fraction.out());
    }

    @Test
    void mostlyNotApplicableIsWarnedAbout() {
        Run r = run("assess", hostile("evidence/49-of-50-not-applicable.json").toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("excluded as not applicable"), r.out());
    }

    @Test
    void messagesAPersonUnderstands() {
        Run big = run("assess", hostile("evidence/sample-2-pow-62.json").toString());
        assertEquals(2, big.code());
        assertEquals(1, big.err().split("\n  - ", -1).length - 1, "one problem: " + big.err());
        Run nan = run("assess", hostile("evidence/nan.json").toString(), "--lang", "en");
        assertEquals(2, nan.code());
        assertTrue(nan.err().contains("NaN") && nan.err().contains("line 1, column"), nan.err());
        Run nanZh = run("assess", hostile("evidence/nan.json").toString());
        assertTrue(nanZh.err().contains("“NaN”不是 JSON 数字") && nanZh.err().contains(": 第 1 行第"), nanZh.err());
        Run gbk = run("assess", hostile("evidence/gbk.json").toString(), "--lang", "en");
        assertEquals(2, gbk.code());
        assertTrue(gbk.err().contains("GBK") && gbk.err().contains("save the file as UTF-8"), gbk.err());
        Run gbkZh = run("assess", hostile("evidence/gbk.json").toString());
        assertTrue(gbkZh.err().contains("GBK") && gbkZh.err().contains("请将文件另存为 UTF-8"), gbkZh.err());
        Run credit = run("assess", hostile("evidence/credit-as-double-prints.json").toString());
        assertEquals(0, credit.code(), credit.err());
    }

    @Test
    void errorsNameTheTargetNotTheTemporaryFile() {
        for (String target : List.of("/proc/aftercert-r.json", "/sys/aftercert-r.json")) {
            assumeTrue(Files.isDirectory(Path.of(target).getParent()));
            Run r = run("assess", MANUFACTURER.toString(), "--json", target);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(target), r.err());
            assertFalse(r.err().contains(".tmp"), r.err());
        }
    }

    @Test
    void aFolderGivenAsInputIsNamed(@TempDir Path dir) {
        for (String cmd : List.of("assess", "plan", "kpi")) {
            Run r = run(cmd, dir.toString());
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains(dir.toString()) && r.err().contains("是文件夹"), cmd + ": " + r.err());
            assertFalse(r.err().contains("no such file") || r.err().contains("找不到文件"), r.err());
        }
        Run t = run("assess", MANUFACTURER.toString(), "--tailoring", dir.toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains(dir.toString()) && t.err().contains("是文件夹"), t.err());
    }

    @Test
    void aReadOnlyOutputIsReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.json");
        Files.writeString(out, "keep me");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        Run r = run("assess", MANUFACTURER.toString(), "--json", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(out.toString()) && r.err().contains("只读") && r.err().contains("--force"), r.err());
        assertEquals("keep me", Files.readString(out));
        Run forced = run("assess", MANUFACTURER.toString(), "--json", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        JsonNode json = SharedMapper.get().readTree(out.toFile());
        assertEquals("gbt27922", json.get("rubric").get("id").asText());
        Path template = dir.resolve("t.json");
        Files.writeString(template, "keep");
        Files.setPosixFilePermissions(template, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(2, run("template", "gbt27922", "-o", template.toString()).code());
        assertEquals("keep", Files.readString(template));
    }

    /** The launcher itself under LC_ALL=C: a Chinese file name must still be found. */
    @Test
    void theLauncherReadsChineseFileNamesUnderTheCLocale(@TempDir Path dir) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "this JVM itself must name the file");
        Path evidence = dir.resolve("华澜家电.json");
        Files.copy(MANUFACTURER, evidence);
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("..", "aftercert").toAbsolutePath().normalize().toString(),
                "assess", evidence.getFileName().toString(), "--lang", "en").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("AFTERCERT_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("final score 78.1"), output);
    }
}
