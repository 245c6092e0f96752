package io.aftercert.cli;

import io.aftercert.core.Ratio;
import io.aftercert.core.Units;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.NextGrade;
import java.io.PrintWriter;
import java.util.List;

/** The short text summary {@code assess} prints: score, grade, reasons, top gaps, next grade. */
final class Summary {
    private Summary() {
    }

    static void print(PrintWriter out, AssessmentResult r, String lang, int top) {
        boolean zh = "zh".equals(lang);
        out.println(r.organization().name() + " — " + r.rubric().title().in(lang) + " [" + r.rubric().id() + " "
                + r.rubric().version() + "]" + (r.assessedOn() != null ? "  " + r.assessedOn() : ""));
        if (r.rubric().tailoring() != null) {
            out.println((zh ? "剪裁: " : "tailoring: ") + r.rubric().tailoring().name() + " (sha256 "
                    + r.rubric().tailoring().sha256().substring(0, 12) + "…)");
        }
        boolean conformance = r.grade() == null && r.rubric().conformance();
        if (conformance) {
            // a conformance checklist (the rubric data says so): the percentage of applicable requirements met
            out.printf("%s %s%%  (%s %s / %s %s)%n", zh ? "符合率" : "conformance", r.scoreDisplay().toPlainString(),
                    zh ? "得分" : "earned", r.totals().earned().truncate(2).stripTrailingZeros().toPlainString(),
                    zh ? "适用分值" : "applicable", r.totals().applicable().truncate(2).stripTrailingZeros().toPlainString());
            out.println(zh ? "各章符合率（该标准不设认证等级）" : "conformance by chapter (the standard defines no certification grade)");
            for (GroupResult g : r.groups()) {
                if (g.level() != 1) continue;
                Ratio pct = g.percent();
                out.printf("  %-6s %-12s %s%n", g.code(), g.title().in(lang), pct == null ? (zh ? "不适用" : "n/a") : pct.truncate(1).toPlainString() + "%");
            }
        } else {
            printScore(out, r, lang, zh);
        }
        r.reasons().forEach(s -> out.println("  - " + s.in(lang)));
        r.caveats().forEach(s -> out.println("  ! " + s.in(lang)));
        r.warnings().forEach(s -> out.println("  ? " + s.in(lang)));
        List<IndicatorResult> missed = r.indicators().stream().filter(i -> i.metric() != null && !i.metric().met()).toList();
        if (!missed.isEmpty()) {
            out.println(zh ? "未达目标的指标:" : "KPIs missing their target:");
            for (IndicatorResult i : missed) {
                String unit = unit(i.metric().unit(), lang);
                out.printf("  %-14s %s %s, %s %s %s %s%n", i.code(), zh ? "实测" : "value", i.metric().value() + unit,
                        zh ? "目标" : "target", symbol(i.metric().direction()), i.metric().target() + unit,
                        i.title().in(lang));
            }
        }
        if (!r.gaps().isEmpty() && top > 0) {
            out.println(conformance ? (zh ? "主要差距（满分可提升符合率，百分点）:" : "top gaps (conformance rise at full credit, percentage points):")
                    : zh ? "主要差距（满分可提升最终得分）:" : "top gaps (final-score rise at full credit):");
            for (Gap g : r.gaps().subList(0, Math.min(top, r.gaps().size()))) {
                out.printf("  %-10s +%-6s %s%s%n", g.code(), g.scoreGain().truncate(2).toPlainString(), abbreviate(g.title().in(lang)),
                        g.status().json().equals("not_assessed") ? (zh ? "（未评估）" : " (not assessed)") : "");
            }
        }
        long notAssessed = r.notAssessed().size();
        if (notAssessed > 0) {
            out.println((zh ? "未评估条款: " : "not assessed: ") + notAssessed + " — "
                    + String.join(", ", r.notAssessed().stream().map(IndicatorResult::code).limit(12).toList())
                    + (notAssessed > 12 ? ", …" : ""));
        }
        NextGrade n = r.nextGrade();
        if (n != null) {
            if (n.reachable()) {
                out.printf("%s %s: %s +%s; %s %s%n", zh ? "下一等级" : "next grade", n.grade().label().in(lang),
                        zh ? "还需" : "needs", n.needed().toBigDecimal(2, java.math.RoundingMode.CEILING).toPlainString(),
                        zh ? "最少改进项:" : "fewest items:", String.join(", ", n.items()));
            } else {
                out.printf("%s %s: %s%n", zh ? "下一等级" : "next grade", n.grade().label().in(lang), n.why() == null ? "" : n.why().in(lang));
            }
        }
    }

    /** Final score and grade, or the quality index and its dimensions when the rubric has no grades. */
    private static void printScore(PrintWriter out, AssessmentResult r, String lang, boolean zh) {
        String finalLabel = r.grade() == null ? (zh ? "质量指数" : "quality index") : zh ? "最终得分" : "final score";
        out.printf("%s %s  (%s %s%s%s)%n", finalLabel, r.scoreDisplay().toPlainString(),
                zh ? "得分" : "score", r.score().truncate(2).toPlainString(),
                r.bonus().signum() > 0 ? (zh ? ", 加分 +" : ", bonus +") + r.bonus() : "",
                r.deductions().signum() > 0 ? (zh ? ", 扣分 −" : ", deductions −") + r.deductions() : "");
        if (r.grade() != null) {
            out.printf("%s %s (%s)  %s%n", zh ? "等级" : "grade", r.grade().label().in(lang), r.grade().id(),
                    Boolean.TRUE.equals(r.passed()) ? (zh ? "通过" : "passed") : (zh ? "未通过" : "not passed"));
            if (r.gradeByScore() != null && !r.gradeByScore().id().equals(r.grade().id())) {
                out.printf("  %s %s%n", zh ? "仅按分数可达:" : "the score alone would reach:", r.gradeByScore().label().in(lang));
            }
        } else {
            out.println(zh ? "质量指数（该标准不设认证等级）" : "quality index (the standard defines no certification grade)");
            for (GroupResult g : r.groups()) {
                if (g.level() != 1) continue;
                Ratio pct = g.percent();
                out.printf("  %-6s %-12s %s%s%n", g.code(), g.title().in(lang), pct == null ? "n/a" : pct.truncate(1).toPlainString(),
                        g.weight() != null ? "  (" + (zh ? "权重 " : "weight ") + g.weight() + " %)" : "");
            }
        }
    }

    private static String symbol(String direction) {
        return io.aftercert.core.model.Direction.fromJson(direction).symbol();
    }

    /** A unit after a number: Chinese as the rubric states it, English from the one table ({@link Units}), "%" and "km" as they are. */
    private static String unit(String unit, String lang) {
        String u = Units.in(unit, lang);
        return u.isEmpty() || "%".equals(u) || !"en".equals(lang) ? u : " " + u;
    }

    private static String abbreviate(String s) {
        return s.length() > 48 ? s.substring(0, 47) + "…" : s;
    }
}
