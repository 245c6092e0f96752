package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding recipe is the consumer project .ci/run builds from an empty local
 * repository; here it is checked to be printed verbatim, and compiled and run against this build.
 */
class EmbeddingRecipeTests {
    private static final Path README = Path.of("..", "README.md");
    private static final Path CONSUMER = Path.of("..", ".ci", "consumer");
    private static final Path EMBED = CONSUMER.resolve("src/main/java/example/Embed.java");

    private static String embeddingSection() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## Embedding (Java)");
        assertTrue(start >= 0, "README has an Embedding section");
        int end = readme.indexOf("\n## ", start + 5);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String block(String section, String lang) {
        Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(m.find(), "a ```" + lang + " block");
        return m.group(1);
    }

    @Test
    void readmeShowsTheConsumerProjectVerbatim() throws Exception {
        String section = embeddingSection();
        assertEquals(Files.readString(EMBED, StandardCharsets.UTF_8), block(section, "java"),
                "the README's Java must be .ci/consumer/src/main/java/example/Embed.java");
        String pom = Files.readString(CONSUMER.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains(block(section, "xml")), "the README's Maven snippet must be in .ci/consumer/pom.xml");
    }

    @Test
    void theRecipeCompilesAndRuns(@TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String cp = System.getProperty("java.class.path");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-classpath", cp, "-d", classes.toString(), "-encoding", "UTF-8",
                "-Xlint:all", "-Werror", EMBED.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass("example.Embed").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {Path.of("gbt27922", "appliance-manufacturer.json").toString()});
        } finally {
            System.setOut(saved);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // the manufacturer example scores 78.1 (Gbt27922ExamplesTests works it out)
        assertEquals("gbt27922" + File.separator + "appliance-manufacturer.json: 78.1", lines.get(0));
        // four items of fifty assessed: far below 达标, so the grade is none and the next grade is reachable
        assertEquals("none", lines.get(3), lines.toString());
        assertTrue(lines.get(5).startsWith("["), lines.toString());
    }

    @Test
    void gradeAndNextGradeAreEmptyWhereThereIsNone() throws Exception {
        RubricRegistry registry = RubricRegistry.getDefault();
        Path retailer = Path.of("gxdsl244", "guangxi-ecommerce-retailer.json");
        AssessmentResult index = ScoringEngine.score(registry.require("gxdsl244"),
                EvidenceJson.read(Files.readAllBytes(retailer), retailer.toString(), registry::find));
        assertTrue(index.optionalGrade().isEmpty(), "gxdsl244 is an index without grades");
        assertTrue(index.optionalNextGrade().isEmpty());

        // every gbt27922 item at full credit: 100, 五星, the top grade, so there is no next grade
        Rubric gbt = registry.require("gbt27922");
        Assessment.Builder all = Assessment.builder("gbt27922", new Organization("满分公司", "manufacturer")).qualifyingGradeHeldMonths(24);
        for (Indicator leaf : gbt.leaves()) {
            all.put(leaf.code(), leaf.kind() == IndicatorKind.METRIC ? Evidence.value(leaf.metric().target())
                    : leaf.kind() == IndicatorKind.SAMPLED ? Evidence.sample(10, 10) : Evidence.conforms(true));
        }
        AssessmentResult top = ScoringEngine.score(gbt, all.build());
        assertEquals("five-star", top.optionalGrade().orElseThrow().id());
        assertTrue(top.optionalNextGrade().isEmpty(), "no grade above five-star");
    }
}
