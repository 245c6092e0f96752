package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The survey page: self-contained, safe with hostile input, complete in each language. */
class SurveyHtmlTests {
    private static final Questionnaire Q = Questionnaire.standard();

    private static SurveyReport hostile() throws Exception {
        String header = String.join(",", Q.columns());
        String answers = String.join(",", java.util.Collections.nCopies(Q.questions().size(), "4"));
        String csv = header + "\n\"<script>alert(1)</script>\"," + answers + ",,\n\"<img src=x onerror=alert(2)>\"," + answers.replaceFirst("4", "<b>9</b>") + ",,\n";
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        ResponseReader.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "<evil>.csv", Q, acc::add);
        return acc.result("<evil>.csv", 100L);
    }

    @Test
    void noScriptsNoExternalResourcesAndACsp() throws Exception {
        for (String lang : new String[] {"zh", "en"}) {
            String html = new String(SurveyHtml.render(hostile(), Q, lang), StandardCharsets.UTF_8);
            assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), lang);
            assertFalse(html.toLowerCase().contains("<script"), lang);
            assertFalse(html.contains("<img"), lang);
            assertFalse(html.contains("<b>9"), lang);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), lang);
            assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(html).find(), lang);
        }
    }

    @Test
    void chineseHasNoEnglishLeftoversAndEnglishNoChinese() throws Exception {
        SurveyReport r = SurveyAccumulatorTests.small(100L);
        String zh = visibleText(new String(SurveyHtml.render(r, Q, "zh"), StandardCharsets.UTF_8));
        // allowed Latin in the Chinese page: ids, column names, file names, standard names, the CLI option
        String rest = zh.replaceAll("“[^”]*”", "").replaceAll("\\d+\\.\\d+\\.\\d+-SNAPSHOT|respondent_id|submitted_at|duration_s|T/GXDSL|AfterCert|aftercert-perception|small\\.csv|--customers|--scale|--period|--weights|\\b[A-Z]{2}\\d\\b|\\bN\\b|\\bs\\b|\\bn\\b|\\bz\\b", "");
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(rest);
        assertFalse(m.find(), () -> "English in the zh page: " + m.group());
        String en = visibleText(new String(SurveyHtml.render(r, Q, "en"), StandardCharsets.UTF_8));
        // Chinese may appear only in quoted questionnaire data? No: the en page uses English texts throughout
        Matcher c = Pattern.compile("\\p{IsHan}").matcher(en);
        assertFalse(c.find(), () -> "Chinese in the en page near: " + en.substring(Math.max(0, c.start() - 40), Math.min(en.length(), c.start() + 40)));
    }

    private static String visibleText(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<head>.*?</head>", "");
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void showsTheSixDimensionsWithIntervalsWeakestQuestionsSampleAndQuality() throws Exception {
        String html = new String(SurveyHtml.render(SurveyAccumulatorTests.small(100L), Q, "zh"), StandardCharsets.UTF_8);
        assertEquals(6, count(html, "class=\"strack track\""));
        assertEquals(6, count(html, "class=\"value\""));
        assertEquals(6, count(html, "class=\"ci\"")); // one whisker per interval, every dimension has ≥ 2 answers
        assertEquals(6, count(html, "class=\"sbar bar-low\""), "every dimension of small.csv is below 85: coloured as below the target");
        assertTrue(html.contains("style=\"width:83.3%\""), "functionality's bar: 250/3 = 83.3 of 100");
        assertTrue(html.contains(">83.3<")); // 250/3 truncated to one decimal
        assertTrue(html.contains(">70.1<")); // overall 2525/36
        assertTrue(html.contains("尚差 496 份"));
        assertTrue(html.contains("EC1")); // economy (50) is the weakest dimension; its questions lead the weakest list
        assertTrue(html.contains("回答“6”不是 1 至 5 的整数"));
        assertFalse(html.replaceAll("<[^>]+>", " ").matches("(?s).*\\b00[24]\\b.*"), "documents by title, never by their internal number");
        assertTrue(html.contains("《商品售后服务认证评价规范》第4.3条只列出六个维度"));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
        return n;
    }
}
