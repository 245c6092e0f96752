package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "readiness across standards" page: self-contained, escaped, one language at a time. */
class CrosswalkHtmlTests {
    @Test
    void thePageShowsTheRangeAndStaysInertWithHostileNotes() throws Exception {
        Assessment a = CrosswalkTests.exampleSupportConforms();
        var ev = new java.util.LinkedHashMap<>(a.evidence());
        ev.put("5.2.2.2", Evidence.conforms(true).withNotes("<script>alert(1)</script>"));
        Assessment hostile = new Assessment(a.rubricId(), a.rubricVersion(), new Organization("<img src=x onerror=alert(1)>", null),
                a.assessedOn(), a.assessor(), a.qualifyingGradeHeldMonths(), ev, a.findings());
        String zh = new String(CrosswalkHtml.render("x.json", List.of(CrosswalkTests.cross(hostile, "hxjt")), "zh"), StandardCharsets.UTF_8);
        assertTrue(zh.contains("Content-Security-Policy"));
        assertFalse(zh.contains("<script>"), "user text must be escaped");
        assertFalse(zh.contains("<img src=x"), "user text must be escaped");
        assertTrue(zh.contains("已确认部分 3.3；剩余条款全部得满分时 100.0"), "the hand-checked bounds 10/3 and 100 (see CrosswalkTests), cut to one place");
        String visible = zh.replaceAll("<[^>]+>", " ");
        assertFalse(visible.contains("hxjt") || visible.contains("gbt27922"), "standards by name, never by rubric id");
        assertFalse(zh.contains(io.aftercert.core.SdkVersion.VERSION + "</footer>"), "the version only in the method section");
        String en = new String(CrosswalkHtml.render("x.json", List.of(CrosswalkTests.cross(a, "hxjt")), "en"), StandardCharsets.UTF_8);
        assertTrue(en.contains("Confirmed so far 3.3"), "English bounds");
        // the English page's own words carry no Chinese: strip user data (notes, titles quoted from the rubric) first
        String chrome = en.replaceAll("(?s)<div class=\"note\">.*?</div>", "").replaceAll("(?s)<p class=\"note\">.*?</p>", "").replaceAll("(?s)<td>.*?</td>", "")
                .replaceAll("(?s)<title>.*?</title>", "");
        chrome = chrome.replace(a.organization().name(), "");
        assertFalse(Pattern.compile("[\\u4e00-\\u9fff]").matcher(chrome).find(), "Chinese left in the English page chrome");
    }

    @Test
    void aTargetWithoutGradesIsNamedByWhatItsDataSaysItsScoreIs() throws Exception {
        Assessment a = CrosswalkTests.example();
        String toChecklist = new String(CrosswalkHtml.render("x.json", List.of(CrosswalkTests.cross(a, "gxdsl259")), "zh"), StandardCharsets.UTF_8);
        assertTrue(toChecklist.contains("符合率（不设等级）") && !toChecklist.contains("质量指数"), "gxdsl259 declares a conformance result");
        String en = new String(CrosswalkHtml.render("x.json", List.of(CrosswalkTests.cross(a, "gxdsl259")), "en"), StandardCharsets.UTF_8);
        assertTrue(en.contains("conformance rate (no grades)"));
        String toIndex = new String(CrosswalkHtml.render("x.json", List.of(CrosswalkTests.cross(a, "gxdsl244")), "zh"), StandardCharsets.UTF_8);
        assertTrue(toIndex.contains("质量指数（不设等级）"), "gxdsl244 declares none: a quality index");
    }
}
