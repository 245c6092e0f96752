package io.aftercert.pagetest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's {@code chromium} driven through its {@code chromedriver} by
 * Selenium) and pdftotext for the page tests of every module: the layout checks every page must
 * pass at a width, screenshots, and printing to A4. One browser session serves every test of a
 * JVM ({@link #find}); it is closed when the JVM ends. Without Chromium the tests fail, unless
 * {@code AFTERCERT_SKIP_BROWSER=1} says to skip them on purpose.
 *
 * <p>A page's Content-Security-Policy forbids its own scripts; the checks are run by the driver
 * (outside the page's policy), in a viewport of the width asked (device-metrics emulation, so a
 * phone's 390 px is the page's real viewport).
 */
public final class Browser {
    private static Browser shared;
    private final ChromeDriver driver;
    private final Path dir;

    private Browser(ChromeDriver driver, Path dir) {
        this.driver = driver;
        this.dir = dir;
    }

    /**
     * The JVM's one browser session, started on first use (the argument is kept for the callers
     * that name a directory; the session keeps its own). Skips the test when asked to and
     * Chromium is missing.
     */
    public static synchronized Browser find(Path ignored) {
        if (shared != null) return shared;
        String chromium = null;
        for (String c : new String[] {System.getenv("AFTERCERT_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                chromium = c;
                break;
            }
        }
        String driverPath = System.getenv().getOrDefault("AFTERCERT_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (chromium == null || !Files.isExecutable(Path.of(driverPath))) {
            Assumptions.assumeFalse("1".equals(System.getenv("AFTERCERT_SKIP_BROWSER")), "browser tests skipped on request");
            throw new IllegalStateException("Chromium or chromedriver not found: install Debian's 'chromium' and 'chromium-driver', "
                    + "or set AFTERCERT_CHROMIUM and AFTERCERT_CHROMEDRIVER");
        }
        try {
            Path dir = Files.createTempDirectory("aftercert-browser");
            ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--no-first-run", "--disable-quic",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driverPath).toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90)).scriptTimeout(Duration.ofSeconds(60));
            shared = new Browser(driver, dir);
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
            return shared;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads {@code html} (a file) in a viewport {@code width} × {@code height} px. */
    private synchronized void load(Path html, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.get(html.toUri().toString());
    }

    /** {@code html} written to a file of the session's own, named {@code name}. */
    private Path file(String html, String name) throws IOException {
        Path f = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".html");
        Files.writeString(f, html);
        return f;
    }

    /**
     * Runs {@code script} in the page {@code html} at {@code width} px: the script sees the page's
     * {@code d} (document) and {@code w} (window) and returns a value, which this returns.
     */
    public synchronized Object evaluate(String html, String name, int width, int height, String script) throws IOException {
        load(file(html, name + "." + width), width, height);
        return driver.executeScript("var d=document,w=window;" + script);
    }

    /**
     * What the page breaks of the rules at {@code width} px: an element reaching past the viewport,
     * a table cell narrower than two characters of its font, a chart (svg, role=img) without a text
     * alternative. One line per problem; none when the page keeps them.
     */
    public List<String> layoutProblems(String html, Path ignored, String name, int width) throws Exception {
        return problems(String.valueOf(evaluate(html, name, width, 1200, CHECK_JS)), name, width);
    }

    private static List<String> problems(String text, String name, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) if (!line.isBlank() && !line.startsWith("ok ")) out.add(name + " @" + width + ": " + line);
        return out;
    }

    private static final String CHECK_JS = "var out=[];var vw=d.documentElement.clientWidth;out.push('ok viewport '+vw);"
            + "if(d.documentElement.scrollWidth>vw)out.push('the page scrolls sideways: '+d.documentElement.scrollWidth+' > '+vw);"
            + "d.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();if(r.width===0||r.right<=vw+0.5)return;"
            + "for(var a=e.parentElement;a;a=a.parentElement){var s=w.getComputedStyle(a);if(s.overflowX!=='visible'&&a.getBoundingClientRect().right<=vw+0.5)return;}"
            + "out.push('wide: '+e.tagName+'.'+e.className+' right='+Math.round(r.right)+' '+(e.textContent||'').trim().slice(0,40));});"
            + "d.querySelectorAll('td,th').forEach(function(e){var t=(e.textContent||'').trim();if(t.length<2||e.offsetParent===null)return;"
            + "for(var a=e;a;a=a.parentElement){if(a.getBoundingClientRect().width<=1)return;}"
            + "var fs=parseFloat(w.getComputedStyle(e).fontSize);var s=w.getComputedStyle(e);"
            + "var inner=e.clientWidth-parseFloat(s.paddingLeft)-parseFloat(s.paddingRight);"
            + "if(inner<2*fs-0.5)out.push('narrow cell: '+Math.round(inner)+' px '+t.slice(0,30));});"
            + "d.querySelectorAll('svg,[role=img]').forEach(function(e){var l=e.getAttribute('aria-label');"
            + "if(!l||!l.trim())out.push('chart without text: '+e.tagName+'.'+(e.getAttribute('class')||''));});"
            + "return out.join('\\n');";

    /** A screenshot of {@code html} (a file) at {@code width} × {@code height} px, written to {@code png}. */
    public synchronized void screenshot(Path html, int width, int height, Path png) throws IOException {
        load(html, width, height);
        shoot(png);
    }

    /** The page shown, as it is, written to {@code png}. */
    private void shoot(Path png) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** {@code html} printed to A4 as {@code pdf} (the page's own @page rules: size, margins, running header); returns the text of each page (pdftotext -layout). */
    public List<String> print(Path html, Path pdf) throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (!Files.isExecutable(pdftotext)) throw new IllegalStateException("pdftotext not found: install Debian's 'poppler-utils'");
        synchronized (this) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.get(html.toUri().toString());
            Map<String, Object> printed = driver.executeCdpCommand("Page.printToPDF",
                    Map.of("printBackground", true, "preferCSSPageSize", true, "displayHeaderFooter", false));
            Files.write(pdf, Base64.getDecoder().decode((String) printed.get("data")));
        }
        Process p = new ProcessBuilder(pdftotext.toString(), "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        List<String> pages = new ArrayList<>();
        for (String page : text.split("\f")) if (!page.isBlank()) pages.add(page.replaceAll("[ \\t]+", " "));
        return pages;
    }

    /**
     * The checks every page passes, in one language: at 1280 and 390 px the layout rules
     * ({@link #layoutProblems}) and a screenshot each ({@code out/name.lang.width.png}); printed
     * to A4 ({@code out/name.lang.pdf}) with "第 x 页，共 y 页" / "Page x of y" on every page; in
     * Chinese the text rules of {@link ZhText}. Returns the problems and the printed pages' text.
     */
    public Checked check(String html, String name, String lang, Path out, int phoneHeight) throws Exception {
        Files.createDirectories(out);
        List<String> problems = new ArrayList<>();
        Path file = out.resolve(name + "." + lang + ".html").toAbsolutePath();
        Files.writeString(file, html);
        for (int width : new int[] {1280, 390}) {
            // one load per width: the layout rules are read and the screenshot taken from the same page
            String text;
            synchronized (this) {
                load(file, width, width == 390 ? phoneHeight : 1800);
                text = String.valueOf(driver.executeScript("var d=document,w=window;" + CHECK_JS));
                shoot(out.resolve(name + "." + lang + "." + width + ".png").toAbsolutePath());
            }
            problems.addAll(problems(text, name + "." + lang, width));
        }
        List<String> pages = print(file, out.resolve(name + "." + lang + ".pdf").toAbsolutePath());
        if (pages.isEmpty()) problems.add(name + "." + lang + ": nothing printed");
        for (int i = 1; i <= pages.size(); i++) {
            String number = pageNumber(lang, i, pages.size());
            if (!pages.get(i - 1).contains(number)) problems.add(name + "." + lang + " page " + i + ": no '" + number + "'");
        }
        if ("zh".equals(lang)) for (String p : ZhText.problems(ZhText.visibleText(html))) problems.add(name + ".zh: " + p);
        return new Checked(problems, pages);
    }

    /** What {@link #check} found: problems (none when the page keeps every rule) and the text of each printed page. */
    public record Checked(List<String> problems, List<String> pages) {
    }

    /** "第 i 页，共 n 页" or "Page i of n". */
    public static String pageNumber(String lang, int i, int n) {
        return "zh".equals(lang) ? "第 " + i + " 页，共 " + n + " 页" : "Page " + i + " of " + n;
    }
}
