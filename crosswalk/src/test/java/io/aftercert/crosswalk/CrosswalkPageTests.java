package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.pagetest.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crosswalk page in headless Chromium, zh and en: at 1280 and 390 px nothing wider than the
 * screen, no cell narrower than two characters, every chart with a text alternative; printed to A4
 * with its page number on every page. Screenshots and PDFs go to {@code target/screenshots}.
 */
class CrosswalkPageTests {
    private static final Path OUT = Path.of(System.getProperty("aftercert.screenshots", "target/screenshots"));

    @Test
    void thePageFitsScreenPhoneAndPaperInBothLanguages() throws Exception {
        Browser browser = Browser.find(null);
        var a = CrosswalkTests.example();
        List<CrosswalkResult> results = List.of(CrosswalkTests.cross(a, "hxjt"), CrosswalkTests.cross(a, "gxdsl244"), CrosswalkTests.cross(a, "gxdsl259"));
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            String html = new String(CrosswalkHtml.render("x.json", results, lang), StandardCharsets.UTF_8);
            Browser.Checked c = browser.check(html, "crosswalk", lang, OUT, 2600);
            problems.addAll(c.problems());
            // the first page names every standard and its estimate; no rubric id or version reaches a reader before the method
            String first = c.pages().get(0).replaceAll("\\s+", " ");
            for (String must : List.of("GB/T 16784—2025", "T/GXDSL 244—2025", "T/GXDSL 259—2025"))
                if (!first.contains(must)) problems.add(lang + " first page lacks '" + must + "'");
            String all = String.join(" ", c.pages());
            String beforeMethod = all.substring(0, Math.max(0, all.lastIndexOf("zh".equals(lang) ? "方法与来源" : "Method and provenance")));
            for (String id : List.of("gxdsl244", "gxdsl259", "hxjt", "gbt27922", "SNAPSHOT"))
                if (beforeMethod.contains(id)) problems.add(lang + ": '" + id + "' printed for a reader");
        }
        assertEquals(List.of(), problems);
    }
}
