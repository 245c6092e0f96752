package io.aftercert.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Selenium WebDriver through Debian's chromedriver (nothing downloaded for
 * the browser), full-page screenshots through the DevTools protocol, and axe-core from the npm
 * registry, checked against the registry's integrity and injected into each page.
 */
final class WebBrowser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** axe-core from the npm registry: version and the registry's {@code dist.integrity} of its tarball. */
    static final String AXE_VERSION = "4.14.1";
    static final String AXE_INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

    final ChromeDriver driver;
    private final String axe;
    private final Path shots;

    WebBrowser(Path shots) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            // as every module's browser tests: missing Chromium fails, unless skipping was asked for
            org.junit.jupiter.api.Assumptions.assumeFalse("1".equals(System.getenv("AFTERCERT_SKIP_BROWSER")), "browser tests skipped on request");
            throw new IllegalStateException("install Debian's 'chromium' and 'chromium-driver' (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        }
        this.shots = Files.createDirectories(shots);
        this.axe = axeSource();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--lang=zh-CN",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--disable-background-networking", "--disable-component-update",
                "--no-first-run");
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    /** The axe-core script: from target/ when fetched before, else from the npm registry, checked against {@link #AXE_INTEGRITY}. */
    static String axeSource() throws IOException, InterruptedException {
        Path dir = Path.of("target", "axe-core-" + AXE_VERSION);
        Path tgz = dir.resolve("axe-core.tgz");
        if (!Files.exists(tgz)) {
            Files.createDirectories(dir);
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
            HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create("https://registry.npmjs.org/axe-core/-/axe-core-" + AXE_VERSION + ".tgz"))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) throw new IOException("the npm registry answered " + res.statusCode() + " for axe-core " + AXE_VERSION);
            Path part = dir.resolve("axe-core.tgz.part");
            Files.write(part, res.body());
            Files.move(part, tgz, StandardCopyOption.REPLACE_EXISTING);
        }
        byte[] bytes = Files.readAllBytes(tgz);
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(sha512(bytes));
        if (!integrity.equals(AXE_INTEGRITY)) {
            Files.delete(tgz);
            throw new IOException("axe-core tarball does not match the registry's integrity: " + integrity);
        }
        return new String(tarEntry(bytes, "package/axe.min.js"), StandardCharsets.UTF_8);
    }

    static byte[] sha512(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file of a .tgz (ustar: 512-byte headers, name at 0, octal size at 124). */
    static byte[] tarEntry(byte[] tgz, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String n = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
                if (n.isEmpty()) break;
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").strip(), 8);
                byte[] body = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (n.equals(name)) return body;
            }
        }
        throw new IOException(name + " is not in the tarball");
    }

    /** The serious and critical axe violations of the page shown (WCAG 2.0–2.2 A and AA rules), as "rule: targets". */
    List<String> axeViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object out = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return {id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 4).map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || ''); })}; }))); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String s = String.valueOf(out);
        if (s.startsWith("ERROR")) throw new AssertionError("axe failed: " + s);
        List<String> l = new ArrayList<>();
        try {
            for (JsonNode v : Json.readTree(s.getBytes(StandardCharsets.UTF_8))) l.add(v.get("id").asText() + " (" + v.get("impact").asText() + "): " + v.get("nodes"));
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
        return l;
    }

    /** Screenshots of the whole page at 1280 px and at a phone's 390 px, as NAME-1280.png and NAME-390.png. */
    void screenshots(String name) throws IOException {
        shot(name + "-1280", 1280, 900, false);
        shot(name + "-390", 390, 844, true);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void shot(String name, int width, int height, boolean mobile) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        Object h = driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        long full = Math.min(16_000, ((Number) h).longValue());
        Map<String, Object> r = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", full, "scale", 1)));
        Files.write(shots.resolve(name + ".png"), Base64.getDecoder().decode((String) r.get("data")));
    }

    /** The page's width overflow at the current size: pixels the document is wider than the viewport. */
    long overflow() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
