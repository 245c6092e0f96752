package io.aftercert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.aftercert.core.Display;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.ReportRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random results through every surface's display rule (issue 28): on the report and the command
 * line a shown difference is the difference of the shown values, the rise still needed added to
 * the score shown to two decimals is the grade bound, and the final score shown agrees with its
 * shown parts; the diff command's changes, of the final score and of each item, are the differences
 * of the values it shows. Results come from random rubrics (4–9 items of 2–11 points, credits in tenths,
 * 0–2 deductions, a bonus or not) scored twice, the first as the previous assessment.
 */
class DisplayProperties {
    private static final ReportRenderer HTML = ServiceLoader.load(ReportRenderer.class).stream().map(ServiceLoader.Provider::get)
            .filter(r -> "html".equals(r.format())).findFirst().orElseThrow();

    static Rubric rubric(List<Integer> points) {
        List<Indicator> leaves = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < points.size(); i++) {
            int p = i == points.size() - 1 ? 100 - sum : points.get(i);
            sum += p;
            leaves.add(new Indicator("I" + i, Text.of("条款" + i, "item " + i), null, IndicatorKind.QUALITATIVE, Ratio.of(p), null, null,
                    null, null, null, null, null));
        }
        GradeScale scale = new GradeScale(List.of(new Grade("qualified", Text.of("达标", "Qualified"), Ratio.of(70), false),
                new Grade("three-star", Text.of("三星", "Three-star"), Ratio.of(80), true),
                new Grade("four-star", Text.of("四星", "Four-star"), Ratio.of(90), true),
                new Grade("five-star", Text.of("五星", "Five-star"), Ratio.of(95), true)), null, false, 12, null, null);
        Indicator group = new Indicator("G", Text.of("组", "group"), null, null, Ratio.HUNDRED, null, null, null, null, null, null, leaves);
        return Rubric.builder().id("small").version("1").title(Text.of("小", "small")).mode(ScoringMode.POINTS).gradeScale(scale)
                .specialRules(new SpecialRules(Ratio.ONE, 5, List.of("law"), null, Ratio.ONE, 1, null)).indicators(List.of(group)).build();
    }

    static AssessmentResult score(Rubric r, List<Integer> credits, int deductions, boolean bonus, LocalDate on) {
        Assessment.Builder b = Assessment.builder("small", new Organization("某公司", null)).assessedOn(on);
        for (int i = 0; i < r.leaves().size(); i++) {
            int c = credits.get(i);
            // a tenth of the items not applicable: the applicable total (and the weight of a point) changes
            b.put("I" + i, c == 11 ? Evidence.notApplicable("不适用") : Evidence.credit(Ratio.of(c, 10)));
        }
        for (int d = 0; d < deductions; d++) b.finding(Finding.deduction("law", "违规 " + d));
        if (bonus) b.finding(Finding.bonus("加分"));
        return ScoringEngine.score(r, b.build());
    }

    @Test
    void shownDifferencesAndSumsAgreeWithTheShownValuesOnEverySurface() {
        qt().withExamples(60).forAll(
                lists().of(integers().between(2, 11)).ofSizeBetween(4, 9),
                lists().of(integers().between(0, 11)).ofSize(9),
                lists().of(integers().between(0, 11)).ofSize(9),
                integers().between(0, 2)).checkAssert((pts, before, after, deductions) -> {
            Rubric r = rubric(pts);
            AssessmentResult then = score(r, before, 0, false, LocalDate.of(2026, 5, 20));
            AssessmentResult now = score(r, after, deductions, deductions == 0, LocalDate.of(2026, 11, 6));
            for (String lang : List.of("zh", "en")) {
                String page = new String(HTML.render(new ReportRenderer.ReportRequest(now, r, lang, null, null).withPrevious(then, null)),
                        StandardCharsets.UTF_8);
                StringWriter cli = new StringWriter();
                Summary.print(new PrintWriter(cli), r, now, io.aftercert.core.plan.ActionPlan.of(r, now, null, null), then, io.aftercert.core.Lang.parse(lang), 5);
                checkTrend(page, cli.toString(), then, now);
                checkNeeded(page, now);
                checkParts(cli.toString(), now, lang);
                StringWriter diff = new StringWriter();
                DiffCommand.print(new PrintWriter(diff), io.aftercert.core.plan.Diff.of(then, now), then, now, io.aftercert.core.Lang.parse(lang));
                checkDiff(diff.toString(), then, now);
            }
        });
    }

    /** The trend: the change shown is the difference of the two scores shown, in the table and in the sentence (report and CLI). */
    private static void checkTrend(String page, String cli, AssessmentResult then, AssessmentResult now) {
        BigDecimal thenShown = Display.parse(cell(page, "Then|上次"));
        BigDecimal nowShown = Display.parse(cell(page, "Now|本次"));
        BigDecimal change = Display.parse(between(page, "id=\"trend-change\">", "<"));
        assertEquals(0, nowShown.subtract(thenShown).compareTo(change), "trend table " + thenShown + " → " + nowShown + " " + change);
        Matcher m = Pattern.compile("(\\d+\\.\\d) → (\\d+\\.\\d) ?[（(]([+−±][\\d.]+)[）)]").matcher(cli);
        assertTrue(m.find(), cli);
        assertEquals(0, Display.parse(m.group(2)).subtract(Display.parse(m.group(1))).compareTo(Display.parse(m.group(3))), m.group());
        assertEquals(thenShown, Display.parse(m.group(1)));
        assertEquals(nowShown, Display.parse(m.group(2)));
    }

    /**
     * The diff command: the final score's change is the difference of the two scores shown, and each
     * item's change is the difference of its points shown before and after; every changed item is listed.
     */
    private static void checkDiff(String out, AssessmentResult then, AssessmentResult now) {
        Matcher total = Pattern.compile("(\\d+\\.\\d) → (\\d+\\.\\d) ?[（(]([+−±][\\d.]+)[）)]").matcher(out);
        assertTrue(total.find(), out);
        assertEquals(0, Display.parse(total.group(2)).subtract(Display.parse(total.group(1))).compareTo(Display.parse(total.group(3))), total.group());
        assertEquals(Display.scoreText(then.finalScore()), total.group(1));
        assertEquals(Display.scoreText(now.finalScore()), total.group(2));
        Matcher item = Pattern.compile("(?m)^  (I\\d+) +([\\d.]+) → ([\\d.]+)[（ (]+([+−±][\\d.]+)[）)]").matcher(out);
        int items = 0;
        while (item.find()) {
            items++;
            BigDecimal before = new BigDecimal(item.group(2));
            BigDecimal after = new BigDecimal(item.group(3));
            assertEquals(0, after.subtract(before).compareTo(Display.parse(item.group(4))), item.group());
            var i = now.indicator(item.group(1)).orElseThrow();
            assertEquals(Display.pointsText(i.earned()), item.group(3), item.group());
        }
        long changed = now.indicators().stream().filter(i -> then.indicator(i.code()).map(t -> !t.earned().equals(i.earned())).orElse(false)
                && i.status() == then.indicator(i.code()).orElseThrow().status()).count();
        assertEquals(changed, items, "every item whose points changed is listed: " + out);
    }

    /** The rise still needed, beside the score to two decimals, adds up to the bound the box names. */
    private static void checkNeeded(String page, AssessmentResult now) {
        String need = between(page, "id=\"next-needed\">", "</div>");
        if (need.isEmpty() || !need.contains("→")) return; // the top grade, or no box
        Matcher m = Pattern.compile("\\+([\\d.]+)[^（(]*[（(]([\\d.]+) → ([\\d.]+)[）)]").matcher(need);
        assertTrue(m.find(), need);
        BigDecimal rise = new BigDecimal(m.group(1));
        BigDecimal score = new BigDecimal(m.group(2));
        assertEquals(0, score.add(rise).compareTo(new BigDecimal(m.group(3))), need);
        assertEquals(0, score.compareTo(Display.points(now.finalScore())), need);
    }

    /** The final score shown agrees with its shown parts: cut(item score shown + bonus − deductions, within 0–100). */
    private static void checkParts(String cli, AssessmentResult now, String lang) {
        Matcher m = Pattern.compile("(?m)^(?:最终得分|final score) ([\\d.]+)\\s*[（(](?:条款得分|score) ([\\d.]+)").matcher(cli);
        assertTrue(m.find(), cli);
        Ratio parts = Ratio.of(new BigDecimal(m.group(2))).plus(now.bonus()).minus(now.deductions()).clamp(Ratio.ZERO, Ratio.HUNDRED);
        assertEquals(Display.score(parts), new BigDecimal(m.group(1)), lang + ": " + m.group());
    }

    private static String cell(String page, String row) {
        Matcher m = Pattern.compile("<th scope=\"row\">(?:" + row + ")</th><td[^>]*>[^<]*</td><td class=\"num\"[^>]*>([^<]+)</td>").matcher(page);
        assertTrue(m.find(), row);
        return m.group(1);
    }

    private static String between(String page, String from, String to) {
        int a = page.indexOf(from);
        if (a < 0) return "";
        a += from.length();
        return page.substring(a, page.indexOf(to, a));
    }
}
