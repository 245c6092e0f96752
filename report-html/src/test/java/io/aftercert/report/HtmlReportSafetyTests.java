package io.aftercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hostile names, notes, justifications and attachments stay inert text. */
class HtmlReportSafetyTests {
    static final String SCRIPT = "<script>document.body.insertAdjacentHTML('beforeend','<p id=\"pwned-script\"></p>')</script>";
    static final String IMG = "<img src=x onerror=\"document.body.insertAdjacentHTML('beforeend','<p id=pwned-img></p>')\">";
    static final String STYLE = "</style><script>document.title='pwned-style'</script><style>";
    static final String JS_URL = "javascript:document.body.insertAdjacentHTML('beforeend','<p id=pwned-url></p>')";
    static final String ATTR = "\" onmouseover=\"document.title='pwned-attr'\" x=\"";

    static Assessment hostile() {
        return Assessment.builder("gbt27922", new Organization(SCRIPT + "华澜", "manufacturer"))
                .assessor(ATTR)
                .put("5.1.1.1", Evidence.conforms(false).withNotes(IMG).withAttachments(List.of(JS_URL, "<a href=\"" + JS_URL + "\">x</a>")))
                .put("5.1.5.2", Evidence.band(2).withNotes(STYLE))
                .put("5.2.5.5", Evidence.notApplicable(SCRIPT + STYLE))
                .finding(Finding.deduction("law", IMG + ATTR))
                .finding(Finding.bonus(SCRIPT))
                .build();
    }

    @Test
    void userTextIsEscapedEverywhere() {
        for (String lang : List.of("zh", "en")) {
            String html = new HtmlReportRenderer().renderString(ReportFixtures.request(hostile(), lang));
            assertFalse(html.contains("<script"), "no script element");
            assertFalse(html.contains("<img"), "no img element");
            assertFalse(html.contains("<a "), "no anchor element");
            assertFalse(Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no event-handler attribute");
            assertFalse(Pattern.compile("=\\s*\"?javascript:", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no javascript: attribute");
            assertEquals(1, html.split("</style>", -1).length - 1, "only our own </style>");
            assertTrue(html.contains("&lt;script&gt;"), "the payload is shown as text");
            assertTrue(html.contains(JS_URL.substring(0, 11)), "the attachment is shown as text");
        }
    }
}
