package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading responses: RFC 4180 details, bounded records, errors naming file and row (or sheet and cell). */
class ResponseReaderTests {
    private static final Questionnaire Q = Questionnaire.standard();
    private static final String HEADER = String.join(",", Q.columns());

    private static String answers(String v) {
        return String.join(",", java.util.Collections.nCopies(Q.questions().size(), v));
    }

    private static List<Response> csv(String text) throws Exception {
        List<Response> out = new ArrayList<>();
        ResponseReader.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r.csv", Q, out::add);
        return out;
    }

    private static Problem problem(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> csv(text));
        return e.problems().get(0);
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksCountAsOneRow() throws Exception {
        String text = "\uFEFF" + HEADER + "\n\"A, \"\"the first\"\"\n(two lines)\"," + answers("4") + ",2026-08-01,120\r\n\n"
                + "B," + answers("3") + ",,"; // no final line end, blank optional columns
        List<Response> rs = csv(text);
        assertEquals(2, rs.size());
        assertEquals("A, \"the first\"\n(two lines)", rs.get(0).respondentId());
        assertEquals(2, rs.get(0).row());
        assertEquals(3, rs.get(1).row()); // the empty line is not a row; the quoted line break is not a row
        assertEquals("3", rs.get(1).answers()[0]);
        assertEquals(null, rs.get(1).submittedAt());
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() throws Exception {
        List<String> cols = new ArrayList<>(Q.columns().subList(0, Q.questions().size() + 1));
        java.util.Collections.reverse(cols);
        String row = answers("2") + ",ID7";
        List<Response> rs = csv(String.join(",", cols) + "\n" + row + "\n");
        assertEquals("ID7", rs.get(0).respondentId());
        assertEquals("2", rs.get(0).answers()[3]);
    }

    @Test
    void anUnclosedQuoteNamesItsRow() {
        Problem p = problem(HEADER + "\nA," + answers("4") + ",,\n\"B," + answers("4") + ",,\n");
        assertEquals("r.csv", p.file());
        assertEquals("row 3", p.path());
        assertTrue(p.message().contains("not closed"), p.message());
    }

    @Test
    void aTooLongRecordIsRefusedWithoutReadingItWhole() {
        String huge = "x".repeat(ResponseReader.MAX_RECORD_CHARS + 10);
        Problem p = problem(HEADER + "\nA," + answers("4") + ",,\n" + huge);
        assertEquals("row 3", p.path());
        assertTrue(p.message().contains("longer than"), p.message());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesItsRow() {
        Problem p = problem(HEADER + "\nA," + answers("4") + ",,\nB,4,4\n");
        assertEquals("row 3", p.path());
        assertTrue(p.message().contains("3 fields"), p.message());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsRefused() {
        Problem p = problem(HEADER + "\nA\"B," + answers("4") + ",,\n");
        assertEquals("row 2", p.path());
    }

    @Test
    void headerProblemsAreAllListedWithSuggestions() {
        String bad = HEADER.replace("FN1,", "FN01,").replace("respondent_id,", "");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> csv(bad + "\n"));
        String all = e.getMessage();
        assertTrue(all.contains("unknown column 'FN01' (did you mean FN1?)"), all);
        assertTrue(all.contains("no respondent_id column"), all);
        assertTrue(all.contains("[FN1]") && all.contains("question FN1 is missing"), all);
        assertTrue(e.problems().stream().allMatch(p -> "r.csv".equals(p.file()) && p.path().startsWith("row 1")), all);
    }

    @Test
    void notUtf8IsRefusedInPlainWords() {
        byte[] gbk = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] row = new byte[] {(byte) 0xC4, (byte) 0xE3, ','};
        byte[] all = new byte[gbk.length + row.length];
        System.arraycopy(gbk, 0, all, 0, gbk.length);
        System.arraycopy(row, 0, all, gbk.length, row.length);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ResponseReader.readCsv(new ByteArrayInputStream(all), "r.csv", Q, x -> { }));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void anEmptyFileAsksForTheHeader() {
        Problem p = problem("");
        assertTrue(p.message().contains("respondent_id"), p.message());
    }

    @Test
    void theXlsxTemplateFilledInReadsLikeCsv(@TempDir Path dir) throws Exception {
        // the xlsx template's response sheet, filled in with FastExcel as a spreadsheet user would
        Path file = dir.resolve("r.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = Q.columns();
            for (int c = 0; c < cols.size(); c++) ws.value(0, c, cols.get(c));
            ws.value(1, 0, "A");
            for (int c = 1; c <= Q.questions().size(); c++) ws.value(1, c, 4);
            ws.value(1, cols.size() - 2, java.time.LocalDateTime.of(2026, 8, 3, 9, 30));
            ws.value(1, cols.size() - 1, 250);
            ws.value(2, 0, "B");
            ws.value(2, 1, 4.5);
            ws.value(2, 2, "5");
            wb.finish();
        }
        Files.write(file, bytes.toByteArray());
        List<Response> rs = new ArrayList<>();
        ResponseReader.read(file, Q, rs::add);
        assertEquals(2, rs.size());
        assertEquals(2, rs.get(0).row());
        assertEquals("4", rs.get(0).answers()[5]);
        assertEquals("250", rs.get(0).duration());
        assertEquals(java.time.LocalDate.of(2026, 8, 3), SurveyAccumulator.date(rs.get(0).submittedAt()));
        assertEquals("4.5", rs.get(1).answers()[0]);
        assertEquals(null, rs.get(1).answers()[2]);

        SurveyAccumulator acc = new SurveyAccumulator(Q);
        rs.forEach(acc::add);
        Finding f = acc.result("r.xlsx", null).findings().get(0);
        assertEquals(Rule.RANGE, f.rule());
        assertEquals(3, f.row()); // the spreadsheet's own row number
    }

    @Test
    void theShippedXlsxTemplateHasTheHeaderRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.xlsx");
        Files.write(file, TemplateWriter.write(Q, TemplateWriter.Format.XLSX));
        List<Response> rs = new ArrayList<>();
        ResponseReader.read(file, Q, rs::add); // header accepted, no rows
        assertEquals(0, rs.size());
    }

    @Test
    void anXlsxHeaderProblemNamesSheetAndCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = new ArrayList<>(Q.columns());
            cols.set(3, "FN33");
            for (int c = 0; c < cols.size(); c++) ws.value(0, c, cols.get(c));
            wb.finish();
        }
        Files.write(file, bytes.toByteArray());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(file, Q, x -> { }));
        assertTrue(e.problems().stream().anyMatch(p -> "sheet responses!D1".equals(p.path()) && p.message().contains("FN33")), e.getMessage());
    }

    @Test
    void notAWorkbookIsSaidSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "hello");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(file, Q, x -> { }));
        assertTrue(e.getMessage().contains("not a readable xlsx workbook"), e.getMessage());
    }
}
