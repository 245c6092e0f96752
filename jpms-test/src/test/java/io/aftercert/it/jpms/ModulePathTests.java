package io.aftercert.it.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ModularApp} in its own JVM with every AfterCert jar on the module path (nothing on
 * the class path): the module descriptors, service binding, the rubric resources read without
 * {@code opens}, Jackson and Hibernate Validator reflection and the report template must all work.
 */
class ModulePathTests {

    @Test
    void loadsEveryRubricScoresAndRendersOnTheModulePath(@TempDir Path out) throws Exception {
        Path examples = Path.of(System.getProperty("jpms.examples"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", System.getProperty("jpms.modulePath"),
                "-m", "io.aftercert.it.jpms/io.aftercert.it.jpms.ModularApp", out.toString(),
                examples.resolve("gbt27922/appliance-manufacturer.json").toString(),
                examples.resolve("hxjt/machine-tool-maker.json").toString(),
                examples.resolve("gxdsl244/guangxi-ecommerce-retailer.json").toString(),
                examples.resolve("gxdsl259/guangxi-ecommerce-retailer-conformance.json").toString(),
                examples.resolve("records/service-records.csv").toString(),
                examples.resolve("survey/responses-2026q3.csv").toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.resolve("stdout").toFile())
                .redirectError(out.resolve("stderr").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the modular app did not finish");
        String stdout = read(out.resolve("stdout"));
        String stderr = read(out.resolve("stderr"));
        assertEquals(0, p.exitValue(), "exit code; stdout:\n" + stdout + "\nstderr:\n" + stderr);
        // nothing logged on first use: no Hibernate Validator version line, no warnings
        assertEquals("", stderr, "the SDK wrote to standard error");

        assertTrue(stdout.contains("core module: io.aftercert.core"), stdout);
        assertTrue(stdout.contains("rubric gbt27922 ") && stdout.contains("from module io.aftercert.rubric.gbt27922"), stdout);
        assertTrue(stdout.contains("rubric hxjt ") && stdout.contains("from module io.aftercert.rubric.hxjt"), stdout);
        assertTrue(stdout.contains("rubric gxdsl244 ") && stdout.contains("from module io.aftercert.rubric.gxdsl244"), stdout);
        assertTrue(stdout.contains("rubric gxdsl259 ") && stdout.contains("from module io.aftercert.rubric.gxdsl259"), stdout);
        assertTrue(stdout.contains("renderer from module io.aftercert.report"), stdout);
        assertTrue(!stdout.contains("problem "), stdout);
        for (String name : List.of("gbt27922-appliance-manufacturer", "hxjt-machine-tool-maker", "gxdsl244-guangxi-ecommerce-retailer",
                "gxdsl259-guangxi-ecommerce-retailer-conformance")) {
            assertTrue(stdout.contains("scored " + name + " "), stdout);
            assertTrue(stdout.contains("workbook " + name + " read back same score"), stdout);
            assertTrue(Files.size(out.resolve(name + ".scored.xlsx")) > 5_000);
            String html = read(out.resolve(name + ".html"));
            assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), html.substring(0, 40));
            assertTrue(html.contains("</html>"));
        }
        assertTrue(stdout.contains("kpi service-records.csv "), stdout);
        assertTrue(stdout.contains("crosswalk gbt27922-appliance-manufacturer to hxjt page "), stdout);
        assertTrue(stdout.contains("survey responses-2026q3.csv html "), stdout);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
