package io.aftercert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every hostile workbook of the corpus (hostile/WORKBOOKS.md) through every command that reads a
 * workbook, in one JVM with a 512 MiB heap: exit 2, a message naming the file and the place,
 * nothing written (an --into workbook keeps its bytes), no Java internals.
 */
class HostileWorkbookTests {
    static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    static final String RECORDS = Path.of("..", "examples", "records", "service-records.csv").toString();
    static final String RESPONSES = Path.of("..", "examples", "survey", "responses-2026q3.csv").toString();

    @Test
    void everyHostileWorkbookThroughEveryCommandExits2InA512MiBHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Each.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("checked 153 runs"), out); // 17 evidence workbooks × 8 commands + 8 survey workbooks × 2 + 1
    }

    /** Runs the cases; prints each failure and exits 1 when there is one. */
    public static final class Each {
        public static void main(String[] args) throws Exception {
            List<String> failures = new ArrayList<>();
            int runs = 0;
            Path tmp = Files.createTempDirectory("hostile");
            List<Path> evidence;
            try (Stream<Path> s = Files.list(CORPUS.resolve("workbook"))) {
                evidence = s.sorted().toList();
            }
            for (Path f : evidence) {
                String n = f.toString();
                Path out = tmp.resolve("out.json");
                List<String[]> cmds = List.of(new String[] {"assess", n, "--json", out.toString()}, new String[] {"plan", n},
                        new String[] {"diff", n, n}, new String[] {"crosswalk", n, "--json", out.toString()},
                        new String[] {"convert", n, "-o", out.toString()}, new String[] {"assess", "../examples/gbt27922/appliance-manufacturer.json",
                            "--previous", n, "--html", out.toString()});
                for (String[] c : cmds) {
                    runs++;
                    check(failures, c, n, run(c), out);
                }
                for (String[] c : List.of(new String[] {"kpi", RECORDS, "--evidence-for", "gbt27922", "--into", "INTO"},
                        new String[] {"survey", "score", RESPONSES, "--evidence-for", "gbt27922", "--into", "INTO"})) {
                    runs++;
                    Path into = tmp.resolve("into.xlsx");
                    Files.copy(f, into, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    String[] args2 = Arrays.stream(c).map(a -> a.equals("INTO") ? into.toString() : a).toArray(String[]::new);
                    Run r = run(args2);
                    check(failures, args2, into.toString(), r, out);
                    if (!Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(into))) failures.add(String.join(" ", args2) + ": --into changed");
                }
            }
            try (Stream<Path> s = Files.list(CORPUS.resolve("survey-workbook"))) {
                for (Path f : s.sorted().toList()) {
                    Path out = tmp.resolve("out.json");
                    String[] c = {"survey", "score", f.toString(), "--json", out.toString()};
                    runs++;
                    Run r = run(c);
                    // the one survey workbook within every limit scores (no valid answers: a finding, not an error)
                    if (f.getFileName().toString().startsWith("huge-shared-strings")) {
                        if (r.code() == 1) failures.add(String.join(" ", c) + ": exit 1 " + r.err());
                        Files.deleteIfExists(out);
                    } else {
                        check(failures, c, f.toString(), r, out);
                    }
                    runs++;
                    Path into = tmp.resolve("into.json");
                    Files.copy(Path.of("..", "examples", "gbt27922", "appliance-manufacturer.json"), into, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    String[] c2 = {"survey", "score", f.toString(), "--evidence-for", "gbt27922", "--into", into.toString()};
                    Run r2 = run(c2);
                    if (r2.code() == 1) failures.add(String.join(" ", c2) + ": exit 1 " + r2.err());
                }
            }
            runs++; // the corpus itself: every file is described
            String readme = Files.readString(CORPUS.resolve("WORKBOOKS.md"));
            for (Path f : evidence) {
                String stem = f.getFileName().toString().replace(".xlsx", "").replaceAll("-(verdict|notes|info|value|answer)$", "");
                if (!readme.contains(stem.startsWith("number-1e999999999") ? "number-1e999999999-*" : stem)) failures.add("WORKBOOKS.md misses " + f);
            }
            failures.forEach(System.out::println);
            System.out.println("checked " + runs + " runs, " + failures.size() + " failures");
            System.exit(failures.isEmpty() ? 0 : 1);
        }

        private static Run run(String... args) {
            return Run.run(args);
        }

        private static void check(List<String> failures, String[] cmd, String file, Run r, Path out) throws Exception {
            String c = String.join(" ", cmd);
            if (r.code() != 2) failures.add(c + ": exit " + r.code() + " " + r.err());
            if (!r.err().contains(file)) failures.add(c + ": does not name " + file + ": " + r.err());
            if (!r.err().matches("(?s).*(![A-Z]+[0-9]+|xl/|: 评分表|: 基本信息|: responses).*")) failures.add(c + ": names no place: " + r.err());
            for (String leak : List.of("internal error", "Exception", "io.aftercert", "org.dhatim", "javax.xml")) {
                if (r.all().contains(leak)) failures.add(c + ": leaks " + leak + ": " + r.err());
            }
            if (r.err().length() > 3000) failures.add(c + ": " + r.err().length() + " characters of errors");
            if (Files.exists(out)) {
                failures.add(c + ": wrote " + out);
                Files.delete(out);
            }
        }
    }
}
