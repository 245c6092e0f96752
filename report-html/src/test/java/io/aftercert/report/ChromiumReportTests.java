package io.aftercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders reports in headless Chromium (Debian package {@code chromium}; {@code .ci/run} installs
 * it) and checks the rendered DOM. Without Chromium the tests fail, unless
 * {@code AFTERCERT_SKIP_BROWSER=1} says to skip them on purpose. Screenshots of every example
 * report go to {@code target/screenshots}.
 */
class ChromiumReportTests {
    private static String chromium;

    @BeforeAll
    static void findChromium() {
        String env = System.getenv("AFTERCERT_CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                chromium = c;
                return;
            }
        }
        Assumptions.assumeFalse("1".equals(System.getenv("AFTERCERT_SKIP_BROWSER")), "browser tests skipped on request");
        throw new IllegalStateException("Chromium not found: install Debian's 'chromium' (as .ci/run does) or set AFTERCERT_CHROMIUM");
    }

    private static String run(Path profile, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 90 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String dumpDom(Path html, Path profile) throws Exception {
        return run(profile, "--virtual-time-budget=3000", "--dump-dom", html.toUri().toString());
    }

    @Test
    void verdictAndChartsAreInTheRenderedDom(@TempDir Path dir) throws Exception {
        for (Path example : ReportFixtures.examples()) {
            for (String lang : List.of("zh", "en")) {
                var req = ReportFixtures.request(example, lang);
                Path html = dir.resolve(example.getFileName() + "." + lang + ".html");
                Files.writeString(html, new HtmlReportRenderer().renderString(req));
                String dom = dumpDom(html, dir.resolve("profile"));
                assertTrue(dom.contains("id=\"final-score\">" + req.result().scoreDisplay().toPlainString() + "</div>"),
                        example + ": verdict score in the DOM");
                if (req.result().grade() != null) {
                    assertTrue(dom.contains("id=\"grade-badge\">" + req.result().grade().label().in(lang) + "</span>"), example + ": grade badge");
                }
                Matcher bars = Pattern.compile("<rect class=\"bar-(hi|good|mid|low|na)\"").matcher(dom);
                int count = 0;
                while (bars.find()) count++;
                assertTrue(count >= req.result().groups().stream().filter(g -> g.level() == 1).count(), example + ": one bar per first-level group");
            }
        }
    }

    @Test
    void injectedScriptsDoNotRun(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("hostile.html");
        Files.writeString(html, new HtmlReportRenderer().renderString(ReportFixtures.request(HtmlReportSafetyTests.hostile(), "zh")));
        String dom = dumpDom(html, dir.resolve("profile"));
        assertTrue(dom.contains("id=\"final-score\""), "the report rendered");
        assertFalse(dom.contains("<p id=\"pwned-"), "an injected payload ran: " + dom.substring(Math.max(0, dom.indexOf("pwned") - 200)));
        assertFalse(dom.contains("<title>pwned"), "an injected payload changed the title");
        assertTrue(dom.contains("&lt;script&gt;document.body.insertAdjacentHTML"), "the payload is visible as text");
    }

    @Test
    void screenshotsOfEveryExampleReport(@TempDir Path dir) throws Exception {
        Path out = Path.of(System.getProperty("aftercert.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        for (Path example : ReportFixtures.examples()) {
            String name = example.getParent().getFileName() + "-" + example.getFileName().toString().replace(".json", "");
            Path html = out.resolve(name + ".html");
            Files.writeString(html, new HtmlReportRenderer().renderString(ReportFixtures.request(example, "zh")));
            Path png = out.resolve(name + ".png");
            run(dir.resolve("profile"), "--window-size=1100,2400", "--screenshot=" + png.toAbsolutePath(), html.toUri().toString());
            assertTrue(Files.size(png) > 50_000, name + ": screenshot looks empty");
        }
        assertEquals(ReportFixtures.examples().size() * 2L, Files.list(out).count());
    }
}
