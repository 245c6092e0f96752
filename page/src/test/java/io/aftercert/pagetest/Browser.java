package io.aftercert.pagetest;

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

/**
 * Headless Chromium (Debian's {@code chromium}) and pdftotext for the page tests of every module:
 * the layout checks every page must pass at a width, and printing to A4. Without Chromium the tests
 * fail, unless {@code AFTERCERT_SKIP_BROWSER=1} says to skip them on purpose.
 *
 * <p>A page's Content-Security-Policy forbids scripts, so the checks run in a harness page that
 * holds the untouched page in a {@code srcdoc} frame of the width asked and writes what it found
 * into its own DOM, which {@code --dump-dom} returns.
 */
public final class Browser {
    private final String chromium;
    private final Path profile;

    private Browser(String chromium, Path profile) {
        this.chromium = chromium;
        this.profile = profile;
    }

    /** The browser, with its profile in {@code dir}; skips the test when asked to and Chromium is missing. */
    public static Browser find(Path dir) {
        for (String c : new String[] {System.getenv("AFTERCERT_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && Files.isExecutable(Path.of(c))) return new Browser(c, dir.resolve("profile"));
        }
        Assumptions.assumeFalse("1".equals(System.getenv("AFTERCERT_SKIP_BROWSER")), "browser tests skipped on request");
        throw new IllegalStateException("Chromium not found: install Debian's 'chromium' or set AFTERCERT_CHROMIUM");
    }

    /** Runs Chromium headless with {@code args}; returns its standard output. */
    public String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 90 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A harness holding {@code html} in a frame {@code width} px wide, running {@code script} (with {@code d}, {@code w}) once it has loaded. */
    public static Path harness(String html, Path file, int width, int height, String script) throws IOException {
        String src = html.replace("&", "&amp;").replace("\"", "&quot;");
        Files.writeString(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
                + "<iframe id=\"f\" style=\"display:block;width:" + width + "px;height:" + height + "px;border:0\" srcdoc=\"" + src + "\"></iframe>"
                + (script == null ? "" : "<script>document.getElementById('f').addEventListener('load',function(){var d=this.contentDocument,w=this.contentWindow;"
                + script + "});</script>") + "</body></html>");
        return file;
    }

    /**
     * What the page breaks of the rules at {@code width} px: an element reaching past the viewport,
     * a table cell narrower than two characters of its font, a chart (svg, role=img) without a text
     * alternative. One line per problem; none when the page keeps them.
     */
    public List<String> layoutProblems(String html, Path dir, String name, int width) throws Exception {
        Path h = harness(html, dir.resolve(name + "." + width + ".check.html"), width, 1200, CHECK_JS);
        String dom = run("--window-size=" + Math.max(width, 500) + ",1200", "--virtual-time-budget=3000", "--dump-dom", h.toUri().toString());
        Matcher m = Pattern.compile("<pre id=\"measure\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        if (!m.find()) throw new AssertionError(name + ": the measuring script did not run");
        String text = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
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
            + "var pre=document.createElement('pre');pre.id='measure';pre.textContent=out.join('\\n');document.body.appendChild(pre);";

    /** {@code html} printed to A4 as {@code pdf}; returns the text of each page (pdftotext -layout). */
    public List<String> print(Path html, Path pdf) throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (!Files.isExecutable(pdftotext)) throw new IllegalStateException("pdftotext not found: install Debian's 'poppler-utils'");
        run("--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toUri().toString());
        Process p = new ProcessBuilder(pdftotext.toString(), "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        List<String> pages = new ArrayList<>();
        for (String page : text.split("\f")) if (!page.isBlank()) pages.add(page.replaceAll("[ \\t]+", " "));
        return pages;
    }

    /** "第 i 页，共 n 页" or "Page i of n". */
    public static String pageNumber(String lang, int i, int n) {
        return "zh".equals(lang) ? "第 " + i + " 页，共 " + n + " 页" : "Page " + i + " of " + n;
    }
}
