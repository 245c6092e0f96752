package io.aftercert.workbook;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.FindingResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.NextGrade;
import io.aftercert.core.scoring.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The certification body's view of a scored assessment as a workbook (docs/workbook.md): 评分表
 * with each item's applicable and earned points, group subtotals, the applicable total, score,
 * bonus, deductions and final score as live formulas a reader can check, and the grade; 特别项
 * with the points each finding counted; 差距与计划 with the gaps ranked and the next-grade plan.
 *
 * <p>The engine's result stays the exact one: each item's earned points are written rounded to
 * ten decimals, and the formulas over them agree with the engine's totals to that precision (the
 * sheet also shows the engine's exact final score). Text from the evidence is always written as
 * text, never as a formula. Stateless and thread-safe.
 */
public final class ScoredWorkbook {
    static final int HEADER_ROW = 2;
    /** Scored 评分表 columns (0-based). */
    static final int CODE = 0, TITLE = 1, MAX = 2, APPLICABLE = 3, EVIDENCE = 4, CREDIT = 5, EARNED = 6, STATUS = 7, NOTES = 8;
    /** Column of the totals' values and of their labels. */
    static final int TOTAL_LABEL = TITLE, TOTAL_VALUE = EARNED;
    /** Scored 特别项 columns. */
    static final int F_TYPE = 0, F_POINTS = 4;
    private static final int DECIMALS = 10;
    /**
     * Column widths: together 122 characters, so that the sheet printed one A4 landscape page wide
     * is at 80 % or more (10 pt text prints at 8 pt or more, measured in LibreOffice's PDF); text
     * wraps inside its column.
     */
    private static final int TITLE_WIDTH = 30;
    private static final int EVIDENCE_WIDTH = 19;
    private static final int NOTES_WIDTH = 19;
    private static final int TABLE_WIDTH = 122;

    private ScoredWorkbook() {
    }

    /**
     * Rows (0-based) of the totals block in 评分表, for readers and tests. A rubric without special
     * deductions and bonus (gxdsl244, gxdsl259) has no bonus and deductions rows (-1): its score is
     * its final score, on one row.
     */
    public record TotalRows(int applicable, int earned, int score, int bonus, int deductions, int finalScore, int grade) {
    }

    /** Where the totals of a scored workbook written for {@code rubric} are. */
    public static TotalRows totalRows(Rubric rubric) {
        int rows = HEADER_ROW + 1 + rubric.codes().size();
        int first = rows + 1;
        if (rubric.specialRules() == null) return new TotalRows(first, first + 1, first + 2, -1, -1, first + 2, first + 3);
        return new TotalRows(first, first + 1, first + 2, first + 3, first + 4, first + 5, first + 6);
    }

    public static byte[] write(Rubric rubric, AssessmentResult r) {
        return write(rubric, r, ActionPlan.of(rubric, r, null, null));
    }

    /**
     * The scored workbook with {@code plan} on its first sheet 结果 (the plan the report shows, e.g.
     * with an effort file's owners and due dates).
     */
    public static byte[] write(Rubric rubric, AssessmentResult r, ActionPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "AfterCert", null)) {
            wb.setGlobalDefaultFont("Noto Sans CJK SC", 10);
            String footer = r.organization().name() + " · " + r.rubric().title().zh();
            Worksheet result = wb.newWorksheet(Layout.RESULT_SHEET);
            Formulas.page(result, footer);
            ResultSheet.write(result, rubric, r, plan);
            Worksheet score = wb.newWorksheet(Layout.SCORE_SHEET);
            // a rubric without special deductions and bonus gets no empty 特别项 sheet
            Worksheet findings = rubric.specialRules() == null ? null : wb.newWorksheet(Layout.FINDINGS_SHEET);
            Worksheet gaps = wb.newWorksheet(Layout.GAPS_SHEET);
            for (Worksheet ws : findings == null ? List.of(score, gaps) : List.of(score, findings, gaps)) Formulas.page(ws, footer);
            int findingRows = findings == null ? 0 : findingsSheet(findings, r);
            scoreSheet(score, rubric, r, findingRows);
            gapsSheet(gaps, r, io.aftercert.core.plan.Headline.scoreLabel(r), plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // long by design: the score sheet cell by cell, title, header, rows and the formulas under them, as it prints
    private static void scoreSheet(Worksheet ws, Rubric rubric, AssessmentResult r, int findingRows) {
        ws.value(0, 0, "评分结果 Scored assessment — " + r.organization().name() + " — " + r.rubric().title().zh()
                + " / " + r.rubric().title().en());
        ws.value(1, 0, r.rubric().id() + " " + r.rubric().version()
                + (r.assessedOn() == null ? "" : " · 评价日期 assessed " + r.assessedOn())
                + (r.assessor() == null ? "" : " · 评价人 assessor " + r.assessor())
                + " · AfterCert " + r.sdkVersion());
        // the two title lines wrap across the table's width: text running past it would shrink the printed page
        ws.range(0, CODE, 0, NOTES).merge();
        ws.range(1, CODE, 1, NOTES).merge();
        ws.style(0, 0).bold().fontSize(12).wrapText(true).verticalAlignment("top").set();
        ws.style(1, 0).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(0, 34);
        ws.rowHeight(1, 30);
        String[] headers = {"条款 Clause", "检查内容 Item", "分值 Max", "适用分值 Applicable", "评价 Evidence",
            "得分率 Credit", "得分 Earned", "状态 Status", "说明 Notes"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(HEADER_ROW, c, headers[c]);
            ws.style(HEADER_ROW, c).bold().fillColor("BDD7EE").wrapText(true).set();
        }
        int[] widths = {9, TITLE_WIDTH, 7, 10, EVIDENCE_WIDTH, 8, 9, 11, NOTES_WIDTH};
        for (int i = 0; i < widths.length; i++) ws.width(i, widths[i]);
        ws.rowHeight(HEADER_ROW, 44); // three lines: 适用分值 / Applicable wraps in its column
        ws.freezePane(2, HEADER_ROW + 1);
        Formulas.printSetup(ws, HEADER_ROW);
        Map<String, IndicatorResult> leaves = r.indicators().stream().collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        Map<String, GroupResult> groups = r.groups().stream().collect(Collectors.toMap(GroupResult::code, Function.identity()));
        int[] row = {HEADER_ROW + 1};
        List<Integer> leafRows = new ArrayList<>();
        for (Indicator top : rubric.indicators()) node(ws, top, 1, row, leafRows, leaves, groups);

        TotalRows t = totalRows(rubric);
        String v = Layout.column(TOTAL_VALUE);
        String findingsRange = "'" + Layout.FINDINGS_SHEET + "'!$A$4:$A$" + (3 + Math.max(findingRows, 1));
        String pointsRange = "'" + Layout.FINDINGS_SHEET + "'!$E$4:$E$" + (3 + Math.max(findingRows, 1));
        total(ws, t.applicable(), "适用总分 Applicable total", Formulas.sum(Layout.column(APPLICABLE), leafRows), "0.####");
        total(ws, t.earned(), "得分合计 Earned total", Formulas.sum(Layout.column(EARNED), leafRows), "0.####");
        String scoreFormula = "IF(" + v + (t.applicable() + 1) + "=0,0," + v + (t.earned() + 1) + "/" + v + (t.applicable() + 1) + "*100)";
        if (t.bonus() < 0) {
            Text label = io.aftercert.core.plan.Headline.scoreLabel(r);
            total(ws, t.score(), label.zh() + " " + label.en() + " (earned ÷ applicable × 100)", scoreFormula, "0.00");
            exactNote(ws, t, r);
            ungradedLine(ws, t, r);
            return;
        }
        total(ws, t.score(), "得分 Score (earned ÷ applicable × 100)", scoreFormula, "0.00");
        total(ws, t.bonus(), "加分 Bonus", findingRows == 0 ? "0" : "SUMIF(" + findingsRange + ",\"" + Layout.BONUS + "\"," + pointsRange + ")", "0.##");
        total(ws, t.deductions(), "扣分 Deductions", findingRows == 0 ? "0" : "-SUMIF(" + findingsRange + ",\"" + Layout.DEDUCTION + "\"," + pointsRange + ")", "0.##");
        total(ws, t.finalScore(), "最终得分 Final score (score + bonus − deductions, within 0–100)",
                "MAX(0,MIN(100," + v + (t.score() + 1) + "+" + v + (t.bonus() + 1) + "-" + v + (t.deductions() + 1) + "))", "0.00");
        exactNote(ws, t, r);
        ws.value(t.grade(), TOTAL_LABEL, "等级 Grade");
        ws.style(t.grade(), TOTAL_LABEL).bold().set();
        if (rubric.gradeScale() != null && r.grade() != null) {
            ws.formula(t.grade(), TOTAL_VALUE, Formulas.grade(rubric.gradeScale(), rubric.specialRules(),
                    v + (t.finalScore() + 1), findingsRange));
            String note = "等级由上方最终得分按等级线计算（特别扣分项超过规定项数时不通过）：修改得分率或评价后随之更新。"
                    + "引擎的结果以右侧精确值为准。 The grade is computed from the final score above by the grade bounds "
                    + "(too many special deductions fail); it follows any edit. The engine's exact value (right) is the one that counts.";
            ws.value(t.grade(), NOTES, note);
            ws.style(t.grade(), NOTES).wrapText(true).verticalAlignment("top").set();
            ws.rowHeight(t.grade(), Formulas.height(note, NOTES_WIDTH, 14));
        } else {
            ungradedLine(ws, t, r);
        }
        ws.style(t.grade(), TOTAL_VALUE).bold().wrapText(true).verticalAlignment("top").set();
        notes(ws, t.grade() + 2, r);
    }

    private static void exactNote(Worksheet ws, TotalRows t, AssessmentResult r) {
        String exact = "引擎精确值（以此为准）engine's exact value (the one that counts): " + exact(r.finalScore()) + " · 显示 shown " + r.scoreDisplay().toPlainString();
        ws.value(t.finalScore(), NOTES, exact);
        ws.style(t.finalScore(), NOTES).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(t.finalScore(), Formulas.height(exact, NOTES_WIDTH, 6));
    }

    /** A standard without grades says so in its own words, with its pass rule when it has one. */
    private static void ungradedLine(Worksheet ws, TotalRows t, AssessmentResult r) {
        Text label = io.aftercert.core.plan.Headline.scoreLabel(r);
        String text = "本标准不设等级，以" + label.zh() + "评价 No grade scale: the " + label.en() + " is the result";
        if (r.passed() != io.aftercert.core.scoring.Verdict.NOT_JUDGED) text += r.passed() == io.aftercert.core.scoring.Verdict.PASSED ? " · 通过 passed" : " · 未通过 not passed";
        ws.value(t.grade(), TOTAL_LABEL, text);
        ws.range(t.grade(), TOTAL_LABEL, t.grade(), NOTES).merge();
        ws.style(t.grade(), TOTAL_LABEL).bold().wrapText(true).verticalAlignment("top").set();
        if (t.bonus() < 0) notes(ws, t.grade() + 2, r);
    }

    private static void notes(Worksheet ws, int note, AssessmentResult r) {
        for (Text x : r.reasons()) line(ws, note++, "原因 Reason: " + x.zh() + " / " + x.en());
        for (Text x : r.caveats()) line(ws, note++, "注意 Caveat: " + x.zh() + " / " + x.en());
        for (Text x : r.warnings()) line(ws, note++, "提示 Warning: " + x.zh() + " / " + x.en());
    }

    /** A line of text below the totals, wrapped across the table (never running past it: the printed page would shrink). */
    private static void line(Worksheet ws, int row, String text) {
        ws.value(row, TOTAL_LABEL, text);
        ws.range(row, TOTAL_LABEL, row, NOTES).merge();
        ws.style(row, TOTAL_LABEL).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(row, Formulas.height(text, TABLE_WIDTH - 9, 8));
    }

    private static void total(Worksheet ws, int row, String label, String formula, String format) {
        ws.value(row, TOTAL_LABEL, label);
        ws.style(row, TOTAL_LABEL).bold().set();
        ws.formula(row, TOTAL_VALUE, formula);
        ws.style(row, TOTAL_VALUE).bold().format(format).fillColor("E2EFDA").set();
    }

    // seven parameters: a recursive walk carrying the sheet, the row cursor, the leaf rows and the results by code
    private static void node(Worksheet ws, Indicator n, int level, int[] row, List<Integer> leafRows,
                             Map<String, IndicatorResult> leaves, Map<String, GroupResult> groups) {
        int at = row[0]++;
        ws.value(at, CODE, n.code());
        if (!n.isLeaf()) {
            ws.value(at, TITLE, n.title().zh() + " " + n.title().en());
            int from = leafRows.size();
            for (Indicator c : n.children()) node(ws, c, level + 1, row, leafRows, leaves, groups);
            List<Integer> mine = leafRows.subList(from, leafRows.size());
            ws.formula(at, MAX, Formulas.sum(Layout.column(MAX), mine));
            ws.formula(at, APPLICABLE, Formulas.sum(Layout.column(APPLICABLE), mine));
            ws.formula(at, EARNED, Formulas.sum(Layout.column(EARNED), mine));
            String a = Layout.column(APPLICABLE) + (at + 1);
            ws.formula(at, CREDIT, "IF(" + a + "=0,\"\"," + Layout.column(EARNED) + (at + 1) + "/" + a + ")");
            String fill = level == 1 ? WorkbookTemplate.GROUP1_FILL : WorkbookTemplate.GROUP2_FILL;
            for (int c = CODE; c <= NOTES; c++) {
                ws.style(at, c).bold().fillColor(fill).format(c == CREDIT ? "0.0%" : c == MAX || c == APPLICABLE || c == EARNED ? "0.##" : "General")
                        .wrapText(c == TITLE).verticalAlignment("top").horizontalAlignment(numeric(c) ? "center" : "general").set();
            }
            ws.rowHeight(at, Formulas.height(n.title().zh() + " " + n.title().en(), TITLE_WIDTH, 3));
            return;
        }
        leafRows.add(at);
        IndicatorResult x = leaves.get(n.code());
        ws.value(at, TITLE, n.title().zh());
        ws.value(at, MAX, rounded(x.max()));
        ws.value(at, APPLICABLE, rounded(x.applicable()));
        ws.value(at, EVIDENCE, evidence(x));
        if (x.credit() != null) ws.value(at, CREDIT, rounded(x.credit()));
        if (x.credit() != null && x.applicable().times(x.credit()).equals(x.earned())) {
            // earned = applicable × credit: editing the credit moves the earned points, the totals and the grade
            ws.formula(at, EARNED, Layout.column(APPLICABLE) + (at + 1) + "*" + Layout.column(CREDIT) + (at + 1));
        } else {
            ws.value(at, EARNED, rounded(x.earned()));
        }
        ws.value(at, STATUS, switch (x.status()) {
            case ASSESSED -> "已评价 assessed";
            case NOT_APPLICABLE -> "不适用 not applicable";
            case NOT_ASSESSED -> "未评价 not assessed";
        });
        String notes = x.status() == Status.NOT_APPLICABLE ? x.justification() : x.notes();
        if (notes != null) ws.value(at, NOTES, notes);
        ws.style(at, TITLE).wrapText(true).verticalAlignment("top").set();
        // text beside a number starts one indent away from it: 3 and "45 / 50 抽样" never read "345 / 50"
        ws.style(at, EVIDENCE).wrapText(true).verticalAlignment("top").indent(1).set();
        var status = ws.style(at, STATUS).wrapText(true).verticalAlignment("top").indent(1);
        if (x.status() == Status.NOT_ASSESSED) status.fontColor("C00000");
        status.set();
        ws.style(at, NOTES).wrapText(true).verticalAlignment("top").set();
        ws.style(at, CODE).verticalAlignment("top").set();
        ws.rowHeight(at, Math.max(Formulas.height(n.title().zh(), TITLE_WIDTH, 10),
                Math.max(Formulas.height(evidence(x), EVIDENCE_WIDTH, 10), Formulas.height(notes == null ? "" : notes, NOTES_WIDTH, 10))));
        // centred: a figure never runs into the text beside it (3 and 4 档 never read 34 档)
        ws.style(at, MAX).format("0.##").verticalAlignment("top").horizontalAlignment("center").set();
        ws.style(at, APPLICABLE).format("0.##").verticalAlignment("top").horizontalAlignment("center").set();
        ws.style(at, CREDIT).format("0.0%").verticalAlignment("top").horizontalAlignment("center").set();
        ws.style(at, EARNED).format("0.00").verticalAlignment("top").horizontalAlignment("center").set();
    }

    private static boolean numeric(int column) {
        return column == MAX || column == APPLICABLE || column == CREDIT || column == EARNED;
    }

    private static String evidence(IndicatorResult x) {
        if (x.form() == null) return "";
        return switch (x.form()) {
            case "conforms" -> x.credit() != null && x.credit().equals(Ratio.ONE) ? "符合 conforms" : "不符合 does not conform";
            case "band" -> x.band() + " 档 band";
            case "sample" -> x.conforming() + " / " + x.sampled() + " 抽样 sampled";
            // the value as every surface shows it (cut towards the miss); the exact one is in the JSON
            case "value" -> x.metric() == null ? "" : io.aftercert.core.Display.measuredText(x.metric().value(), x.metric().direction() != io.aftercert.core.model.Direction.AT_MOST)
                    + " " + x.metric().unit() + "（目标 target " + x.metric().direction().symbol() + " " + exact(x.metric().target()) + (x.metric().met() ? "，达标 met）" : "，未达 not met）");
            case "notApplicable" -> "不适用 not applicable";
            case "credit" -> WorkbookTemplate.percent(x.credit()) + " 得分率 credit";
            default -> x.form();
        };
    }

    private static int findingsSheet(Worksheet ws, AssessmentResult r) {
        ws.value(0, 0, "特别项 Special deductions and bonus — " + r.organization().name());
        ws.style(0, 0).bold().fontSize(12).set();
        String[] headers = {"类型 Type", "类别 Category", "描述 Description", "关联条款 Related clause", "分值 Points"};
        // 124 characters: one A4 landscape page wide at 100 %; every text wraps inside its column
        int[] widths = {10, 24, 62, 16, 12};
        for (int c = 0; c < headers.length; c++) {
            ws.value(2, c, headers[c]);
            ws.style(2, c).bold().fillColor("BDD7EE").wrapText(true).verticalAlignment("top").set();
            ws.width(c, widths[c]);
        }
        ws.rowHeight(2, 30); // 关联条款 / Related clause on two lines
        Formulas.printSetup(ws, 2);
        int row = 3;
        for (FindingResult f : r.findings()) {
            ws.value(row, F_TYPE, f.type() == io.aftercert.core.evidence.Finding.Type.BONUS ? Layout.BONUS : Layout.DEDUCTION);
            String category = f.category() == null ? "" : Layout.categoryWord(f.category()) + " " + f.category();
            if (f.category() != null) ws.value(row, 1, category);
            ws.value(row, 2, f.description());
            for (int c = 0; c < headers.length; c++) {
                var st = ws.style(row, c).wrapText(true).verticalAlignment("top");
                if (c == F_POINTS) st.format("+0.##;−0.##;0").horizontalAlignment("center");
                st.set();
            }
            if (f.indicator() != null) ws.value(row, 3, f.indicator());
            ws.value(row, F_POINTS, rounded(f.points()));
            ws.rowHeight(row, Math.max(Formulas.height(category, widths[1], 4), Formulas.height(f.description(), widths[2], 10)));
            row++;
        }
        if (r.findings().isEmpty()) ws.value(row, 0, "无 none");
        return r.findings().size();
    }

    private static void gapsSheet(Worksheet ws, AssessmentResult r, Text scoreLabel, ActionPlan plan) {
        ws.value(0, 0, "差距与下一等级 Gaps and the way to the next grade — " + r.organization().name());
        ws.style(0, 0).bold().fontSize(12).set();
        int row = 2;
        NextGrade n = r.nextGrade();
        if (n != null) {
            gapLine(ws, row++, "下一等级 Next grade: " + ResultSheet.nextGradeLine(n, plan)
                    + (n.reachable() ? "" : " · 无法仅靠条款达到 not reachable by items alone"));
            if (n.why() != null) {
                gapLine(ws, row++, n.why().zh().equals(n.why().en()) ? n.why().en() : n.why().zh() + " / " + n.why().en());
            }
        } else if (r.grade() != null) {
            gapLine(ws, row++, "没有更高的等级 No higher grade.");
        } else {
            gapLine(ws, row++, "本标准不设等级：差距按补足后" + scoreLabel.zh() + "的提升排列 No grade scale: gaps ranked by what they add to the "
                    + scoreLabel.en() + ".");
        }
        row++;
        String[] headers = {"排名 Rank", "条款 Clause", "标题 Title", "状态 Status", "失分 Points lost",
            r.grade() != null ? "满分可提升最终得分 Final-score gain" : "满分可提升" + scoreLabel.zh() + " Gain in " + scoreLabel.en()};
        for (int c = 0; c < headers.length; c++) {
            ws.value(row, c, headers[c]);
            ws.style(row, c).bold().fillColor("BDD7EE").wrapText(true).verticalAlignment("top").set();
        }
        ws.rowHeight(row, 30);
        Formulas.printSetup(ws, row);
        ws.width(0, 8);
        ws.width(1, 11);
        ws.width(2, 50);
        ws.width(3, 16);
        ws.width(4, 12);
        ws.width(5, 18);
        row++;
        int rank = 1;
        for (Gap g : r.gaps()) {
            ws.value(row, 0, rank++);
            ws.value(row, 1, g.code());
            String title = g.title().zh() + " " + g.title().en();
            ws.value(row, 2, title);
            // the rank is centred and the clause indented: 1 and 5.1.5.2 never read 15.1.5.2
            ws.style(row, 0).horizontalAlignment("center").verticalAlignment("top").set();
            ws.style(row, 1).indent(1).verticalAlignment("top").set();
            ws.style(row, 2).wrapText(true).verticalAlignment("top").set();
            ws.style(row, 3).indent(1).verticalAlignment("top").set();
            ws.rowHeight(row, Formulas.height(title, 50, 4));
            ws.value(row, 3, g.status() == Status.NOT_ASSESSED ? "未评价 not assessed" : "已评价 assessed");
            ws.value(row, 4, rounded(g.pointsLost()));
            ws.value(row, 5, rounded(g.scoreGain()));
            ws.style(row, 4).format("0.00").verticalAlignment("top").set();
            ws.style(row, 5).format("+0.00").verticalAlignment("top").set();
            row++;
        }
    }

    /** A line above the gaps table, wrapped across its six columns (115 characters). */
    private static void gapLine(Worksheet ws, int row, String text) {
        ws.value(row, 0, text);
        ws.range(row, 0, row, 5).merge();
        ws.style(row, 0).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(row, Formulas.height(text, 112, 6));
    }

    static BigDecimal rounded(Ratio r) {
        BigDecimal d = r.toBigDecimal(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String exact(Ratio r) {
        if (r.isTerminating()) return r.toBigDecimalExact().stripTrailingZeros().toPlainString();
        return r.toBigDecimal(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "… (" + r + ")";
    }
}
