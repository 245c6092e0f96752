package io.aftercert.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rubric author's test JVM (no SLF4J provider) stays silent when the test kit validates a schema. */
class QuietSlf4jTests {

    /** Entry point of the child JVM: {@code kit} uses the test kit, {@code bare} touches SLF4J directly. */
    public static void main(String[] args) {
        if (args[0].equals("kit")) {
            List<String> errors = Schemas.evidenceErrors("{}".getBytes(StandardCharsets.UTF_8));
            if (errors.isEmpty()) throw new AssertionError("an empty object is not an evidence file");
            if (System.getProperty("slf4j.provider") != null) throw new AssertionError("property left behind");
        } else {
            org.slf4j.LoggerFactory.getLogger("bare").info("x");
        }
    }

    private static String stderrOf(Path dir, String mode) throws Exception {
        Path err = dir.resolve(mode + ".err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QuietSlf4jTests.class.getName(), mode)
                .redirectError(err.toFile()).redirectOutput(dir.resolve(mode + ".out").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    @Test
    void schemaValidationPrintsNoSlf4jWarning(@TempDir Path dir) throws Exception {
        // control: this class path has no provider, so SLF4J used bare does warn
        assertTrue(stderrOf(dir, "bare").contains("No SLF4J providers were found"), "control run");
        assertEquals("", stderrOf(dir, "kit"));
    }
}
