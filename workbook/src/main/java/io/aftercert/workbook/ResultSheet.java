package io.aftercert.workbook;

import io.aftercert.core.Display;
import io.aftercert.core.Text;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.Limits;
import io.aftercert.core.scoring.NextGrade;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The scored workbook's first sheet 结果: the answer on one page — organisation, standard, score,
 * grade, pass, next grade and what blocks it, the top gaps, the recommendation and the plan in
 * {@link ActionPlan} order, each item with what limits it. Every figure is the text
 * {@link Display} gives, the same as the HTML report's; every sentence comes from the core's
 * {@link Headline}, {@link Limits} and {@link ActionPlan}.
 */
final class ResultSheet {
    /** Plan table columns (0-based). */
    static final int P_PRIORITY = 0, P_CODE = 1, P_TITLE = 2, P_GAIN = 3, P_OWNER = 4, P_LIMIT = 5;
    /** Gaps named on the top-gaps line. */
    static final int TOP_GAPS = 5;
    private static final int[] WIDTHS = {9, 10, 34, 10, 14, 45};
    private static final int WIDE = 120;

    private ResultSheet() {
    }

    /** Writes the sheet; returns the 0-based row of the plan table's header. */
    static int write(Worksheet ws, Rubric rubric, AssessmentResult r, ActionPlan plan) {
        for (int c = 0; c < WIDTHS.length; c++) ws.width(c, WIDTHS[c]);
        Formulas.printSetup(ws, -1);
        ws.value(0, 0, "评价结果 Result — " + r.organization().name());
        ws.range(0, 0, 0, P_LIMIT).merge();
        ws.style(0, 0).bold().fontSize(12).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(0, 20);
        int row = 2;
        row = pair(ws, row, "组织 Organisation", r.organization().name());
        row = pair(ws, row, "评价标准 Standard", r.rubric().title().zh() + " / " + r.rubric().title().en());
        Text label = Headline.scoreLabel(r);
        row = pair(ws, row, label.zh() + " " + capital(label.en()), Display.scoreText(r.finalScore()));
        if (r.grade() != null) row = pair(ws, row, "等级 Grade", r.grade().label().zh() + " " + r.grade().label().en());
        if (r.passed() != io.aftercert.core.scoring.Verdict.NOT_JUDGED) row = pair(ws, row, "是否通过 Passed", r.passed() == io.aftercert.core.scoring.Verdict.PASSED ? "通过 passed" : "未通过 not passed");
        row = nextGrade(ws, row, r.nextGrade(), plan);
        row = pair(ws, row, "主要差距 Top gaps", topGaps(r.gaps()));
        Text rec = Headline.recommendation(rubric, r, plan);
        row = pair(ws, row, "建议 Recommendation", rec.zh() + "\n" + rec.en());
        for (Text limit : Limits.of(rubric, r)) row = pair(ws, row, "限制 Limit", limit.zh() + "\n" + limit.en());
        row++;
        return planTable(ws, row, plan);
    }

    private static int nextGrade(Worksheet ws, int row, NextGrade n, ActionPlan plan) {
        if (n == null) return row;
        String line = nextGradeLine(n, plan);
        if (n.why() != null) line += "\n" + (n.why().zh().equals(n.why().en()) ? n.why().en() : n.why().zh() + "\n" + n.why().en());
        return pair(ws, row, "下一等级 Next grade", line);
    }

    /** The next grade, the rise it needs and, when items reach it, what the plan does first: one line for both sheets. */
    static String nextGradeLine(NextGrade n, ActionPlan plan) {
        String line = n.grade().label().zh() + " " + n.grade().label().en() + " · 还需 needs " + Display.neededText(n.needed());
        List<String> first = firstRound(n, plan);
        return n.reachable() && !first.isEmpty() ? line + " · 先做 first: " + String.join("、", first) : line;
    }

    /**
     * The items the plan does first: the action plan's P1 set (with an effort file, the least total effort,
     * which may differ from the fewest items), else the engine's fewest items. One answer with the report.
     */
    static List<String> firstRound(NextGrade n, ActionPlan plan) {
        if (plan != null && plan.plan() != null && plan.plan().reachable()) return plan.firstRoundCodes();
        return n.items();
    }

    static String topGaps(List<Gap> gaps) {
        List<String> named = gaps.stream().filter(g -> g.pointsLost().signum() > 0).limit(TOP_GAPS)
                .map(g -> g.code() + "（" + Display.gain(g.scoreGain()) + "）").toList();
        return named.isEmpty() ? "无 none" : String.join("、", named);
    }

    private static int planTable(Worksheet ws, int row, ActionPlan plan) {
        String title = "行动计划 Action plan — " + plan.legend().zh() + "\n" + plan.legend().en();
        ws.value(row, 0, title);
        ws.range(row, 0, row, P_LIMIT).merge();
        ws.style(row, 0).bold().wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(row, Formulas.height(title, WIDE, 6));
        int header = row + 1;
        String[] headers = {"优先级 Priority", "条款 Clause", "内容 Item", "可提升 Gain", "负责人/期限 Owner/due", "限制 What limits it"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(header, c, headers[c]);
            ws.style(header, c).bold().fillColor("BDD7EE").wrapText(true).verticalAlignment("top").set();
        }
        ws.rowHeight(header, 30);
        int at = header + 1;
        for (ActionPlan.Action a : plan.actions()) {
            ws.value(at, P_PRIORITY, a.priority());
            ws.value(at, P_CODE, a.code());
            ws.value(at, P_TITLE, a.title().zh() + " " + a.title().en());
            ws.value(at, P_GAIN, Display.gain(a.gain()));
            String owner = (a.owner() == null ? "" : a.owner()) + (a.due() == null ? "" : (a.owner() == null ? "" : " · ") + a.due());
            ws.value(at, P_OWNER, owner);
            String limit = a.limit() == null ? "可得满分 full credit possible" : a.limit().zh() + "\n" + a.limit().en();
            ws.value(at, P_LIMIT, limit);
            for (int c = 0; c <= P_LIMIT; c++) {
                var s = ws.style(at, c).wrapText(true).verticalAlignment("top");
                if (c == P_CODE || c == P_OWNER) s.indent(1);
                if (c == P_GAIN) s.horizontalAlignment("right");
                s.set();
            }
            ws.rowHeight(at, Math.max(Formulas.height(a.title().zh() + " " + a.title().en(), WIDTHS[P_TITLE], 6),
                    Formulas.height(limit, WIDTHS[P_LIMIT], 10)));
            at++;
        }
        if (plan.actions().isEmpty()) ws.value(at, 0, "无需改进的条款 No item to improve");
        return header;
    }

    private static int pair(Worksheet ws, int row, String label, String value) {
        ws.value(row, 0, label);
        ws.range(row, 0, row, 1).merge();
        ws.style(row, 0).bold().wrapText(true).verticalAlignment("top").set();
        ws.value(row, 2, value);
        ws.range(row, 2, row, P_LIMIT).merge();
        ws.style(row, 2).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(row, Math.max(Formulas.height(label, 19, 3), Formulas.height(value, WIDE - 20, 12)));
        return row + 1;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
