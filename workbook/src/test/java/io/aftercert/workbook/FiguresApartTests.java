package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure never runs into the text beside it: the number columns of the score sheets are centred
 * (a right-aligned 3 beside a left-aligned 4 档 reads 34 档), read from the cell styles written.
 */
class FiguresApartTests {
    @TempDir
    Path dir;

    @Test
    void theScoredSheetCentresMaximumApplicableCreditAndEarned() throws Exception {
        AssessmentResult r = ResultSheetTests.score("gbt27922/appliance-manufacturer.json");
        Rubric rubric = ResultSheetTests.REGISTRY.require("gbt27922");
        byte[] xlsx = ScoredWorkbook.write(rubric, r);
        // 5.1.1.2: the first item after 5.1.1.1 (group rows 5.1 and 5.1.1 come first)
        int row = ScoredWorkbook.HEADER_ROW + 1 + 3;
        Map<String, String> align = alignments(xlsx, 2, row);
        assertEquals("5.1.1.2", rowCode(xlsx, 2, row));
        for (int c : new int[] {ScoredWorkbook.MAX, ScoredWorkbook.APPLICABLE, ScoredWorkbook.CREDIT, ScoredWorkbook.EARNED}) {
            assertEquals("center", align.get(Layout.column(c)), "column " + Layout.column(c) + " of row " + (row + 1));
        }
        assertEquals(null, align.get(Layout.column(ScoredWorkbook.EVIDENCE)), "text keeps to the left");
    }

    @Test
    void theTemplateCentresPointsAndTheNumberInputsAndKeepsTheVerdictLeft() throws Exception {
        byte[] xlsx = WorkbookTemplate.write(ResultSheetTests.REGISTRY.require("gbt27922"));
        int row = WorkbookTemplate.SCORE_HEADER_ROW + 1 + 2; // 5.1, 5.1.1, then 5.1.1.1
        assertEquals("5.1.1.1", rowCode(xlsx, 1, row));
        Map<String, String> align = alignments(xlsx, 1, row);
        for (Layout.Col c : List.of(Layout.Col.POINTS, Layout.Col.VALUE, Layout.Col.CONFORMING, Layout.Col.SAMPLED)) {
            assertEquals("center", align.get(Layout.column(c.ordinal())), c.name());
        }
        assertEquals("left", align.get(Layout.column(Layout.Col.VERDICT.ordinal())), "a band typed in 评价 keeps to the left");
    }

    /** Column letter → horizontal alignment of the cells of one row (0-based) of sheet {@code n}. */
    private Map<String, String> alignments(byte[] xlsx, int sheet, int row) throws Exception {
        Map<String, byte[]> parts = WorkbookFillTests.parts(xlsx, dir.resolve("a" + System.nanoTime() + ".zip"));
        String xml = new String(parts.get("xl/worksheets/sheet" + sheet + ".xml"), StandardCharsets.UTF_8);
        String styles = new String(parts.get("xl/styles.xml"), StandardCharsets.UTF_8);
        List<String> xfs = new ArrayList<>();
        String cellXfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
        Matcher x = Pattern.compile("<xf\\b[^>]*?(/>|>.*?</xf>)", Pattern.DOTALL).matcher(cellXfs);
        while (x.find()) xfs.add(x.group());
        Matcher rowM = Pattern.compile("<row\\b[^>]*\\br=\"" + (row + 1) + "\"[^>]*>(.*?)</row>", Pattern.DOTALL).matcher(xml);
        assertNotNull(rowM.find() ? rowM.group(1) : null, "row " + (row + 1));
        Map<String, String> out = new java.util.HashMap<>();
        Matcher c = Pattern.compile("<c r=\"([A-Z]+)\\d+\" s=\"(\\d+)\"").matcher(rowM.group(1));
        while (c.find()) {
            Matcher h = Pattern.compile("horizontal=\"([a-z]+)\"").matcher(xfs.get(Integer.parseInt(c.group(2))));
            out.put(c.group(1), h.find() ? h.group(1) : null);
        }
        return out;
    }

    private static String rowCode(byte[] xlsx, int sheet, int row) throws Exception {
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
             var rows = wb.getSheets().toList().get(sheet - 1).openStream()) {
            return rows.filter(r -> r.getRowNum() == row + 1).findFirst().orElseThrow().getCellText(0);
        }
    }
}
