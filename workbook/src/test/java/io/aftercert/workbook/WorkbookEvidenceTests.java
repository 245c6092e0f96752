package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.registry.RubricRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells are read as a person means them, and every problem names the sheet, the cell and the
 * indicator code — including the problems found by the shared validation pass (band range, credit
 * range, unknown codes), which proves the workbook goes through the same checks as JSON.
 */
class WorkbookEvidenceTests {
    static final RubricRegistry REGISTRY = RubricRegistry.getDefault();
    static final String HEADER = "条款 Clause|检查内容|分值|评价 Verdict|数值|单位及目标|抽样合格数|抽样数|说明|附件";

    @TempDir
    Path dir;

    /** A workbook written cell by cell, the way another program might produce it. */
    static final class Book {
        final Map<String, Map<String, Object>> sheets = new LinkedHashMap<>();

        Book cell(String sheet, String ref, Object value) {
            sheets.computeIfAbsent(sheet, k -> new LinkedHashMap<>()).put(ref, value);
            return this;
        }

        /** Row {@code row} (1-based) of 评分表 from column A on. */
        Book score(int row, Object... values) {
            for (int i = 0; i < values.length; i++) if (values[i] != null) cell(Layout.SCORE_SHEET, Layout.column(i) + row, values[i]);
            return this;
        }

        Book info(String label, Object value) {
            int row = 3 + (int) sheets.getOrDefault(Layout.INFO_SHEET, Map.of()).keySet().stream().filter(k -> k.startsWith("A")).count();
            cell(Layout.INFO_SHEET, "A" + row, label);
            if (value != null) cell(Layout.INFO_SHEET, "B" + row, value);
            return this;
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Workbook wb = new Workbook(out, "test", null)) {
                for (var s : sheets.entrySet()) {
                    Worksheet ws = wb.newWorksheet(s.getKey());
                    for (var c : s.getValue().entrySet()) {
                        String ref = c.getKey();
                        int col = ref.replaceAll("[0-9]", "").chars().reduce(0, (a, ch) -> a * 26 + ch - 'A' + 1) - 1;
                        int row = Integer.parseInt(ref.replaceAll("[A-Z]", "")) - 1;
                        Object v = c.getValue();
                        if (v instanceof Percent p) {
                            ws.value(row, col, p.value());
                            ws.style(row, col).format("0%").set();
                        } else if (v instanceof Formula f) {
                            ws.formula(row, col, f.text());
                        } else if (v instanceof Dated d) {
                            ws.value(row, col, d.value());
                            ws.style(row, col).format("yyyy-mm-dd").set();
                        } else if (v instanceof LocalDate d) {
                            ws.value(row, col, d);
                            ws.style(row, col).format("yyyy-mm-dd").set();
                        } else if (v instanceof Number n) ws.value(row, col, n);
                        else if (v instanceof Boolean b) ws.value(row, col, b);
                        else ws.value(row, col, (String) v);
                    }
                }
            }
            return out.toByteArray();
        }
    }

    record Percent(double value) {
    }

    record Formula(String text) {
    }

    /** A number in a cell formatted as a date. */
    record Dated(double value) {
    }

    static Book gbt() {
        Book b = new Book().info("组织名称 Organisation name", "示例电器有限公司").info("组织类型", "生产型")
                .info("评价日期", LocalDate.of(2026, 11, 6)).info("保持达标月数", 14).info("评价人", "张三")
                .info("评分标准 Rubric id", "gbt27922").info("标准版本", "CTS-2025-08-16");
        String[] h = HEADER.split("\\|");
        b.score(3, (Object[]) h);
        return b;
    }

    Assessment read(Book b) throws IOException {
        Path f = dir.resolve("w" + System.nanoTime() + ".xlsx");
        Files.write(f, b.bytes());
        return WorkbookEvidence.read(f, "w.xlsx", REGISTRY::find);
    }

    List<String> problems(Book b) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(b));
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    /** The problems as a Chinese reader sees them (the CLI's default language). */
    List<String> problemsZh(Book b) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(b));
        return e.problems().stream().map(p -> p.toString(io.aftercert.core.Lang.ZH)).collect(Collectors.toList());
    }

    @Test
    void cellsAreReadAsAPersonMeansThem() throws IOException {
        Assessment a = read(gbt()
                .score(4, "5.1", "售后服务体系", 40)                      // a heading row: no input, skipped
                .score(5, "5.1.1.1", null, 1, "符合")
                .score(6, "5.1.1.2", null, 3, 4)                          // band as a number cell
                .score(7, "5.1.2.1", null, 1, null, null, null, 18, "20") // sample: number and text
                .score(8, "5.1.2.2", null, 2, null, "8")                   // metric value typed as text
                .score(9, "5.1.3.1", null, 1, "65%")
                .score(10, "5.1.3.2", null, 1, new Percent(0.7))           // a cell formatted as percent
                .score(11, "5.1.4.1", null, 1, "0.25")
                .score(12, "5.1.4.2", null, 1, "不适用", null, null, null, null, "本公司无此业务")
                .score(13, "5.1.5.1", null, 1, "第3档", null, null, null, null, "记录见附件", "a.pdf\nb.pdf；c.pdf")
                .score(15, "5.2.1.1", null, 1, Boolean.FALSE)
                .score(16, "5.2.1.2", null, 1, "5档 95%"));
        assertEquals("示例电器有限公司", a.organization().name());
        assertEquals("manufacturer", a.organization().kind());
        assertEquals(LocalDate.of(2026, 11, 6), a.assessedOn(), "a date cell is Excel's serial number");
        assertEquals(14, a.qualifyingGradeHeldMonths());
        assertEquals(new EvidenceValue.Conforms(true), a.evidence().get("5.1.1.1").value());
        assertEquals(new EvidenceValue.Banded(4, null), a.evidence().get("5.1.1.2").value());
        assertEquals(new EvidenceValue.Sample(18, 20), a.evidence().get("5.1.2.1").value());
        assertEquals(new EvidenceValue.Measured(Ratio.of(8)), a.evidence().get("5.1.2.2").value());
        assertEquals(new EvidenceValue.Credit(Ratio.of(65, 100)), a.evidence().get("5.1.3.1").value());
        assertEquals(new EvidenceValue.Credit(Ratio.of(7, 10)), a.evidence().get("5.1.3.2").value());
        assertEquals(new EvidenceValue.Credit(Ratio.of(1, 4)), a.evidence().get("5.1.4.1").value());
        assertEquals(new EvidenceValue.NotApplicable("本公司无此业务"), a.evidence().get("5.1.4.2").value());
        assertEquals(new EvidenceValue.Banded(3, null), a.evidence().get("5.1.5.1").value());
        assertEquals("记录见附件", a.evidence().get("5.1.5.1").notes());
        assertEquals(List.of("a.pdf", "b.pdf", "c.pdf"), a.evidence().get("5.1.5.1").attachments());
        assertEquals(new EvidenceValue.Conforms(false), a.evidence().get("5.2.1.1").value());
        assertEquals(new EvidenceValue.Banded(5, Ratio.of(95, 100)), a.evidence().get("5.2.1.2").value());
        assertTrue(!a.evidence().containsKey("5.1"), "heading rows are not evidence");
    }

    @Test
    void whatASpreadsheetWouldShowDifferentlyIsSaidNotGuessed() {
        // a formula without a cached value (a program that does not compute wrote it) was read as an
        // empty cell; a date-formatted 抽样数 shows a date while it holds 46000; a date serial 0.5 is noon of no day
        Book b = gbt().score(5, "5.1.1.1", null, 1, new Formula("1+2"))
                .score(6, "5.1.2.1", null, 1, null, null, null, 18, new Dated(46000));
        b.cell(Layout.INFO_SHEET, "B5", 0.5);
        List<String> ps = problems(b);
        assertEquals(3, ps.size(), ps.toString());
        assertTrue(ps.get(0).contains("基本信息!B5") && ps.get(0).contains("0.5 is not a date"), ps.get(0));
        assertTrue(ps.get(1).contains("评分表!D5 [5.1.1.1]") && ps.get(1).contains("=1+2 without a computed value"), ps.get(1));
        assertTrue(ps.get(2).contains("评分表!H6 [5.1.2.1]") && ps.get(2).contains("formatted as a date"), ps.get(2));
    }

    @Test
    void aHundredThousandAlikeProblemsAreTenAndACount() {
        List<Problem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) many.add(new Problem("f.xlsx", "评分表!D" + (i + 5), "5.1." + i, "评价 'x" + i + "' is not a verdict"));
        many.add(new Problem("f.xlsx", "基本信息!B2", null, "organisation name is required"));
        List<Problem> out = WorkbookEvidence.capped(many);
        assertEquals(12, out.size(), "10 of the kind, the other kind, one count");
        assertEquals("评分表!D14", out.get(9).path());
        assertEquals("organisation name is required", out.get(10).message());
        assertTrue(out.get(11).message().startsWith("and 99,990 more like this: 评价 'x99999'"), out.get(11).message());
    }

    @Test
    void metricPercentTypedAsPercentIsAPercentNumber() throws IOException {
        // 5.1.2.2 is measured in %: 8% typed, or 0.08 formatted as percent, both mean the value 8
        Assessment a = read(gbt().score(4, "5.1.2.2", null, 2, null, "8%"));
        assertEquals(new EvidenceValue.Measured(Ratio.of(8)), a.evidence().get("5.1.2.2").value());
        Assessment b = read(gbt().score(4, "5.1.2.2", null, 2, null, new Percent(0.08)));
        assertEquals(0, Ratio.of(new BigDecimal("8")).compareTo(((EvidenceValue.Measured) b.evidence().get("5.1.2.2").value()).value()));
    }

    @Test
    void everyProblemIsNamedBySheetCellAndCode() {
        List<String> p = problems(gbt()
                .score(4, "5.1.1.1", null, 1, "maybe")                                   // D4: not a verdict
                .score(5, "5.1.1.2", null, 3, 7)                                         // D5: band range (shared validation)
                .score(6, "5.1.2.1", null, 1, null, null, null, 21, 20)                   // G/H6: conforming > sampled
                .score(7, "5.1.3.1", null, 1, "1.5")                                     // D7: credit range (shared validation)
                .score(8, "5.1.3.2", null, 1, "不适用")                                   // I8: justification missing
                .score(9, "5.1.1.9", null, 1, "符合")                                     // A9: unknown code, did you mean
                .score(10, "5.1.4.1", null, 1, null, 12)                                 // E10: value on a qualitative item
                .score(11, "5.1.1.1", null, 1, "符合")                                    // A11: listed twice
                .cell(Layout.FINDINGS_SHEET, "A3", "类型 Type").cell(Layout.FINDINGS_SHEET, "B3", "类别")
                .cell(Layout.FINDINGS_SHEET, "C3", "描述").cell(Layout.FINDINGS_SHEET, "D3", "关联条款")
                .cell(Layout.FINDINGS_SHEET, "A4", "扣分").cell(Layout.FINDINGS_SHEET, "C4", "未按制度回访")
                .cell(Layout.FINDINGS_SHEET, "A5", "扣分").cell(Layout.FINDINGS_SHEET, "B5", "法规")
                .cell(Layout.FINDINGS_SHEET, "C5", "x"));
        String all = String.join("\n", p);
        assertTrue(all.contains("w.xlsx: 评分表!D4 [5.1.1.1]: 评价 'maybe' is not a verdict"), all);
        assertTrue(all.contains("评分表!D5 [5.1.1.2]: band must be 1–5"), all);
        assertTrue(all.contains("评分表!H6 [5.1.2.1]: conforming must not exceed sampled"), all);
        assertTrue(all.contains("评分表!D7 [5.1.3.1]: credit must be ≤ 1"), all);
        assertTrue(all.contains("评分表!I8 [5.1.3.2]:"), all);
        assertTrue(all.contains("评分表!A9 [5.1.1.9]:") && all.contains("5.1.1.1"), "did you mean: " + all);
        assertTrue(all.contains("评分表!E10 [5.1.4.1]:"), all);
        assertTrue(all.contains("评分表!A11 [5.1.1.1]: clause 5.1.1.1 is filled in twice"), all);
        assertTrue(all.contains("特别项!A4: a deduction needs a category"), all);
        assertTrue(all.contains("特别项!B5:") && all.contains("法规"), all);
        assertEquals(11, p.size(), all); // the empty justification is reported twice by the shared validation, as for JSON
        // ordered as a person fixes them: sheet, row, column
        assertTrue(all.indexOf("评分表!D4") < all.indexOf("评分表!D5") && all.indexOf("评分表!E10") < all.indexOf("特别项!A4"), all);
    }

    @Test
    void basicInformationProblemsNameTheirCell() {
        Book b = new Book().info("组织名称", null).info("组织类型", "工厂").info("评价日期", "下周一")
                .info("保持达标月数", "十四").info("评分标准", "gbt2792");
        b.score(3, (Object[]) HEADER.split("\\|"));
        String all = String.join("\n", problems(b));
        // the kind is named in the drop-down's own words (生产型、贸易型、服务型), not only the evidence ids
        assertTrue(all.contains("基本信息!B4: Organisation kind '工厂': choose 生产型 (manufacturer), 贸易型 (trader) or 服务型 (service)"), all);
        assertTrue(all.contains("基本信息!B5") && all.contains("date"), all);
        assertTrue(all.contains("基本信息!B6") && all.contains("whole number"), all);
        assertTrue(all.contains("基本信息!B7") && all.contains("no rubric 'gbt2792'"), all);
        String zh = String.join("\n", problemsZh(b));
        assertTrue(zh.contains("基本信息!B4：组织类型“工厂”无法识别：请从下拉列表选择 生产型、贸易型、服务型"), zh);
        assertTrue(zh.contains("基本信息!B5：评价日期（assessedOn）应为日期"), zh);
    }

    @Test
    void everyMappingProblemReadsInChineseForAChineseReader() {
        Book b = gbt().score(4, "5.1.1.1", null, null, "大概吧").score(5, "5.1.1.1", null, null, "符合");
        String zh = String.join("\n", problemsZh(b));
        assertTrue(zh.contains("评价“大概吧”无法识别：请填写 符合、不符合、不适用、1–5 档"), zh);
        assertTrue(zh.contains("条款 5.1.1.1 填写了两次（另见第 4 行）；每个条款只保留一行"), zh);
        // no English sentence reaches a Chinese reader: only codes, cells and file names are Latin
        for (String line : zh.split("\n")) {
            String words = line.replaceAll("[A-Za-z0-9_.\\-]+\\.xlsx|[A-Z]+[0-9]+|[0-9.]+", "");
            assertTrue(!words.matches("(?s).*[a-z]{4,}.*"), line);
        }
    }

    @Test
    void aMissingSheetOrHeaderIsSaidPlainly() {
        Book noScore = new Book().info("评分标准", "gbt27922").info("组织名称", "x");
        String all = String.join("\n", problems(noScore));
        assertTrue(all.contains("the workbook has no sheet 评分表"), all);
        Book noHeader = gbt();
        noHeader.sheets.get(Layout.SCORE_SHEET).clear();
        noHeader.score(1, "nothing here");
        assertTrue(String.join("\n", problems(noHeader)).contains("no header row found in sheet 评分表"));
    }

    @Test
    void aScoredWorkbookIsNamedAsSuchInOneProblem() throws IOException {
        // the copy assess --xlsx writes has 评分表 and 差距与计划 but no 基本信息: before, every verdict cell of
        // 评分表 came back as "not a verdict" (72 problems on the gxdsl244 example)
        var rubric = REGISTRY.require("gbt27922");
        Assessment a = read(gbt().score(4, "5.1.1.1", "", "", "符合"));
        Path scored = dir.resolve("scored.xlsx");
        Files.write(scored, ScoredWorkbook.write(rubric, io.aftercert.core.scoring.ScoringEngine.score(rubric, a)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkbookEvidence.read(scored, "scored.xlsx",
                REGISTRY::find));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        String p = e.problems().get(0).toString();
        assertTrue(p.contains("scored workbook written by assess --xlsx") && p.contains("差距与计划") && p.contains("基本信息"), p);
    }

    @Test
    void theBlankTemplateReadsBackAsNothingAssessed() throws IOException {
        for (String id : List.of("gbt27922", "hxjt", "gxdsl244")) {
            Path f = dir.resolve(id + ".xlsx");
            Files.write(f, WorkbookTemplate.write(REGISTRY.require(id)));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkbookEvidence.read(f, REGISTRY::find));
            // the one thing a blank workbook lacks is the organisation's name
            assertEquals(1, e.problems().size(), e.getMessage());
            assertEquals("基本信息!B3", e.problems().get(0).path(), e.getMessage());
        }
    }

    @Test
    void notesWithoutAVerdictLeaveTheItemNotAssessedAndAreNotRefused() throws IOException {
        // a self-assessor writes 说明 before deciding the verdict, and a crosswalk prefill writes the source evidence
        // of an item to confirm there: like a JSON template's placeholder form, the item stays not assessed
        var rubric = REGISTRY.require("gbt27922");
        Path f = dir.resolve("notes-first.xlsx");
        Assessment named = new Assessment("gbt27922", null, new io.aftercert.core.evidence.Organization("测试公司", null), null, null, null,
                Map.of(), List.of());
        Files.write(f, WorkbookTemplate.write(rubric, named, Map.of("5.1.1.1", "组织架构图待更新")));
        Assessment a = WorkbookEvidence.read(f, REGISTRY::find);
        assertTrue(!a.evidence().containsKey("5.1.1.1"), a.evidence().keySet().toString());
        var r = io.aftercert.core.scoring.ScoringEngine.score(rubric, a);
        assertEquals(io.aftercert.core.scoring.Status.NOT_ASSESSED, r.indicator("5.1.1.1").orElseThrow().status());
    }
}
