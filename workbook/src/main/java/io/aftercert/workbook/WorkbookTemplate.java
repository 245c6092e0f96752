package io.aftercert.workbook;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.workbook.Layout.Col;
import io.aftercert.workbook.Layout.FindingCol;
import io.aftercert.workbook.Layout.Info;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The self-assessment workbook for a rubric (docs/workbook.md): sheets 评分表 (one row per item
 * under its first- and second-level headings, with point subtotals as formulas), 基本信息, 特别项
 * and 填写说明, in Chinese with English beside it. Blank, or filled in from an assessment (an
 * evidence file turned into a workbook). Text is always written as text, never as a formula.
 * Stateless and thread-safe.
 */
public final class WorkbookTemplate {
    /** Rows the 特别项 sheet offers (with drop-downs). */
    static final int FINDING_ROWS = 60;
    static final int SCORE_HEADER_ROW = 2;
    /**
     * 评分表 column widths (characters), 条款 to 附件: together 146, so that the sheet printed one A4
     * landscape page wide is at 80 % or more (10 pt text prints at 8 pt or more, measured in
     * LibreOffice's PDF). The 002 guidance is printed under each item's requirement, not in a column
     * of its own: a guidance column would halve the printed size.
     */
    private static final int[] SCORE_WIDTHS = {9, 48, 7, 11, 10, 12, 11, 9, 17, 12};
    static final int REQUIREMENT_WIDTH = SCORE_WIDTHS[1];
    /** The columns the blank score sheet has: all the reader knows but 指南 (see {@link #SCORE_WIDTHS}). */
    static final List<Col> SCORE_COLS = List.of(Col.CODE, Col.REQUIREMENT, Col.POINTS, Col.VERDICT, Col.VALUE, Col.TARGET,
            Col.CONFORMING, Col.SAMPLED, Col.NOTES, Col.ATTACHMENTS);
    static final String INPUT_FILL = "FFF8DC";
    static final String GROUP1_FILL = "D9E1F2";
    static final String GROUP2_FILL = "EEF2F9";

    /** Empty: the protection guards against slips, not against the workbook's owner. */
    static final String PROTECTION_PASSWORD = "";

    private WorkbookTemplate() {
    }

    /** A blank workbook for {@code rubric}. */
    public static byte[] write(Rubric rubric) {
        return write(rubric, null);
    }

    /**
     * A workbook for {@code rubric}, filled in from {@code filled} when it is not null (an evidence
     * file turned into a workbook). A band with a credit inside it is written {@code 4档 75%}.
     */
    public static byte[] write(Rubric rubric, Assessment filled) {
        return write(rubric, filled, Map.of());
    }

    /**
     * A workbook filled in from {@code filled} (may be null), with notes in the 说明 cell of items that
     * {@code filled} leaves blank: a crosswalk prefill's items to confirm, the source evidence quoted.
     *
     * @param rubric     the rubric
     * @param filled     the evidence to fill in, or null
     * @param blankNotes notes by indicator code for items without evidence (others are ignored)
     * @return the workbook's bytes
     */
    public static byte[] write(Rubric rubric, Assessment filled, Map<String, String> blankNotes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "AfterCert", null)) {
            wb.setGlobalDefaultFont("Noto Sans CJK SC", 10);
            // the organisation, or for a blank workbook the standard: the two together run into the page
            // number on the portrait 填写说明 (every sheet names the standard in its title)
            String footer = filled == null ? rubric.title().zh() : filled.organization().name();
            scoreSheet(protect(page(wb.newWorksheet(Layout.SCORE_SHEET), footer)), rubric, filled, blankNotes);
            infoSheet(protect(page(wb.newWorksheet(Layout.INFO_SHEET), footer)), rubric, filled);
            findingsSheet(protect(page(wb.newWorksheet(Layout.FINDINGS_SHEET), footer)), rubric, filled);
            helpSheet(page(wb.newWorksheet(Layout.HELP_SHEET), footer), rubric);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return InputPrompts.add(out.toByteArray(), PROMPTS);
    }

    static final String VERDICT_TITLE = "评价 Verdict";
    static final String KIND_TITLE = "组织类型 Organisation kind";
    static final String TYPE_TITLE = "类型 Type";
    static final String CATEGORY_TITLE = "类别 Category";

    /** What each drop-down's cell takes, shown when the cell is selected (before a wrong entry is refused). */
    static final Map<String, InputPrompts.Prompt> PROMPTS = Map.of(
            VERDICT_TITLE, new InputPrompts.Prompt(VERDICT_TITLE, "符合、不符合、不适用（理由写在“说明”）、档 1–5，或得分率如 65%、4档 75%。"
                    + "\nConforms, does not, not applicable (the reason in 说明), a band 1–5, or a credit such as 65%."),
            KIND_TITLE, new InputPrompts.Prompt(KIND_TITLE, "从列表选择：" + String.join("、", Layout.KIND_CHOICES) + "。"
                    + "\nChoose manufacturer, trader or service from the list."),
            TYPE_TITLE, new InputPrompts.Prompt(TYPE_TITLE, "扣分（特别扣分项）或加分（加分项），从列表选择。"
                    + "\nA special deduction or a bonus, from the list."),
            CATEGORY_TITLE, new InputPrompts.Prompt(CATEGORY_TITLE, "扣分须选类别：" + String.join("、", Layout.CATEGORY_CHOICES) + "；加分不填。"
                    + "\nA deduction needs a category; a bonus none."));

    /**
     * Labels, codes, points and subtotal formulas locked; only the yellow input cells take entries.
     * No password: a user who needs to (e.g. to add rows to 特别项) lifts it in the program's menu.
     */
    private static Worksheet protect(Worksheet ws) {
        ws.protect(PROTECTION_PASSWORD);
        return ws;
    }

    private static Worksheet page(Worksheet ws, String footer) {
        Formulas.page(ws, footer);
        return ws;
    }

    private static void scoreSheet(Worksheet ws, Rubric r, Assessment filled, Map<String, String> blankNotes) {
        String title = "自评表 Self-assessment — " + r.title().zh() + " / " + r.title().en();
        String line = r.id() + " " + r.version() + " · 总分 total " + number(r.total())
                + " · 在黄色单元格填写。评价：符合、不符合、不适用、档 1–5，或得分率（0.65 或 65%）。"
                + " Fill in the yellow cells. Verdict: 符合 (conforms), 不符合 (does not), 不适用 (not applicable, reason in 说明),"
                + " a band 1–5, or a credit (0.65 or 65%).";
        int tableWidth = java.util.Arrays.stream(SCORE_WIDTHS).sum();
        ws.value(0, 0, title);
        ws.value(1, 0, line);
        // the lines above the table wrap across its width: text running past it would shrink the printed page
        int lastCol = SCORE_COLS.size() - 1;
        ws.range(0, 0, 0, lastCol).merge();
        ws.range(1, 0, 1, lastCol).merge();
        ws.style(0, 0).bold().fontSize(12).wrapText(true).verticalAlignment("top").set();
        ws.style(1, 0).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(0, Formulas.height(title, tableWidth / 1.2, 3) + 4);
        ws.rowHeight(1, Formulas.height(line, tableWidth, 4));
        double headerHeight = 0;
        for (Col c : SCORE_COLS) {
            ws.value(SCORE_HEADER_ROW, c.ordinal(), c.header());
            ws.style(SCORE_HEADER_ROW, c.ordinal()).bold().fillColor("BDD7EE").wrapText(true).verticalAlignment("top").set();
            headerHeight = Math.max(headerHeight, Formulas.height(c.word + "\n" + c.en, SCORE_WIDTHS[c.ordinal()] - 1, 5));
        }
        if (!r.bands().isEmpty()) ws.comment(SCORE_HEADER_ROW, Col.VERDICT.ordinal(), bandNote(r));
        ws.comment(SCORE_HEADER_ROW, Col.VALUE.ordinal(), "计量指标填实测值，单位见“单位及目标”；百分比可写 95 或 95%。"
                + " Metric items: the measured value in the unit shown; a percentage as 95 or 95%.");
        for (int i = 0; i < SCORE_WIDTHS.length; i++) ws.width(i, SCORE_WIDTHS[i]);
        ws.rowHeight(SCORE_HEADER_ROW, headerHeight);
        ws.freezePane(2, SCORE_HEADER_ROW + 1);
        Formulas.printSetup(ws, SCORE_HEADER_ROW);

        int[] row = {SCORE_HEADER_ROW + 1};
        List<Integer> leafRows = new ArrayList<>();
        for (Indicator top : r.indicators()) writeNode(ws, r, top, 1, row, leafRows, filled, blankNotes);
        int last = row[0] - 1;
        ws.range(SCORE_HEADER_ROW + 1, Col.VERDICT.ordinal(), Math.max(last, SCORE_HEADER_ROW + 1), Col.VERDICT.ordinal())
                // a credit (0.65, 65%) or 4档 75% may be typed too: the message informs and lets it stand
                .validateWithListByFormula(listFormula(Layout.VERDICT_CHOICES)).allowBlank(true).showErrorMessage(true)
                .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.INFORMATION).errorTitle(VERDICT_TITLE)
                .error("评价可填：符合、不符合、不适用、档 1–5，或得分率 0.65 / 65%、4档 75%。"
                        + "A verdict, a band 1–5 or a credit such as 65% (see 填写说明).");
        ws.value(row[0], Col.REQUIREMENT.ordinal(), "合计 Total");
        ws.style(row[0], Col.REQUIREMENT.ordinal()).bold().set();
        ws.formula(row[0], Col.POINTS.ordinal(), Formulas.sum(Layout.column(Col.POINTS.ordinal()), leafRows));
        ws.style(row[0], Col.POINTS.ordinal()).bold().format("0.##").set();
    }

    // eight parameters: a recursive walk carrying the sheet, the row cursor and the leaf rows the totals sum
    private static void writeNode(Worksheet ws, Rubric r, Indicator node, int level, int[] row, List<Integer> leafRows,
                                  Assessment filled, Map<String, String> blankNotes) {
        int at = row[0]++;
        ws.value(at, Col.CODE.ordinal(), node.code());
        if (!node.isLeaf()) {
            ws.value(at, Col.REQUIREMENT.ordinal(), node.title().zh() + " " + node.title().en());
            int from = leafRows.size();
            for (Indicator c : node.children()) writeNode(ws, r, c, level + 1, row, leafRows, filled, blankNotes);
            List<Integer> mine = leafRows.subList(from, leafRows.size());
            ws.formula(at, Col.POINTS.ordinal(), Formulas.sum(Layout.column(Col.POINTS.ordinal()), mine));
            String fill = level == 1 ? GROUP1_FILL : GROUP2_FILL;
            for (Col c : SCORE_COLS) {
                var st = ws.style(at, c.ordinal()).bold().fillColor(fill).format(c == Col.POINTS ? "0.##" : "@");
                if (c == Col.POINTS) st.horizontalAlignment("center");
                st.set();
            }
            return;
        }
        leafRows.add(at);
        ws.style(at, Col.CODE.ordinal()).verticalAlignment("top").set(); // the code beside the first line of its text
        StringBuilder text = new StringBuilder(node.requirement() == null || node.requirement().equals(node.title().zh())
                ? node.title().zh() : node.title().zh() + "\n" + node.requirement());
        for (Guidance x : node.guidance()) {
            text.append("\n指南 Guidance [").append(x.source()).append(' ').append(x.clause()).append("] ").append(x.text());
        }
        ws.value(at, Col.REQUIREMENT.ordinal(), text.toString());
        double height = Formulas.height(text.toString(), REQUIREMENT_WIDTH, 40);
        ws.style(at, Col.REQUIREMENT.ordinal()).wrapText(true).verticalAlignment("top").set();
        ws.value(at, Col.POINTS.ordinal(), decimal(node.points()));
        // centred: the points never run into the verdict beside them (3 and 4档 never read 34档)
        ws.style(at, Col.POINTS.ordinal()).format("0.##").verticalAlignment("top").horizontalAlignment("center").set();
        if (node.metric() != null) {
            ws.value(at, Col.TARGET.ordinal(), node.metric().unit() + " " + node.metric().direction().symbol() + " "
                    + number(node.metric().target()));
        } else if (node.kind() == IndicatorKind.SAMPLED) {
            ws.value(at, Col.TARGET.ordinal(), "抽样 sampled");
        }
        ws.style(at, Col.TARGET.ordinal()).wrapText(true).verticalAlignment("top").set();
        input(ws, at, Col.VERDICT, true);
        input(ws, at, Col.VALUE, node.kind() == IndicatorKind.METRIC);
        input(ws, at, Col.CONFORMING, node.kind() == IndicatorKind.SAMPLED);
        input(ws, at, Col.SAMPLED, node.kind() == IndicatorKind.SAMPLED);
        input(ws, at, Col.NOTES, true);
        input(ws, at, Col.ATTACHMENTS, true);
        Evidence e = filled == null ? null : filled.evidence().get(node.code());
        String note = null;
        if (e != null) {
            Map<Col, Object> cells = cells(e);
            fill(ws, at, cells);
            note = (String) cells.get(Col.NOTES);
            if (cells.get(Col.ATTACHMENTS) instanceof String att) height = Math.max(height, Formulas.height(att, SCORE_WIDTHS[Col.ATTACHMENTS.ordinal()], 40));
        } else if (blankNotes.containsKey(node.code())) {
            note = blankNotes.get(node.code());
            ws.value(at, Col.NOTES.ordinal(), note);
        }
        // the notes wrap inside their column: the row is as tall as the longest of requirement, notes and attachments
        if (note != null) height = Math.max(height, Formulas.height(note, SCORE_WIDTHS[Col.NOTES.ordinal()], 40));
        ws.rowHeight(at, height);
    }

    private static void input(Worksheet ws, int row, Col c, boolean yellow) {
        var s = ws.style(row, c.ordinal()).verticalAlignment("top").wrapText(c == Col.NOTES || c == Col.ATTACHMENTS)
                // a band typed in 评价 stays at the left, numbers in the narrow columns in the middle: no two figures touch
                .horizontalAlignment(c == Col.VERDICT || c == Col.NOTES || c == Col.ATTACHMENTS ? "left" : "center");
        if (yellow) s.fillColor(INPUT_FILL).protectionOption(org.dhatim.fastexcel.ProtectionOption.LOCKED, false);
        if (c == Col.NOTES || c == Col.ATTACHMENTS) s.format("@");
        s.set();
    }

    private static void fill(Worksheet ws, int row, Map<Col, Object> cells) {
        cells.forEach((col, v) -> {
            if (v instanceof String t) ws.value(row, col.ordinal(), t);
            else if (v instanceof Number n) ws.value(row, col.ordinal(), n);
        });
    }

    /**
     * The input cells of one item's evidence, as the reader reads them back: every input column
     * ({@code null} for an empty cell), text or a number. The one mapping from evidence to cells,
     * used for a new workbook and for writing into an existing one.
     */
    static Map<Col, Object> cells(Evidence e) {
        Map<Col, Object> out = new java.util.EnumMap<>(Col.class);
        for (Col c : List.of(Col.VERDICT, Col.VALUE, Col.CONFORMING, Col.SAMPLED, Col.NOTES, Col.ATTACHMENTS)) out.put(c, null);
        EvidenceValue v = e.value();
        String notes = e.notes();
        if (v instanceof EvidenceValue.Conforms c) out.put(Col.VERDICT, c.conforms() ? Layout.CONFORMS : Layout.NOT_CONFORMS);
        else if (v instanceof EvidenceValue.Credit c) out.put(Col.VERDICT, percent(c.credit()));
        else if (v instanceof EvidenceValue.Banded b) out.put(Col.VERDICT, b.credit() == null ? (Object) b.band() : b.band() + "档 " + percent(b.credit()));
        else if (v instanceof EvidenceValue.Sample s) {
            out.put(Col.CONFORMING, s.conforming());
            out.put(Col.SAMPLED, s.sampled());
        } else if (v instanceof EvidenceValue.Measured m) {
            out.put(Col.VALUE, decimal(m.value()));
        } else if (v instanceof EvidenceValue.NotApplicable na) {
            out.put(Col.VERDICT, Layout.NOT_APPLICABLE);
            notes = na.justification();
        }
        out.put(Col.NOTES, notes);
        if (!e.attachments().isEmpty()) out.put(Col.ATTACHMENTS, String.join("\n", e.attachments()));
        return out;
    }

    private static void infoSheet(Worksheet ws, Rubric r, Assessment a) {
        ws.value(0, 0, "基本信息 Basic information — " + r.title().zh());
        ws.style(0, 0).bold().fontSize(12).set();
        ws.value(1, 0, "项目 Field");
        ws.value(1, 1, "填写 Value");
        ws.value(1, 2, "说明 Notes");
        for (int c = 0; c < 3; c++) ws.style(1, c).bold().fillColor("BDD7EE").set();
        ws.width(0, 30);
        ws.width(1, 36);
        ws.width(2, 70);
        Formulas.printSetup(ws, 1); // one page wide: the notes column never prints on a page of its own
        for (Info i : Info.values()) {
            int row = 2 + i.ordinal();
            ws.value(row, 0, i.word + " " + i.en);
            ws.style(row, 1).fillColor(INPUT_FILL).protectionOption(org.dhatim.fastexcel.ProtectionOption.LOCKED, false).format(i == Info.DATE ? "yyyy-mm-dd" : i == Info.HELD ? "0" : "@").set();
            String hint = switch (i) {
                case ORG_NAME -> "申请认证的组织全称 The applicant's full name";
                case ORG_KIND -> "生产型、贸易型或服务型 manufacturer, trader or service";
                case DATE -> "日期，如 2026-11-06 A date such as 2026-11-06";
                case HELD -> "已保持“达标”等级的月数（星级要求满一年）Months the 达标 grade has been held (star grades need a year)";
                case ASSESSOR -> "评价人姓名 Who assessed";
                case RUBRIC -> "评分标准编号，勿改 Rubric id; do not change";
                case VERSION -> "评分标准版本 Rubric version";
            };
            ws.value(row, 2, hint);
            // label and note wrap inside their columns: nothing runs over the input cell or past the page
            ws.style(row, 0).wrapText(true).verticalAlignment("top").set();
            ws.style(row, 2).wrapText(true).verticalAlignment("top").set();
            ws.rowHeight(row, Math.max(Formulas.height(i.word + " " + i.en, 30, 3), Formulas.height(hint, 70, 3)));
        }
        int b = 2;
        ws.value(b + Info.RUBRIC.ordinal(), 1, r.id());
        ws.value(b + Info.VERSION.ordinal(), 1, r.version());
        onlyFromList(ws.range(b + Info.ORG_KIND.ordinal(), 1, b + Info.ORG_KIND.ordinal(), 1), KIND_TITLE, Layout.KIND_CHOICES);
        if (a != null) {
            ws.value(b + Info.ORG_NAME.ordinal(), 1, a.organization().name());
            if (a.organization().kind() != null) ws.value(b + Info.ORG_KIND.ordinal(), 1, Layout.kindWord(a.organization().kind()));
            if (a.assessedOn() != null) ws.value(b + Info.DATE.ordinal(), 1, a.assessedOn());
            if (a.qualifyingGradeHeldMonths() != null) ws.value(b + Info.HELD.ordinal(), 1, a.qualifyingGradeHeldMonths());
            if (a.assessor() != null) ws.value(b + Info.ASSESSOR.ordinal(), 1, a.assessor());
            if (a.rubricVersion() != null) ws.value(b + Info.VERSION.ordinal(), 1, a.rubricVersion());
        }
    }

    private static void findingsSheet(Worksheet ws, Rubric r, Assessment a) {
        ws.value(0, 0, "特别项 Special deductions and bonus — " + r.title().zh());
        ws.style(0, 0).bold().fontSize(12).set();
        SpecialRules rules = r.specialRules();
        ws.value(1, 0, rules == null ? "本评分标准没有特别扣分项或加分项。 This rubric has no special deductions or bonus."
                : (rules.deductionRule() == null ? "" : rules.deductionRule().zh() + " ")
                + (rules.bonusRule() == null ? "" : rules.bonusRule().zh())
                + " 类型填 扣分 或 加分；扣分须选类别。 Type: 扣分 (deduction) or 加分 (bonus); a deduction needs a category.");
        ws.style(1, 0).wrapText(true).set();
        ws.range(1, 0, 1, 3).merge();
        ws.rowHeight(1, 60);
        for (FindingCol c : FindingCol.values()) {
            ws.value(2, c.ordinal(), c.word + " " + c.en);
            ws.style(2, c.ordinal()).bold().fillColor("BDD7EE").set();
        }
        ws.width(0, 14);
        ws.width(1, 22);
        ws.width(2, 70);
        ws.width(3, 16);
        Formulas.printSetup(ws, 2); // one page wide, the header row on every page
        for (int i = 0; i < FINDING_ROWS; i++) {
            for (FindingCol c : FindingCol.values()) {
                ws.style(3 + i, c.ordinal()).fillColor(INPUT_FILL).protectionOption(org.dhatim.fastexcel.ProtectionOption.LOCKED, false).format("@").wrapText(c == FindingCol.DESCRIPTION).set();
            }
        }
        onlyFromList(ws.range(3, 0, 3 + FINDING_ROWS - 1, 0), TYPE_TITLE, List.of(Layout.DEDUCTION, Layout.BONUS));
        onlyFromList(ws.range(3, 1, 3 + FINDING_ROWS - 1, 1), CATEGORY_TITLE, Layout.CATEGORY_CHOICES);
        if (a != null) {
            int row = 3;
            for (Finding f : a.findings()) {
                ws.value(row, 0, f.type() == Finding.Type.BONUS ? Layout.BONUS : Layout.DEDUCTION);
                if (f.category() != null) ws.value(row, 1, Layout.categoryWord(f.category()));
                ws.value(row, 2, f.description());
                if (f.indicator() != null) ws.value(row, 3, f.indicator());
                row++;
            }
        }
    }

    /** The 填写说明 lines: what a service director does, step by step, without any command. */
    static List<String> helpLines(Rubric r) {
        return List.of(
            "填写说明 How to fill in this workbook — " + r.title().zh() + " / " + r.title().en(),
            "1. 在“基本信息”中填写组织名称、类型、评价日期等。 Fill in 基本信息: organisation name, kind, assessment date.",
            "2. 在“评分表”中逐项填写黄色单元格（每项只填一种）。 In 评分表 fill in the yellow cells of each item (one kind per item).",
            "   评价：符合 / 不符合 / 不适用（须在“说明”中写明理由）/ 档 1–5 / 得分率 0–1 或百分比（如 65%）。"
                + " Verdict: 符合 conforms, 不符合 does not, 不适用 not applicable (the reason in 说明), a band 1–5, a credit 0–1 or a percentage such as 65%.",
            "   整数 1–5 表示档；带小数点或百分号的数表示得分率；“4档 75%”表示档内得分率。"
                + " A whole number 1–5 is a band; a number with a decimal point or % is a credit; 4档 75% is a credit inside band 4.",
            "   数值：计量指标的实测值（单位见“单位及目标”）。 Measured value of a metric item, in the unit shown.",
            "   抽样合格数 / 抽样数：抽样检查的合格数与抽样总数。 Conforming / sampled: the checks that passed and all checks.",
            "   说明与附件：备注与证明材料文件名（多个文件各占一行）。 Notes and attachment file names (one per line).",
            "3. 在“特别项”中填写特别扣分项和加分项。 List special deductions and bonus in 特别项.",
            "4. 保存本文件，交给负责评分的同事或顾问。评分后得到的评分结果工作簿第一页“结果”列出得分、等级和应优先改进的条款。"
                + " Save the file and pass it to whoever scores it; the first sheet 结果 of the scored workbook gives the score, the grade and the items to improve first.",
            "未填写的条款按“未评价”计 0 分并列出。 Items left empty are not assessed: they earn 0 and are listed.",
            "只有黄色单元格可以填写，其余单元格受保护（无密码）；如需在“特别项”中增加行，可在“审阅”菜单中撤销工作表保护。"
                + " Only the yellow cells take entries; the rest is protected without a password (Review → Unprotect sheet, e.g. to add rows to 特别项).",
            "请勿修改条款编号、工作表名称及表头开头的中文词。 Do not change clause codes, sheet names or the Chinese words that begin the header cells.");
    }

    private static void helpSheet(Worksheet ws, Rubric r) {
        ws.width(0, 12);
        ws.width(1, 30);
        ws.width(2, 58);
        // portrait, one page wide: 100 characters across prints at about 100 %
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        int row = 0;
        for (String l : helpLines(r)) {
            ws.value(row, 0, l);
            ws.range(row, 0, row, 2).merge();
            var st = ws.style(row, 0).wrapText(true).verticalAlignment("top");
            if (row == 0) st.bold().fontSize(12);
            st.set();
            ws.rowHeight(row, Formulas.height(l, 98, 6) + (row == 0 ? 4 : 0));
            row++;
        }
        if (!r.bands().isEmpty()) {
            row++;
            ws.value(row, 0, "档 Band");
            ws.value(row, 1, "得分率 Credit");
            ws.value(row, 2, "要点（CTS 第 5 章）Descriptors (CTS chapter 5)");
            for (int c = 0; c < 3; c++) ws.style(row, c).bold().fillColor("BDD7EE").set();
            row++;
            for (Band b : r.bands()) {
                ws.value(row, 0, b.number());
                // the band centred, its range indented: 1 and 0%–20% never read 10%–20%
                ws.style(row, 0).horizontalAlignment("center").verticalAlignment("top").set();
                ws.style(row, 1).indent(1).verticalAlignment("top").wrapText(true).set();
                ws.value(row, 1, b.range() + "（中点 midpoint " + percent(b.midpoint()) + "）");
                String descriptors = String.join("\n", new java.util.LinkedHashSet<>(b.descriptors()));
                ws.value(row, 2, descriptors);
                ws.style(row, 2).wrapText(true).verticalAlignment("top").set();
                ws.rowHeight(row, Math.max(Formulas.height(b.range() + "（中点 midpoint " + percent(b.midpoint()) + "）", 28, 3),
                        Formulas.height(descriptors, 56, 8)));
                row++;
            }
        }
    }

    static String bandNote(Rubric r) {
        StringBuilder sb = new StringBuilder("评价可填档 1–5（CTS 第 5 章）：");
        for (Band b : r.bands()) {
            sb.append('\n').append(b.number()).append(" 档 ").append(b.range()).append("：");
            sb.append(String.join("；", new java.util.LinkedHashSet<>(b.descriptors())));
        }
        sb.append("\n或：符合、不符合、不适用、得分率 0.65 / 65%。");
        return sb.toString();
    }

    /** A drop-down that refuses any other entry, saying what it takes in both languages. */
    private static void onlyFromList(org.dhatim.fastexcel.Range range, String title, List<String> choices) {
        range.validateWithListByFormula(listFormula(choices)).allowBlank(true).showErrorMessage(true)
                .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP).errorTitle(title)
                .error("请从列表中选择。只能填写：" + String.join("、", choices) + "。Choose from the list: only these entries are accepted (see 填写说明).");
    }

    static String listFormula(List<String> choices) {
        return "\"" + String.join(",", choices) + "\"";
    }

    /** A credit as a percentage text ("65%"), exact where the credit terminates. */
    static String percent(Ratio credit) {
        BigDecimal p = credit.isTerminating() ? credit.times(Ratio.HUNDRED).toBigDecimalExact()
                : credit.times(Ratio.HUNDRED).toBigDecimal(10, RoundingMode.HALF_EVEN);
        return p.stripTrailingZeros().toPlainString() + "%";
    }

    static BigDecimal decimal(Ratio r) {
        BigDecimal d = (r.isTerminating() ? r.toBigDecimalExact() : r.toBigDecimal(12, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static String number(Ratio r) {
        return decimal(r).toPlainString();
    }
}
