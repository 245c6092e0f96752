package io.aftercert.core;

import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.core.spi.RubricProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.TestRubrics;
import io.aftercert.core.model.Rubric;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricRegistryTests {
    public static final class MiniProvider implements RubricProvider {
        public String id() { return "mini"; }
        public Rubric load() { return TestRubrics.mini(); }
    }

    public static final class OtherMiniProvider implements RubricProvider {
        public String id() { return "mini"; }
        public Rubric load() { return TestRubrics.mini(); }
    }

    public static final class PreferredMiniProvider implements RubricProvider {
        public String id() { return "mini"; }
        public Rubric load() { return TestRubrics.mini(); }
        public int priority() { return 10; }
    }

    public static final class BrokenProvider implements RubricProvider {
        public String id() { return "broken"; }
        public Rubric load() { throw new IllegalStateException("rubric data missing"); }
    }

    public static final class LyingProvider implements RubricProvider {
        public String id() { return "weighted-x"; }
        public Rubric load() { return TestRubrics.weighted(); }
    }

    @Test
    void findsListsAndRequiresById() {
        RubricRegistry reg = RubricRegistry.of(List.of(new MiniProvider()));
        assertEquals("mini", reg.require("mini").id());
        assertEquals("1", reg.list().get(0).version());
        assertTrue(reg.find("mini", "1").isPresent());
        assertTrue(reg.find("mini", "2").isEmpty());
        UnknownRubricException e = assertThrows(UnknownRubricException.class, () -> reg.require("mimi"));
        assertTrue(e.getMessage().contains("did you mean 'mini'"), e.getMessage());
        assertEquals("mimi", e.id());
        assertTrue(e.text().zh().startsWith("未安装评分标准“mimi”"), e.text().zh());
        assertTrue(e instanceof AfterCertException);
    }

    @Test
    void twoProvidersWithOneIdAreRefusedNamingBothClasses() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RubricRegistry.of(List.of(new MiniProvider(), new OtherMiniProvider())));
        assertTrue(e.getMessage().contains(MiniProvider.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(OtherMiniProvider.class.getName()), e.getMessage());
    }

    @Test
    void theHigherPriorityWinsInEitherOrderAndTheChoiceIsReported() {
        for (List<RubricProvider> order : List.of(List.<RubricProvider>of(new MiniProvider(), new PreferredMiniProvider()),
                List.<RubricProvider>of(new PreferredMiniProvider(), new MiniProvider()))) {
            RubricRegistry reg = RubricRegistry.of(order);
            assertEquals(PreferredMiniProvider.class.getName(), reg.list().get(0).provider());
            assertEquals(1, reg.problems().size(), reg.problems()::toString);
            String p = reg.problems().get(0);
            assertTrue(p.contains(PreferredMiniProvider.class.getName() + " (priority 10) is used")
                    && p.contains(MiniProvider.class.getName() + " (priority 0) is not"), p);
        }
    }

    @Test
    void theOverrideBeatsAHigherPriority() {
        System.setProperty(RubricRegistry.OVERRIDE_PREFIX + "mini", MiniProvider.class.getName());
        try {
            RubricRegistry reg = RubricRegistry.of(List.of(new PreferredMiniProvider(), new MiniProvider()));
            assertEquals(MiniProvider.class.getName(), reg.list().get(0).provider());
        } finally {
            System.clearProperty(RubricRegistry.OVERRIDE_PREFIX + "mini");
        }
    }

    @Test
    void anExplicitOverrideResolvesTheAmbiguity() {
        System.setProperty(RubricRegistry.OVERRIDE_PREFIX + "mini", OtherMiniProvider.class.getName());
        try {
            RubricRegistry reg = RubricRegistry.of(List.of(new MiniProvider(), new OtherMiniProvider()));
            assertEquals(OtherMiniProvider.class.getName(), reg.list().get(0).provider());
        } finally {
            System.clearProperty(RubricRegistry.OVERRIDE_PREFIX + "mini");
        }
    }

    @Test
    void aBrokenProviderIsReportedAndTheOthersKeepWorking() {
        RubricRegistry reg = RubricRegistry.of(List.of(new BrokenProvider(), new MiniProvider(), new LyingProvider()));
        assertEquals(List.of("mini"), reg.list().stream().map(RubricRegistry.RubricInfo::id).toList());
        assertEquals(2, reg.problems().size(), reg.problems().toString());
        assertTrue(reg.problems().stream().anyMatch(p -> p.contains(BrokenProvider.class.getName()) && p.contains("rubric data missing")));
        assertTrue(reg.problems().stream().anyMatch(p -> p.contains("returned rubric 'weighted'")));
        UnknownRubricException e = assertThrows(UnknownRubricException.class, () -> reg.require("broken"));
        assertTrue(e.getMessage().contains("is broken"), e.getMessage());
        assertTrue(e.text().zh().startsWith("评分标准“broken”的提供者无法使用"), e.text().zh());
    }

    @Test
    void aServiceEntryThatCannotBeLoadedIsSkippedAndReported(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(RubricProvider.class.getName()),
                "com.example.Missing\n" + MiniProvider.class.getName() + "\n");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            RubricRegistry reg = RubricRegistry.discover(cl);
            assertEquals(List.of("mini"), reg.ids());
            assertTrue(reg.problems().get(0).contains("com.example.Missing"), reg.problems().toString());
        }
    }

    /** A renderer of the test's own, found through a service file. */
    public static final class TextRenderer implements io.aftercert.core.spi.ReportRenderer {
        private final String format;

        public TextRenderer() {
            this("text");
        }

        TextRenderer(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public byte[] render(ReportRequest request) {
            return request.result().rubric().id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The same format again: the first one found is used. */
    public static final class OtherTextRenderer implements io.aftercert.core.spi.ReportRenderer {
        public OtherTextRenderer() {
        }

        @Override
        public String format() {
            return "text";
        }

        @Override
        public byte[] render(ReportRequest request) {
            return new byte[0];
        }
    }

    @Test
    void aRendererIsFoundByFormatWithoutServiceLoaderCode(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(io.aftercert.core.spi.ReportRenderer.class.getName()),
                "com.example.MissingRenderer\n" + TextRenderer.class.getName() + "\n" + OtherTextRenderer.class.getName() + "\n");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            RubricRegistry reg = RubricRegistry.discover(cl);
            assertEquals(TextRenderer.class, reg.renderer("text").orElseThrow().getClass());
            assertSame(reg.renderer("text").orElseThrow(), reg.renderer("text").orElseThrow());
            assertTrue(reg.renderer("html").isEmpty());
            assertEquals(List.of("text"), reg.rendererFormats());
            assertEquals(2, reg.problems().size(), reg.problems().toString());
            assertTrue(reg.problems().get(0).contains("com.example.MissingRenderer"), reg.problems().toString());
            assertTrue(reg.problems().get(1).contains(OtherTextRenderer.class.getName() + " is not"), reg.problems().toString());
        }
    }
}
