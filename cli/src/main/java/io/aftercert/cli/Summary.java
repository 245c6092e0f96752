package io.aftercert.cli;

import static io.aftercert.cli.Words.f;
import static io.aftercert.cli.Words.w;

import io.aftercert.core.Display;
import io.aftercert.core.Lang;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.text.Units;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.scoring.Limits;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * The short text summary {@code assess} prints: score, grade, the recommendation and the trend,
 * reasons, limits, top gaps and the plan — the plan, the recommendation and every figure from the
 * same core sources as the report ({@link ActionPlan}, {@link Headline}, {@link Limits}, {@link Display}).
 */
final class Summary {
    private Summary() {
    }

    /**
     * Prints the summary.
     *
     * @param out      where to
     * @param rubric   the rubric that scored the result
     * @param r        the result
     * @param plan     the action plan (from the effort file when one is given) the summary shows
     * @param previous the previous result (adds the trend line), or null
     * @param lang     zh or en
     * @param top      how many gaps to list
     */
    // seven parameters: what the summary shows, each documented above; assess and its tests call it
    static void print(PrintWriter out, Rubric rubric, AssessmentResult r, ActionPlan plan, AssessmentResult previous, Lang lang, int top) {
        out.println(r.organization().name() + " — " + r.rubric().title().in(lang) + " " + r.rubric().version()
                + (r.assessedOn() != null ? "  " + r.assessedOn() : ""));
        if (r.rubric().tailoring() != null) {
            out.println(w(lang, "summary.tailoring", r.rubric().tailoring().name(), r.rubric().tailoring().sha256().substring(0, 12)));
        }
        out.println(w(lang, "recommendation") + Headline.recommendation(rubric, r, plan).in(lang));
        if (previous != null) {
            out.println(Headline.trend(previous, r).in(lang));
        }
        boolean conformance = r.grade() == null && r.rubric().conformance();
        if (conformance) {
            // a conformance checklist (the rubric data says so): the percentage of applicable requirements met
            out.print(f(lang, "summary.conformance.f", Display.scoreText(r.finalScore()), Display.pointsText(r.totals().earned()), Display.pointsText(r.totals().applicable())));
            out.println(w(lang, "summary.byChapter"));
            for (GroupResult g : r.groups()) {
                if (g.level() != 1) continue;
                Ratio pct = g.percent();
                out.printf("  %-6s %-12s %s%n", g.code(), g.title().in(lang), pct == null ? w(lang, "notApplicable") : Display.percentText(pct));
            }
        } else {
            printScore(out, r, lang);
        }
        r.reasons().forEach(s -> out.println("  - " + s.in(lang)));
        r.caveats().forEach(s -> out.println("  ! " + s.in(lang)));
        r.warnings().forEach(s -> out.println("  ? " + s.in(lang)));
        Limits.of(rubric, r).forEach(s -> out.println("  ! " + s.in(lang)));
        List<IndicatorResult> missed = r.indicators().stream().filter(i -> i.metric() != null && !i.metric().met()).toList();
        if (!missed.isEmpty()) {
            out.println(w(lang, "summary.missed"));
            for (IndicatorResult i : missed) {
                String unit = unit(i.metric().unit(), lang);
                out.print(f(lang, "summary.missedLine.f", i.code(),
                        Display.measuredText(i.metric().value(), i.metric().direction() != io.aftercert.core.model.Direction.AT_MOST) + unit, i.metric().direction().symbol(),
                        Display.pointsText(i.metric().target()) + unit, i.title().in(lang)));
            }
        }
        if (!r.gaps().isEmpty() && top > 0) {
            out.println(w(lang, conformance ? "summary.gaps.conformance" : "summary.gaps"));
            for (Gap g : r.gaps().subList(0, Math.min(top, r.gaps().size()))) {
                out.printf("  %-10s %-7s %s%s%n", g.code(), Display.gain(g.scoreGain()), abbreviate(g.title().in(lang)),
                        g.status().json().equals("not_assessed") ? w(lang, "summary.notAssessedMark") : "");
                r.indicator(g.code()).flatMap(Limits::of).ifPresent(t -> out.println("             " + t.in(lang)));
            }
        }
        long notAssessed = r.notAssessed().size();
        if (notAssessed > 0) {
            out.println(w(lang, "summary.notAssessed", notAssessed)
                    + String.join(w(lang, "listSep"), r.notAssessed().stream().map(IndicatorResult::code).limit(12).toList())
                    + (notAssessed > 12 ? w(lang, "listMore") : ""));
        }
        printPlan(out, plan, lang);
    }

    /** The plan to the next grade: the same items, in the same order, as the report's verdict box and plan table. */
    private static void printPlan(PrintWriter out, ActionPlan plan, Lang lang) {
        var p = plan.plan();
        if (p == null) return;
        String grade = p.grade().label().in(lang);
        if (!p.reachable()) {
            out.println(w(lang, "summary.nextGrade", grade) + (p.why() == null ? "" : p.why().in(lang)));
            return;
        }
        out.println(w(lang, "summary.nextGradeNeeds", grade, Display.neededText(p.needed())) + w(lang, plan.withEffort() ? "summary.leastEffort" : "summary.fewestItems"));
        for (ActionPlan.Action a : plan.firstRound()) {
            String who = a.owner() == null ? "" : "  " + w(lang, "owner") + a.owner() + (a.due() == null ? "" : " " + a.due());
            out.printf("  %-10s %-7s %s%s%n", a.code(), Display.gain(a.gain()), abbreviate(a.title().in(lang)), who);
        }
    }

    /** Final score and grade, or the quality index and its dimensions when the rubric has no grades. */
    private static void printScore(PrintWriter out, AssessmentResult r, Lang lang) {
        String finalLabel = w(lang, r.grade() == null ? "qualityIndex" : "finalScore");
        out.print(f(lang, "summary.score.f", finalLabel, Display.scoreText(r.finalScore()), Display.pointsText(r.score()),
                r.bonus().signum() > 0 ? w(lang, "summary.bonus", Display.pointsText(r.bonus())) : "",
                r.deductions().signum() > 0 ? w(lang, "summary.deductions", Display.MINUS + Display.pointsText(r.deductions())) : ""));
        if (r.grade() != null) {
            out.printf("%s %s  %s%n", w(lang, "grade"), r.grade().label().in(lang), w(lang, r.passed() == io.aftercert.core.scoring.Verdict.PASSED ? "summary.passed" : "summary.notPassed"));
            if (r.gradeByScore() != null && !r.gradeByScore().id().equals(r.grade().id())) {
                out.printf("  %s %s%n", w(lang, "summary.byScoreAlone"), r.gradeByScore().label().in(lang));
            }
        } else {
            out.println(w(lang, "summary.index"));
            for (GroupResult g : r.groups()) {
                if (g.level() != 1) continue;
                Ratio pct = g.percent();
                out.printf("  %-6s %-12s %s%s%n", g.code(), g.title().in(lang), pct == null ? w(lang, "notApplicable") : Display.percentText(pct),
                        g.weight() != null ? w(lang, "summary.weight", Display.pointsText(g.weight())) : "");
            }
        }
    }

    /** A unit after a number: Chinese as the rubric states it, English from the one table ({@link Units}), "%" and "km" as they are. */
    private static String unit(String unit, Lang lang) {
        String u = Units.in(unit, lang);
        return u.isEmpty() || "%".equals(u) || lang != Lang.EN ? u : " " + u;
    }

    private static String abbreviate(String s) {
        return s.length() > 48 ? s.substring(0, 47) + "…" : s;
    }
}
