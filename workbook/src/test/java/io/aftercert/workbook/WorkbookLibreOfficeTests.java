package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks in a real spreadsheet program: LibreOffice Calc (headless) opens the blank and the
 * scored workbooks, computes their formulas, keeps the drop-downs, and a workbook it has saved
 * reads back to the same score. {@code .ci/run} installs LibreOffice when missing; without it these
 * tests are skipped, not passed.
 */
class WorkbookLibreOfficeTests {
    static final RubricRegistry REGISTRY = RubricRegistry.getDefault();
    static final List<String> RUBRICS = List.of("gbt27922", "hxjt", "gxdsl244", "gxdsl259");
    static final List<String> EXAMPLES = List.of("gbt27922/appliance-manufacturer.json", "gbt27922/trading-company.json",
            "hxjt/machine-tool-maker.json", "gxdsl244/guangxi-ecommerce-retailer.json", "gxdsl259/guangxi-ecommerce-retailer-conformance.json");
    static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"点击领奖\")";

    @TempDir
    static Path dir;
    static Path lo;
    static Map<String, Assessment> filled = new LinkedHashMap<>();
    static Map<String, AssessmentResult> results = new LinkedHashMap<>();

    @BeforeAll
    static void convert() throws Exception {
        assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
        List<Path> files = new ArrayList<>();
        for (String id : RUBRICS) files.add(write("blank-" + id + ".xlsx", WorkbookTemplate.write(REGISTRY.require(id))));
        for (String ex : EXAMPLES) {
            Path json = Path.of("..", "examples").resolve(ex);
            Assessment a = EvidenceJson.read(Files.readAllBytes(json), json.toString(), REGISTRY::find);
            a = withHostileText(a);
            Rubric rubric = REGISTRY.require(a.rubricId());
            String name = json.getFileName().toString().replace(".json", "");
            filled.put(name, a);
            AssessmentResult r = ScoringEngine.score(rubric, a);
            results.put(name, r);
            files.add(write("filled-" + name + ".xlsx", WorkbookTemplate.write(rubric, a)));
            files.add(write("scored-" + name + ".xlsx", ScoredWorkbook.write(rubric, r)));
        }
        // six special deductions (more than five): no grade whatever the score, also as a formula
        Assessment app = filled.get("appliance-manufacturer");
        List<Finding> six = new ArrayList<>(app.findings().stream().filter(f -> f.type() == Finding.Type.DEDUCTION).toList());
        while (six.size() < 6) six.add(Finding.deduction("own-rules", "未按制度处理投诉 " + six.size()));
        Assessment many = new Assessment(app.rubricId(), app.rubricVersion(), app.organization(), app.assessedOn(), app.assessor(),
                app.qualifyingGradeHeldMonths(), app.evidence(), six);
        results.put("six-deductions", ScoringEngine.score(REGISTRY.require(app.rubricId()), many));
        files.add(write("scored-six-deductions.xlsx", ScoredWorkbook.write(REGISTRY.require(app.rubricId()), results.get("six-deductions"))));
        // a reader edits a credit in the scored workbook: 5.1.5.2 (credit cell F) to 1
        files.add(write("edited.xlsx", withCredit(dir.resolve("scored-appliance-manufacturer.xlsx"),
                REGISTRY.require("gbt27922"), "5.1.5.2", "1")));
        // inputs typed as formulas: Calc computes them and stores the values the reader uses
        // (no '&' or '<' here: FastExcel 0.19.0 writes formula text without XML escaping)
        files.add(write("formulas.xlsx", WorkbookEvidenceTests.gbt()
                .cell(Layout.INFO_SHEET, "B5", new WorkbookEvidenceTests.Formula("DATE(2026,11,6)"))
                .score(4, "5.1.1.1", null, 1, new WorkbookEvidenceTests.Formula("IF(1=1,\"符合\",\"不符合\")"))
                .score(5, "5.1.1.2", null, 3, new WorkbookEvidenceTests.Formula("3+1"))
                .score(6, "5.1.2.1", null, 1, null, null, null, new WorkbookEvidenceTests.Formula("9*2"), new WorkbookEvidenceTests.Formula("40/2"))
                .score(7, "5.1.2.2", null, 2, null, new WorkbookEvidenceTests.Formula("4*2"))
                .score(8, "5.1.3.1", null, 1, new WorkbookEvidenceTests.Formula("0.5+0.15")).bytes()));
        lo = dir.resolve("lo");
        // one LibreOffice run saves every workbook again (it computes all formulas on the way) …
        run(files, "xlsx", lo);
        // … and one writes every sheet of the blank and scored workbooks as CSV, as Calc shows them
        List<Path> csv = files.stream().filter(f -> !f.getFileName().toString().startsWith("filled-")).toList();
        run(csv, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", dir.resolve("csv"));
        // … and one prints the blank and scored workbooks as LibreOffice would (PDF)
        // (the filled-in templates too: their notes wrap inside their column)
        run(files.stream().filter(f -> !f.getFileName().toString().equals("formulas.xlsx")).toList(), "pdf", dir.resolve("pdf"));
    }

    @Test
    void everyPrintedPageIsA4WithItsNumberAndTheOrganisation() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils (pdftotext) is not installed");
        List<String> bases = new ArrayList<>();
        RUBRICS.forEach(id -> bases.add("blank-" + id));
        results.keySet().forEach(n -> bases.add("scored-" + n));
        filled.keySet().forEach(n -> bases.add("filled-" + n));
        for (String base : bases) {
            Path pdf = dir.resolve("pdf").resolve(base + ".pdf");
            Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String[] pages = text.split("\f");
            int n = (int) java.util.Arrays.stream(pages).filter(t -> !t.isBlank()).count();
            assertTrue(n >= 3, base + ": one page per sheet at least, got " + n);
            for (int i = 1; i <= n; i++) {
                // the footer: 第 i 页，共 n 页 Page i of n, and the organisation (scored) or the standard (blank)
                assertTrue(pages[i - 1].contains("第 " + i + " 页，共 " + n + " 页") && pages[i - 1].contains("Page " + i + " of " + n),
                        base + " page " + i + ": " + pages[i - 1].substring(Math.max(0, pages[i - 1].length() - 300)));
                String who = base.startsWith("scored-") ? results.get(base.substring(7)).organization().name()
                        : base.startsWith("filled-") ? filled.get(base.substring(7)).organization().name()
                        : REGISTRY.require(base.substring(6)).title().zh();
                assertTrue(pages[i - 1].contains(who), base + " page " + i + " names " + who);
            }
            // every template and scored workbook: one page wide at a scale that keeps 10 pt text at 8 pt or more
            assertPrintedAtLeast8pt(pdf, base);
            Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
            String meta = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(info.waitFor(60, TimeUnit.SECONDS));
            assertTrue(meta.contains("(A4)"), base + " is A4: " + meta);
        }
    }

    /** Formula-injection text in notes, a justification and a finding: it must stay text everywhere. */
    static Assessment withHostileText(Assessment a) {
        Map<String, Evidence> ev = new LinkedHashMap<>(a.evidence());
        String first = ev.entrySet().stream().filter(e -> e.getValue().value() instanceof io.aftercert.core.evidence.EvidenceValue.Conforms
                || e.getValue().value() instanceof io.aftercert.core.evidence.EvidenceValue.Banded).map(Map.Entry::getKey).findFirst().orElseThrow();
        ev.put(first, ev.get(first).withNotes(INJECTION));
        List<Finding> findings = new ArrayList<>(a.findings());
        if (!findings.isEmpty()) {
            Finding f = findings.get(0);
            findings.set(0, new Finding(f.type(), f.category(), "@SUM(1+1) -2+3 " + f.description(), f.indicator()));
        }
        return new Assessment(a.rubricId(), a.rubricVersion(), a.organization(), a.assessedOn(), a.assessor(),
                a.qualifyingGradeHeldMonths(), ev, findings);
    }

    @Test
    void blankWorkbooksOpenWithTheirHeadersAndPointSubtotals() throws IOException {
        for (String id : RUBRICS) {
            Rubric r = REGISTRY.require(id);
            List<List<String>> rows = csv("blank-" + id, Layout.SCORE_SHEET);
            List<String> header = rows.get(WorkbookTemplate.SCORE_HEADER_ROW);
            for (String word : List.of("条款", "检查内容", "分值", "评价", "数值", "抽样合格数", "抽样数", "说明", "附件")) {
                assertTrue(header.stream().anyMatch(h -> h.startsWith(word)), id + " header has " + word + ": " + header);
            }
            Map<String, String> points = new LinkedHashMap<>();
            for (List<String> row : rows) if (row.size() > 2 && !row.get(0).isEmpty()) points.put(row.get(0), row.get(2));
            // every group's subtotal is a formula Calc computed; it must equal the rubric's points
            int groups = 0;
            for (String code : r.codes()) {
                Indicator n = r.indicator(code).orElseThrow();
                assertNotNull(points.get(code), id + " row for " + code);
                assertEquals(round2(n.points()), new BigDecimal(points.get(code)).setScale(2, java.math.RoundingMode.HALF_UP),
                        id + " " + code + " points as Calc shows them");
                if (!n.isLeaf()) groups++;
            }
            assertTrue(groups > 0);
            List<String> total = rows.stream().filter(row -> row.size() > 2 && row.get(1).startsWith("合计")).findFirst().orElseThrow();
            assertEquals(round2(r.total()), new BigDecimal(total.get(2)).setScale(2, java.math.RoundingMode.HALF_UP), id + " total");
            assertTrue(Files.exists(dir.resolve("csv").resolve("blank-" + id + "-" + Layout.INFO_SHEET + ".csv")));
            assertTrue(Files.exists(dir.resolve("csv").resolve("blank-" + id + "-" + Layout.FINDINGS_SHEET + ".csv")));
            assertTrue(Files.exists(dir.resolve("csv").resolve("blank-" + id + "-" + Layout.HELP_SHEET + ".csv")));
            // a service director follows 填写说明 without a command line: no shell command, no file path
            String help = csv("blank-" + id, Layout.HELP_SHEET).toString();
            assertFalse(help.contains("./aftercert") || help.contains("--xlsx") || help.contains("assess "), help);
            assertTrue(help.contains("保存本文件，交给负责评分的同事或顾问") && help.contains("撤销工作表保护"), help);
        }
    }

    @Test
    void dropDownsAndTheBandNoteSurviveLibreOffice() throws IOException {
        String xml = parts(lo.resolve("blank-gbt27922.xlsx"), "xl/worksheets/");
        assertTrue(xml.contains("type=\"list\""), "list validation kept");
        assertTrue(xml.contains("符合,不符合,不适用,1,2,3,4,5"), "the verdict choices kept");
        assertTrue(xml.contains("生产型,贸易型,服务型"), "the organisation-kind choices kept");
        assertTrue(xml.contains("法律法规,自身服务规范,行业要求,服务体系影响"), "the deduction categories kept");
        // fixed lists stop other entries with a message; the verdict informs (a credit may be typed)
        assertEquals(3, xml.split("errorStyle=\"stop\"", -1).length - 1, "kind, type and category stop: " + xml.length());
        assertTrue(xml.contains("只能填写：生产型、贸易型、服务型。"), "the message names the choices");
        assertTrue(xml.contains("errorStyle=\"information\""), "the verdict's message informs");
        assertTrue(!xml.contains("showErrorMessage=\"false\""), "every drop-down shows its message");
        // and each shows its prompt when its cell is selected, as LibreOffice saves it again
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("<dataValidation [^>]*>").matcher(xml);
        int validations = 0;
        while (v.find()) {
            validations++;
            String tag = v.group();
            java.util.regex.Matcher t = java.util.regex.Pattern.compile("errorTitle=\"([^\"]*)\"").matcher(tag);
            assertTrue(t.find(), tag);
            InputPrompts.Prompt want = WorkbookTemplate.PROMPTS.get(t.group(1));
            assertNotNull(want, "a prompt for " + tag);
            assertTrue(tag.contains("showInputMessage=\"true\"") && tag.contains("promptTitle=\"" + want.title() + "\""), tag);
            assertTrue(tag.contains("prompt=\"" + want.text().replace("\n", "&#10;") + "\""), tag);
        }
        assertEquals(4, validations, "verdict, kind, type and category");
        // Calc splits a note into runs by script: compare its text without the markup
        String comments = parts(lo.resolve("blank-gbt27922.xlsx"), "xl/comments").replaceAll("<[^>]+>", "");
        Rubric r = REGISTRY.require("gbt27922");
        assertTrue(comments.contains(r.bands().get(4).descriptors().get(0)), "the band note quotes CTS chapter 5");
    }

    @Test
    void scoredFormulasComputeTheEnginesTotals() throws IOException {
        for (var e : results.entrySet()) {
            AssessmentResult r = e.getValue();
            Rubric rubric = REGISTRY.require(r.rubric().id());
            Map<Integer, Row> rows = new LinkedHashMap<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(lo.resolve("scored-" + e.getKey() + ".xlsx").toFile());
                 Stream<Row> s = wb.findSheet(Layout.SCORE_SHEET).orElseThrow().openStream()) {
                s.forEach(row -> rows.put(row.getRowNum() - 1, row));
            }
            ScoredWorkbook.TotalRows t = ScoredWorkbook.totalRows(rubric);
            String name = e.getKey();
            assertClose(r.totals().applicable(), computed(rows.get(t.applicable())), name + " applicable total");
            assertClose(r.totals().earned(), computed(rows.get(t.earned())), name + " earned total");
            assertClose(r.score(), computed(rows.get(t.score())), name + " score");
            if (rubric.specialRules() != null) {
                assertClose(r.bonus(), computed(rows.get(t.bonus())), name + " bonus");
                assertClose(r.deductions(), computed(rows.get(t.deductions())), name + " deductions");
            } else {
                // a standard without special items: no 加分/扣分 rows, no 特别项 sheet; its score is the result
                assertEquals(-1, t.bonus());
                assertEquals(t.score(), t.finalScore());
                assertFalse(Files.exists(dir.resolve("csv").resolve("scored-" + name + "-" + Layout.FINDINGS_SHEET + ".csv")), name);
                String all = csv("scored-" + name, Layout.SCORE_SHEET).toString() + csv("scored-" + name, Layout.GAPS_SHEET);
                assertFalse(all.contains("加分") || all.contains("扣分") || all.contains("没有更高的等级"), all);
                assertTrue(all.contains("本标准不设等级，以" + io.aftercert.core.plan.Headline.scoreLabel(r).zh() + "评价"), all);
            }
            assertClose(r.finalScore(), computed(rows.get(t.finalScore())), name + " final score");
            for (GroupResult g : r.groups()) {
                Row row = rows.values().stream().filter(x -> g.code().equals(x.getCellText(ScoredWorkbook.CODE))).findFirst().orElseThrow();
                assertClose(g.earned(), cached(row.getCell(ScoredWorkbook.EARNED)), name + " subtotal of " + g.code());
                assertClose(g.applicable(), cached(row.getCell(ScoredWorkbook.APPLICABLE)), name + " applicable of " + g.code());
            }
            // the CSV shows the same, to the precision a reader expects
            List<List<String>> csv = csv("scored-" + name, Layout.SCORE_SHEET);
            assertEquals(r.finalScore().toBigDecimal(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    csv.get(t.finalScore()).get(ScoredWorkbook.TOTAL_VALUE), name + " final score as shown");
            assertTrue(csv.stream().anyMatch(row -> row.contains(INJECTION)), "hostile notes shown as text");
        }
    }

    /** The scored workbook with the credit cell of {@code code} set to {@code credit}, as a user's edit saves it. */
    static byte[] withCredit(Path xlsx, Rubric rubric, String code, String credit) throws IOException {
        List<String> order = new ArrayList<>();
        rubric.indicators().forEach(i -> dfs(i, order));
        String ref = Layout.column(ScoredWorkbook.CREDIT) + (ScoredWorkbook.HEADER_ROW + 2 + order.indexOf(code));
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipFile(xlsx.toFile()); var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : java.util.Collections.list(in.entries())) {
                byte[] b = in.getInputStream(e).readAllBytes();
                // 评分表 is the second sheet: 结果 comes first
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String x = new String(b, StandardCharsets.UTF_8);
                    String edited = x.replaceFirst("(<c r=\"" + ref + "\"[^>]*>)<v>[^<]*</v>", "$1<v>" + credit + "</v>");
                    assertFalse(edited.equals(x), "the credit cell " + ref + " was found");
                    b = edited.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static void dfs(Indicator i, List<String> order) {
        order.add(i.code());
        i.children().forEach(c -> dfs(c, order));
    }

    @Test
    void blankTemplatesAreProtectedWithOnlyTheInputCellsOpen() throws IOException {
        for (String id : RUBRICS) {
            Path saved = lo.resolve("blank-" + id + ".xlsx");
            // 评分表, 基本信息, 特别项 protected, as LibreOffice keeps it, without a password; 填写说明 open
            for (int sheet = 1; sheet <= 3; sheet++) {
                assertTrue(parts(saved, "xl/worksheets/sheet" + sheet + ".xml").contains("<sheetProtection sheet=\"true\"/>"), id + " sheet " + sheet);
            }
            assertFalse(parts(saved, "xl/worksheets/sheet4.xml").contains("sheetProtection"), id + " 填写说明");
            // the styles of locked labels and of the unlocked yellow input cells: the fill FFF8DC only with locked="false"
            String styles = parts(saved, "xl/styles.xml");
            assertTrue(styles.contains("<protection locked=\"false\"") && styles.contains("<protection locked=\"true\""), id);
        }
        // the cell styles as written: every input fill is unlocked, and nothing else is
        String written = new String(zipPart(WorkbookTemplate.write(REGISTRY.require("gbt27922")), "xl/styles.xml"), StandardCharsets.UTF_8);
        java.util.regex.Matcher xf = java.util.regex.Pattern.compile("<xf [^>]*fillId=\"(\\d+)\"[^>]*/>|<xf [^>]*fillId=\"(\\d+)\"[^>]*[^/]>(.*?)</xf>").matcher(
                written.substring(written.indexOf("<cellXfs")));
        List<String> fills = java.util.regex.Pattern.compile("<fill>.*?</fill>").matcher(written).results().map(m -> m.group()).toList();
        int unlocked = 0;
        while (xf.find()) {
            String fill = xf.group(1) != null ? xf.group(1) : xf.group(2);
            boolean open = xf.group(3) != null && xf.group(3).contains("locked=\"false\"");
            boolean yellow = fills.get(Integer.parseInt(fill)).contains(WorkbookTemplate.INPUT_FILL);
            assertEquals(yellow, open, "fill " + fills.get(Integer.parseInt(fill)));
            if (open) unlocked++;
        }
        assertTrue(unlocked > 0);
    }

    static byte[] zipPart(byte[] xlsx, String name) throws IOException {
        Path f = Files.createTempFile(dir, "part", ".xlsx");
        Files.write(f, xlsx);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    @Test
    void theGradeIsAFormulaThatFollowsAnEditedCredit() throws IOException {
        Rubric rubric = REGISTRY.require("gbt27922");
        ScoredWorkbook.TotalRows t = ScoredWorkbook.totalRows(rubric);
        List<List<String>> before = csv("scored-appliance-manufacturer", Layout.SCORE_SHEET);
        List<List<String>> after = csv("edited", Layout.SCORE_SHEET);
        // before: 7655/98 = 78.11 → 达标 (70 ≤ 78.11 < 80). 5.1.5.2 has 5 applicable points at credit 0.4 (3 lost);
        // at credit 1 the earned total rises by 3: score (76.55 + 3)/98 × 100 = 81.17, +1 bonus −1 deduction
        // → final 81.17 ≥ 80 → 三星
        assertEquals("达标 Qualified · 通过 passed", before.get(t.grade()).get(ScoredWorkbook.TOTAL_VALUE));
        assertEquals("78.11", before.get(t.finalScore()).get(ScoredWorkbook.TOTAL_VALUE));
        assertEquals("81.17", after.get(t.finalScore()).get(ScoredWorkbook.TOTAL_VALUE));
        assertEquals("三星 Three-star · 通过 passed", after.get(t.grade()).get(ScoredWorkbook.TOTAL_VALUE));
    }

    @Test
    void theGradeFormulaGivesTheEnginesGradeForEveryExample() throws IOException {
        for (var e : results.entrySet()) {
            AssessmentResult r = e.getValue();
            if (r.grade() == null) continue;
            ScoredWorkbook.TotalRows t = ScoredWorkbook.totalRows(REGISTRY.require(r.rubric().id()));
            String engine = r.grade().label().zh() + " " + r.grade().label().en() + (r.passed() == io.aftercert.core.scoring.Verdict.PASSED ? " · 通过 passed" : " · 未通过 not passed");
            assertEquals(engine, csv("scored-" + e.getKey(), Layout.SCORE_SHEET).get(t.grade()).get(ScoredWorkbook.TOTAL_VALUE), e.getKey());
        }
        // six deductions: the score alone would give 达标, the rule withholds every grade
        assertEquals("none", results.get("six-deductions").grade().id());
        assertTrue(results.get("six-deductions").finalScore().compareTo(Ratio.of(70)) >= 0);
    }

    @Test
    void aWorkbookSavedByLibreOfficeReadsBackToTheSameScore() throws IOException {
        for (var e : filled.entrySet()) {
            Assessment a = WorkbookEvidence.read(lo.resolve("filled-" + e.getKey() + ".xlsx"), REGISTRY::find);
            Rubric rubric = REGISTRY.require(a.rubricId());
            assertEquals(e.getValue(), a, e.getKey() + ": what LibreOffice saved reads as what was filled in");
            assertEquals(new String(ResultJson.write(ScoringEngine.score(rubric, e.getValue())), StandardCharsets.UTF_8),
                    new String(ResultJson.write(ScoringEngine.score(rubric, a)), StandardCharsets.UTF_8));
            String sheets = parts(lo.resolve("filled-" + e.getKey() + ".xlsx"), "xl/worksheets/");
            assertFalse(sheets.contains("HYPERLINK"), "no formula was made of the hostile note");
        }
    }

    @Test
    void formulaCellsAreReadByTheValuesCalcComputed() throws IOException {
        Assessment a = WorkbookEvidence.read(lo.resolve("formulas.xlsx"), REGISTRY::find);
        assertEquals(java.time.LocalDate.of(2026, 11, 6), a.assessedOn());
        assertEquals(new EvidenceValue.Conforms(true), a.evidence().get("5.1.1.1").value());
        assertEquals(new EvidenceValue.Banded(4, null), a.evidence().get("5.1.1.2").value());
        assertEquals(new EvidenceValue.Sample(18, 20), a.evidence().get("5.1.2.1").value());
        assertEquals(new EvidenceValue.Measured(Ratio.of(8)), a.evidence().get("5.1.2.2").value());
        assertEquals(new EvidenceValue.Credit(Ratio.of(65, 100)), a.evidence().get("5.1.3.1").value());
    }

    // ---- helpers

    static Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static String soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(p))) return p;
        }
        return null;
    }

    /**
     * No word of the PDF is smaller than 8 pt as printed: pdftotext's word boxes are 1.301 em high
     * for the workbook's font (Noto Sans CJK SC; 10 pt text at 100 % measures 13.01 pt, the findings
     * sheet), so 8 pt is a box of 10.41 pt.
     */
    static void assertPrintedAtLeast8pt(Path pdf, String base) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), "-").redirectErrorStream(true).start();
        String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)<").matcher(html);
        int words = 0;
        while (m.find()) {
            words++;
            double h = Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1));
            assertTrue(h >= 10.41 - 0.01, base + ": '" + m.group(3) + "' prints at " + Math.round(h / 1.301 * 10) / 10.0 + " pt");
        }
        assertTrue(words > 100, base + ": words found " + words);
    }

    static void run(List<Path> files, String to, Path outDir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", to, "--outdir", outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "LibreOffice finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
    }

    static List<List<String>> csv(String base, String sheet) throws IOException {
        return parseCsv(Files.readString(dir.resolve("csv").resolve(base + "-" + sheet + ".csv"), StandardCharsets.UTF_8));
    }

    /** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') { f.append('"'); i++; }
                else if (c == '"') quoted = false;
                else f.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(f.toString()); f.setLength(0); }
            else if (c == '\n') { row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else if (c != '\r') f.append(c);
        }
        if (f.length() > 0 || !row.isEmpty()) { row.add(f.toString()); rows.add(row); }
        return rows;
    }

    /** The text of every zip part whose name starts with {@code prefix}. */
    static String parts(Path xlsx, String prefix) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                if (e.getName().startsWith(prefix)) sb.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    static BigDecimal computed(Row row) {
        return cached(row.getCell(ScoredWorkbook.TOTAL_VALUE));
    }

    static BigDecimal cached(Cell c) {
        assertNotNull(c.getRawValue(), "Calc stored a computed value in " + c.getAddress());
        return new BigDecimal(c.getRawValue());
    }

    static void assertClose(Ratio exact, BigDecimal calc, String what) {
        BigDecimal diff = exact.minus(Ratio.of(calc)).toBigDecimal(12, java.math.RoundingMode.HALF_UP).abs();
        assertTrue(diff.compareTo(new BigDecimal("1e-6")) <= 0, what + ": engine " + exact + " (" + exact.toDouble() + "), Calc " + calc);
    }

    static BigDecimal round2(Ratio r) {
        return r.toBigDecimal(2, java.math.RoundingMode.HALF_UP);
    }
}
