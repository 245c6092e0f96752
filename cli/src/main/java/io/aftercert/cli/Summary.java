package io.aftercert.cli;

import io.aftercert.core.Display;
import io.aftercert.core.Lang;
import io.aftercert.core.Ratio;
import io.aftercert.core.Units;
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
    static void print(PrintWriter out, Rubric rubric, AssessmentResult r, ActionPlan plan, AssessmentResult previous, Lang lang, int top) {
        boolean zh = lang == Lang.ZH;
        out.println(r.organization().name() + " — " + r.rubric().title().in(lang) + " " + r.rubric().version()
                + (r.assessedOn() != null ? "  " + r.assessedOn() : ""));
        if (r.rubric().tailoring() != null) {
            out.println((zh ? "剪裁：按“" + r.rubric().tailoring().name() + "”计分（认证机构自定的分值或删减），sha256 "
                    : "tailoring: scored with '" + r.rubric().tailoring().name() + "' (a certification body's own points or exclusions), sha256 ")
                    + r.rubric().tailoring().sha256().substring(0, 12) + "…");
        }
        out.println((zh ? "建议：" : "recommendation: ") + Headline.recommendation(rubric, r, plan).in(lang));
        if (previous != null) {
            out.println(Headline.trend(previous, r).in(lang));
        }
        boolean conformance = r.grade() == null && r.rubric().conformance();
        if (conformance) {
            // a conformance checklist (the rubric data says so): the percentage of applicable requirements met
            out.printf(zh ? "%s %s%%（%s %s / %s %s）%n" : "%s %s%%  (%s %s / %s %s)%n", zh ? "符合率" : "conformance", Display.scoreText(r.finalScore()),
                    zh ? "得分" : "earned", Display.pointsText(r.totals().earned()),
                    zh ? "适用分值" : "applicable", Display.pointsText(r.totals().applicable()));
            out.println(zh ? "各章符合率（该标准不设认证等级）" : "conformance by chapter (the standard defines no certification grade)");
            for (GroupResult g : r.groups()) {
                if (g.level() != 1) continue;
                Ratio pct = g.percent();
                out.printf("  %-6s %-12s %s%n", g.code(), g.title().in(lang), pct == null ? (zh ? "不适用" : "n/a") : Display.percentText(pct));
            }
        } else {
            printScore(out, r, lang, zh);
        }
        r.reasons().forEach(s -> out.println("  - " + s.in(lang)));
        r.caveats().forEach(s -> out.println("  ! " + s.in(lang)));
        r.warnings().forEach(s -> out.println("  ? " + s.in(lang)));
        Limits.of(rubric, r).forEach(s -> out.println("  ! " + s.in(lang)));
        List<IndicatorResult> missed = r.indicators().stream().filter(i -> i.metric() != null && !i.metric().met()).toList();
        if (!missed.isEmpty()) {
            out.println(zh ? "未达目标的指标：" : "KPIs missing their target:");
            for (IndicatorResult i : missed) {
                String unit = unit(i.metric().unit(), lang);
                out.printf(zh ? "  %-14s %s %s，%s %s %s  %s%n" : "  %-14s %s %s, %s %s %s  %s%n", i.code(), zh ? "实测" : "value",
                        Display.measuredText(i.metric().value(), !"at-most".equals(i.metric().direction())) + unit, zh ? "目标" : "target", symbol(i.metric().direction()),
                        Display.pointsText(i.metric().target()) + unit, i.title().in(lang));
            }
        }
        if (!r.gaps().isEmpty() && top > 0) {
            out.println(conformance ? (zh ? "主要差距（满分可提升符合率，百分点）：" : "top gaps (conformance rise at full credit, percentage points):")
                    : zh ? "主要差距（满分可提升最终得分）：" : "top gaps (final-score rise at full credit):");
            for (Gap g : r.gaps().subList(0, Math.min(top, r.gaps().size()))) {
                out.printf("  %-10s %-7s %s%s%n", g.code(), Display.gain(g.scoreGain()), abbreviate(g.title().in(lang)),
                        g.status().json().equals("not_assessed") ? (zh ? "（未评估）" : " (not assessed)") : "");
                r.indicator(g.code()).flatMap(Limits::of).ifPresent(t -> out.println("             " + t.in(lang)));
            }
        }
        long notAssessed = r.notAssessed().size();
        if (notAssessed > 0) {
            out.println((zh ? "未评估条款：" : "not assessed: ") + notAssessed + " — "
                    + String.join(zh ? "、" : ", ", r.notAssessed().stream().map(IndicatorResult::code).limit(12).toList())
                    + (notAssessed > 12 ? (zh ? "……" : ", …") : ""));
        }
        printPlan(out, plan, lang);
    }

    /** The plan to the next grade: the same items, in the same order, as the report's verdict box and plan table. */
    private static void printPlan(PrintWriter out, ActionPlan plan, Lang lang) {
        boolean zh = lang == Lang.ZH;
        var p = plan.plan();
        if (p == null) return;
        String grade = p.grade().label().in(lang);
        if (!p.reachable()) {
            out.println((zh ? "下一等级 " + grade + "：" : "next grade " + grade + ": ") + (p.why() == null ? "" : p.why().in(lang)));
            return;
        }
        out.println(zh ? "下一等级 " + grade + "：还需 " + Display.neededText(p.needed()) + " 分；" + (plan.withEffort() ? "总工作量最小的条款：" : "最少改进项：")
                : "next grade " + grade + ": needs " + Display.neededText(p.needed()) + "; " + (plan.withEffort() ? "least total effort:" : "fewest items:"));
        for (ActionPlan.Action a : plan.firstRound()) {
            String who = a.owner() == null ? "" : "  " + (zh ? "负责人 " : "owner ") + a.owner() + (a.due() == null ? "" : " " + a.due());
            out.printf("  %-10s %-7s %s%s%n", a.code(), Display.gain(a.gain()), abbreviate(a.title().in(lang)), who);
        }
    }

    /** Final score and grade, or the quality index and its dimensions when the rubric has no grades. */
    private static void printScore(PrintWriter out, AssessmentResult r, Lang lang, boolean zh) {
        String finalLabel = r.grade() == null ? (zh ? "质量指数" : "quality index") : zh ? "最终得分" : "final score";
        out.printf(zh ? "%s %s（%s %s%s%s）%n" : "%s %s  (%s %s%s%s)%n", finalLabel, Display.scoreText(r.finalScore()),
                zh ? "条款得分" : "score", Display.pointsText(r.score()),
                r.bonus().signum() > 0 ? (zh ? "，加分 +" : ", bonus +") + Display.pointsText(r.bonus()) : "",
                r.deductions().signum() > 0 ? (zh ? "，扣分 " : ", deductions ") + Display.MINUS + Display.pointsText(r.deductions()) : "");
        if (r.grade() != null) {
            out.printf("%s %s  %s%n", zh ? "等级" : "grade", r.grade().label().in(lang),
                    Boolean.TRUE.equals(r.passed()) ? (zh ? "通过" : "passed") : (zh ? "未通过" : "not passed"));
            if (r.gradeByScore() != null && !r.gradeByScore().id().equals(r.grade().id())) {
                out.printf("  %s %s%n", zh ? "仅按分数可达：" : "the score alone would reach:", r.gradeByScore().label().in(lang));
            }
        } else {
            out.println(zh ? "质量指数（该标准不设认证等级）" : "quality index (the standard defines no certification grade)");
            for (GroupResult g : r.groups()) {
                if (g.level() != 1) continue;
                Ratio pct = g.percent();
                out.printf("  %-6s %-12s %s%s%n", g.code(), g.title().in(lang), pct == null ? (zh ? "不适用" : "n/a") : Display.percentText(pct),
                        g.weight() != null ? (zh ? "（权重 " + Display.pointsText(g.weight()) + "%）" : "  (weight " + Display.pointsText(g.weight()) + " %)") : "");
            }
        }
    }

    private static String symbol(String direction) {
        return io.aftercert.core.model.Direction.fromJson(direction).symbol();
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
