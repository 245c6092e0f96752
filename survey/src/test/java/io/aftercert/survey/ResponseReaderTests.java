package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void anUnclosedQuoteNamesItsRowAndColumn() {
        Problem p = problem(HEADER + "\nA," + answers("4") + ",,\n\"B," + answers("4") + ",,\n");
        assertEquals("r.csv", p.file());
        assertEquals("row 3, column 1", p.path());
        assertTrue(p.message().contains("not closed"), p.message());
        assertEquals("第 1 个字段的引号直到文件结束都没有闭合", p.text().zh());
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
    void aQuoteInsideAnUnquotedFieldIsALiteral() throws Exception {
        // RFC 4180 readers differ here; AfterCert's one CSV reader keeps the quote as text (as Excel does)
        List<Response> rs = csv(HEADER + "\nA\"B," + answers("4") + ",,\n");
        assertEquals("A\"B", rs.get(0).respondentId());
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
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = Q.columns();
            header(ws, 0, cols);
            ws.value(1, 0, "A");
            for (int c = 1; c <= Q.questions().size(); c++) ws.value(1, c, 4);
            ws.value(1, cols.size() - 2, java.time.LocalDateTime.of(2026, 8, 3, 9, 30));
            ws.value(1, cols.size() - 1, 250);
            ws.value(2, 0, "B");
            ws.value(2, 1, 4.5);
            ws.value(2, 2, "5");
        });
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
    void theXlsxTemplateIsInChineseWithQuestionNotesA1To5CheckAndAnExampleNotRead(@TempDir Path dir) throws Exception {
        byte[] bytes = TemplateWriter.write(Q, TemplateWriter.Format.XLSX);
        Path file = dir.resolve("t.xlsx");
        Files.write(file, bytes);
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
            assertEquals(List.of("回答", "填写示例", "题目", "量表"), wb.getSheets().map(x -> x.getName()).toList());
            var example = wb.getSheets().toList().get(1).read();
            assertEquals("R0001", example.get(2).getCellText(0));
            assertEquals(Q.columns().get(1), example.get(1).getCellText(0 + 1));
        }
        String sheet1 = "";
        String comments = "";
        try (var z = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                String text = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) sheet1 = text;
                // FastExcel writes non-ASCII characters as numeric references
                if (e.getName().startsWith("xl/comments")) {
                    comments += java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                            .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
                }
            }
        }
        // every question column refuses anything but 1–5, with a message
        Question first = Q.questions().get(0);
        assertTrue(sheet1.contains("errorStyle=\"stop\"") || !sheet1.contains("errorStyle="), sheet1.substring(sheet1.indexOf("<dataValidations")));
        assertTrue(sheet1.contains("\"1,2,3,4,5\"") || sheet1.contains("&quot;1,2,3,4,5&quot;"), sheet1);
        assertEquals(Q.questions().size(), sheet1.split("<dataValidation ", -1).length - 1);
        // printed on A4 (paper size 9) with page numbers
        assertTrue(sheet1.contains("paperSize=\"9\"") && sheet1.contains("&amp;P"), sheet1.substring(sheet1.indexOf("</sheetData>")));
        // the question beside its column, in Chinese
        assertTrue(comments.contains(first.id() + " " + first.dimensionLabel("zh") + "：" + first.textZh()), comments);
        // the example is on its own sheet: the response sheet still reads as no rows
        List<Response> rs = new ArrayList<>();
        ResponseReader.read(file, Q, rs::add);
        assertEquals(0, rs.size());
    }

    @Test
    void anXlsxHeaderProblemNamesSheetAndCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.xlsx");
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = new ArrayList<>(Q.columns());
            cols.set(3, "FN33");
            header(ws, 0, cols);
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(file, Q, x -> { }));
        assertTrue(e.problems().stream().anyMatch(p -> "sheet responses!D1".equals(p.path()) && p.message().contains("FN33")), e.getMessage());
    }

    @Test
    void notAWorkbookIsSaidSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "hello");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(file, Q, x -> { }));
        // the workbook guard's words: every workbook read goes through it
        assertTrue(e.problems().get(0).message().contains("not an Excel workbook"), e.getMessage());
    }

    @Test
    void aColumnTwiceOrWithoutANameIsListedWithItsCellAndQuestion() {
        // the header has 33 columns (respondent_id, 30 questions, submitted_at, duration_s): the extra ones are 34–37
        String bad = HEADER + ",FN1,respondent_id, ,duration_s";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> csv(bad + "\n"));
        List<String> got = e.problems().stream().map(p -> p.path() + "|" + p.code() + "|" + p.message()).toList();
        assertEquals(List.of(
                "row 1, column 34|FN1|column 'FN1' appears twice",
                "row 1, column 35|null|column 'respondent_id' appears twice",
                "row 1, column 36|null|a column without a name",
                "row 1, column 37|null|column 'duration_s' appears twice"), got);
        String dupSubmitted = HEADER + ",submitted_at";
        InvalidInputException s = assertThrows(InvalidInputException.class, () -> csv(dupSubmitted + "\n"));
        assertEquals("row 1, column 34", s.problems().get(0).path());
    }

    @Test
    void optionalColumnsAreReadWhereverTheyStand() throws Exception {
        // duration_s before submitted_at, both before the answers
        List<String> cols = new ArrayList<>(List.of("duration_s", "submitted_at", "respondent_id"));
        cols.addAll(Q.columns().subList(1, Q.questions().size() + 1));
        List<Response> rs = csv(String.join(",", cols) + "\n 95 ,2026-08-01, K9 ," + answers("5") + "\n");
        assertEquals("95", rs.get(0).duration());
        assertEquals("2026-08-01", rs.get(0).submittedAt());
        assertEquals("K9", rs.get(0).respondentId()); // blanks around a value are not part of it
        assertEquals("5", rs.get(0).answers()[Q.questions().size() - 1]);
        cols.set(0, "submitted_at"); // and the other way round: submitted_at in the first column
        cols.set(1, "duration_s");
        List<Response> other = csv(String.join(",", cols) + "\n2026-08-02,96,K10," + answers("5") + "\n");
        assertEquals("2026-08-02", other.get(0).submittedAt());
        assertEquals("96", other.get(0).duration());
    }

    @Test
    void notUtf8NamesTheRowAndColumn() {
        // 1000 good rows (about 80 KB, more than one 64 K read buffer), then GBK bytes on row 1002, column 1:
        // each field is decoded on its own, so every row before it is handed on and the problem names the very field
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1000; i++) text.append("R").append(i).append(',').append(answers("4")).append(",2026-08-01,120\n");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 3);
        all[head.length] = (byte) 0xC4; // GBK "你" is not UTF-8
        all[head.length + 1] = (byte) 0xE3;
        all[head.length + 2] = ',';
        List<Response> read = new ArrayList<>();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ResponseReader.readCsv(new ByteArrayInputStream(all), "r.csv", Q, read::add));
        assertEquals(1000, read.size(), "rows handed on before the one that is not UTF-8");
        assertEquals("row 1002, column 1", e.problems().get(0).path());
    }

    @Test
    void theFileTypeComesFromItsExtensionInAnyCase(@TempDir Path dir) throws Exception {
        Path upper = dir.resolve("R.CSV");
        Files.writeString(upper, HEADER + "\nA," + answers("4") + ",,\n");
        List<Response> rs = new ArrayList<>();
        ResponseReader.read(upper, Q, rs::add);
        assertEquals(1, rs.size());
        Path txt = dir.resolve("r.txt");
        Files.writeString(txt, HEADER + "\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(txt, Q, x -> { }));
        assertEquals(txt.toString(), e.problems().get(0).file());
        assertTrue(e.getMessage().contains("must be a .csv or .xlsx file"), e.getMessage());
    }

    @Test
    void cellReferencesCountColumnsLikeASpreadsheet() {
        assertEquals("A1", ResponseReader.cellRef(0, 1));
        assertEquals("Z7", ResponseReader.cellRef(25, 7));
        assertEquals("AA2", ResponseReader.cellRef(26, 2));
        assertEquals("AZ3", ResponseReader.cellRef(51, 3));
        assertEquals("BA3", ResponseReader.cellRef(52, 3));
        assertEquals("ZZ9", ResponseReader.cellRef(701, 9));   // 26 + 26 · 26 = 702 columns up to ZZ
        assertEquals("AAA9", ResponseReader.cellRef(702, 9));
    }

    @Test
    void anXlsxSheetIsFoundSkippingBlankRowsAndItsNumbersReadAsWritten(@TempDir Path dir) throws Exception {
        // no sheet called "responses": the first sheet is read; the header is on row 3 after two blank rows,
        // with an empty header cell after the last column; a blank data row is skipped
        Path file = dir.resolve("any.xlsx");
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            wb.newWorksheet("other").value(0, 0, "ignored");
            ws.value(0, 3, "");
            List<String> cols = Q.columns();
            header(ws, 2, cols);
            ws.value(2, cols.size(), "");
            ws.value(3, 0, " A ");
            ws.value(3, 1, 4.0);
            ws.value(3, 2, 1e1);
            ws.value(3, cols.size() - 1, 300);
            ws.value(4, 5, "");
            ws.value(5, 0, "B");
            ws.value(5, 1, 2.50);
        });
        List<Response> rs = new ArrayList<>();
        ResponseReader.read(file, Q, rs::add);
        assertEquals(2, rs.size());
        assertEquals(4, rs.get(0).row());
        assertEquals("A", rs.get(0).respondentId());
        assertEquals("4", rs.get(0).answers()[0]);
        assertEquals("10", rs.get(0).answers()[1]);
        assertEquals("300", rs.get(0).duration());
        assertNull(rs.get(0).submittedAt());
        assertEquals(6, rs.get(1).row());
        assertEquals("2.5", rs.get(1).answers()[0]);
    }

    @Test
    void anXlsxValueOutsideTheHeaderNamesItsCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wide.xlsx");
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = Q.columns();
            header(ws, 0, cols);
            ws.value(1, 0, "A");
            ws.value(1, cols.size() + 1, "stray"); // 33 columns, so column 35 = AI
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(file, Q, x -> { }));
        assertEquals("sheet responses!AI2", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("outside the header"), e.getMessage());
    }

    @Test
    void anEmptyXlsxSheetOrAMissingColumnNamesTheSheet(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.xlsx");
        xlsx(empty, wb -> {
            wb.newWorksheet("responses").value(0, 0, "");
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(empty, Q, x -> { }));
        assertEquals("sheet responses", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("the sheet is empty"), e.getMessage());

        Path noId = dir.resolve("noid.xlsx");
        xlsx(noId, wb -> {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = Q.columns();
            for (int c = 1; c < cols.size(); c++) ws.value(1, c - 1, cols.get(c));
        });
        InvalidInputException m = assertThrows(InvalidInputException.class, () -> ResponseReader.read(noId, Q, x -> { }));
        assertEquals("sheet responses, row 2", m.problems().get(0).path());
        assertTrue(m.getMessage().contains("no respondent_id column"), m.getMessage());
    }

    /** The first response of a sheet whose row 2 has answers 4, {@code submitted} and {@code answer1} in question 1's column. */
    private static Response oneRow(Path dir, Object submitted, Object answer1) throws Exception {
        Path file = dir.resolve("n" + System.nanoTime() + ".xlsx");
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = Q.columns();
            header(ws, 0, cols);
            ws.value(1, 0, "A");
            for (int c = 1; c <= Q.questions().size(); c++) ws.value(1, c, 4);
            if (answer1 instanceof Number n) ws.value(1, 1, n);
            if (submitted instanceof Number n) ws.value(1, cols.size() - 2, n);
        });
        List<Response> rs = new ArrayList<>();
        ResponseReader.read(file, Q, rs::add);
        return rs.get(0);
    }

    @Test
    void dateSerialsAreDaysFrom1900To9999AndNumbersStayWithinTheBounds(@TempDir Path dir) throws Exception {
        // serial 1 is 1900-01-01, 2958465 is 9999-12-31 (Excel's range); below 1 is a time of no day
        assertEquals("1900-01-01T00:00", oneRow(dir, 1, null).submittedAt());
        assertEquals("9999-12-31T00:00", oneRow(dir, 2_958_465, null).submittedAt());
        for (double bad : new double[] {0.5, 0.999, 2_958_466}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> oneRow(dir, bad, null), "serial " + bad);
            // submitted_at's column: the 32nd (AF) of the questionnaire's columns
            int at = Q.columns().indexOf(Questionnaire.SUBMITTED);
            String col = at < 26 ? String.valueOf((char) ('A' + at)) : "" + (char) ('A' + at / 26 - 1) + (char) ('A' + at % 26);
            assertTrue(e.problems().get(0).path().endsWith("!" + col + "2") && e.problems().get(0).message().contains("not a date"), e.getMessage());
        }
        // answers: within 15 digits before the point they are read (and judged later); beyond, refused at the cell
        assertEquals("999999999999999", oneRow(dir, null, 999_999_999_999_999L).answers()[0]);
        InvalidInputException big = assertThrows(InvalidInputException.class, () -> oneRow(dir, null, 1e300));
        assertEquals("sheet responses!B2", big.problems().get(0).path());
        assertTrue(big.problems().get(0).message().contains("out of range"), big.getMessage());
    }

    @Test
    void aNumberBeyondTheBoundsInAnOtherwiseBlankRowIsStillRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.xlsx");
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("responses");
            header(ws, 0, Q.columns());
            ws.value(1, 3, 1e300); // nothing else in the row: not skipped as blank
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(file, Q, x -> { }));
        assertEquals("sheet responses!D2", e.problems().get(0).path(), e.getMessage());
    }

    @Test
    void aColumnOfTheUsersOwnIsIgnoredWithANoteInBothLanguages() throws Exception {
        String text = HEADER + ",备注\nA," + answers("4") + ",2026-08-01,120,回访过两次\n";
        List<Response> rs = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        ResponseReader.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r.csv", Q, rs::add, notes::add);
        assertEquals(1, rs.size());
        assertEquals("A", rs.get(0).respondentId());
        assertEquals("120", rs.get(0).duration(), "the column before the user's is read as ever");
        assertEquals(List.of(ResponseReader.ignoredColumn("r.csv", "row 1, column 34", "备注")), notes);
        assertEquals("r.csv: 第 1 行第 34 列：列“备注”不在问卷中，其内容不读取", notes.get(0).toString(io.aftercert.core.Lang.ZH));
        assertEquals("r.csv: row 1, column 34: column '备注' is not in the questionnaire; its values are ignored", notes.get(0).toString(io.aftercert.core.Lang.EN));
        // the three-argument reader ignores it silently, as the records reader does
        assertEquals(1, csv(text).size());
    }

    @Test
    void aColumnOfTheUsersOwnIsListedWithTheMissingColumnItMayMisspell() {
        // FN1 missing and FNI there: more likely a misspelling than a note column, so it is refused with the rest
        String bad = HEADER.replace("FN1,", "FNI,");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> csv(bad + "\n"));
        assertTrue(e.getMessage().contains("unknown column 'FNI' (did you mean FN1?)"), e.getMessage());
        assertTrue(e.getMessage().contains("question FN1 is missing"), e.getMessage());
    }

    @Test
    void theXlsxTemplateFilledInUnderItsExampleReadsOnlyTheAnswersAndIgnoresANoteColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("filled.xlsx");
        // the shipped template: instructions in row 1, the example in row 2, the header in row 3; a user adds 备注 after it
        Path template = dir.resolve("t.xlsx");
        Files.write(template, TemplateWriter.write(Q, TemplateWriter.Format.XLSX));
        List<List<String>> rows;
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(template.toFile())) {
            rows = wb.getFirstSheet().read().stream().map(r -> java.util.stream.IntStream.range(0, r.getCellCount())
                    .mapToObj(c -> r.getCellText(c)).toList()).toList();
        }
        assertTrue(rows.get(TemplateWriter.TITLE_ROW).get(0).startsWith("回答表"), rows.get(0).toString());
        assertEquals("示例 Example", rows.get(TemplateWriter.EXAMPLE_ROW).get(0));
        assertEquals(Q.columns(), rows.get(TemplateWriter.HEADER_ROW).subList(0, Q.columns().size()));
        int width = Q.columns().size();
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("回答");
            for (int r = 0; r < TemplateWriter.FIRST_ANSWER_ROW; r++) {
                for (int c = 0; c < rows.get(r).size(); c++) if (!rows.get(r).get(c).isEmpty()) ws.value(r, c, rows.get(r).get(c));
            }
            ws.value(TemplateWriter.HEADER_ROW, width, "备注");
            ws.value(TemplateWriter.FIRST_ANSWER_ROW, 0, "C1");
            for (int c = 1; c <= Q.questions().size(); c++) ws.value(TemplateWriter.FIRST_ANSWER_ROW, c, 3);
            ws.value(TemplateWriter.FIRST_ANSWER_ROW, width, "老客户");
        });
        List<Response> rs = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        ResponseReader.read(file, Q, rs::add, notes::add);
        assertEquals(1, rs.size(), "the example row above the header is not a response");
        assertEquals("C1", rs.get(0).respondentId());
        assertEquals(TemplateWriter.FIRST_ANSWER_ROW + 1, rs.get(0).row(), "the spreadsheet's own row number");
        assertEquals("3", rs.get(0).answers()[0]);
        String cell = ResponseReader.cellRef(width, TemplateWriter.HEADER_ROW + 1);
        assertEquals(List.of(ResponseReader.ignoredColumn(file.toString(), "sheet 回答!" + cell, "备注")), notes);
        assertEquals(file + ": 工作表 回答!" + cell + "：列“备注”不在问卷中，其内容不读取", notes.get(0).toString(io.aftercert.core.Lang.ZH));
    }

    @Test
    void aSheetWhoseFirstRowsHaveNoRespondentColumnNamesTheFirstAsTheHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.xlsx");
        xlsx(file, wb -> {
            Worksheet ws = wb.newWorksheet("responses");
            List<String> cols = new ArrayList<>(Q.columns());
            cols.set(0, "respondent");
            header(ws, 1, cols);
            ws.value(2, 0, "A");
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponseReader.read(file, Q, x -> { }));
        assertTrue(e.problems().stream().anyMatch(p -> "sheet responses, row 2".equals(p.path()) && p.message().contains("no respondent_id column")),
                e.getMessage());
    }

    @Test
    void everyQuestionColumnOfTheTemplatePromptsWithItsQuestionAndStopsOtherEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.xlsx");
        Files.write(file, TemplateWriter.write(Q, TemplateWriter.Format.XLSX));
        String sheet1;
        try (var z = new java.util.zip.ZipFile(file.toFile())) {
            sheet1 = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<dataValidation [^>]*>").matcher(sheet1);
        List<String> titles = new ArrayList<>();
        while (m.find()) {
            String tag = m.group();
            assertTrue(tag.contains("errorStyle=\"stop\"") && tag.contains("showInputMessage=\"1\""), tag);
            java.util.regex.Matcher t = java.util.regex.Pattern.compile("promptTitle=\"([^\"]*)\" prompt=\"([^\"]*)\"").matcher(tag);
            assertTrue(t.find(), tag);
            Question x = Q.questions().get(titles.size());
            assertEquals(x.id() + " 答案 Answer", t.group(1));
            assertTrue(t.group(2).startsWith(x.id() + " " + x.dimensionLabel("zh") + "：" + x.textZh() + "&#10;1 非常不满意 … 5 非常满意"), t.group(2));
            assertTrue(tag.contains("sqref=\"" + ResponseReader.cellRef(titles.size() + 1, TemplateWriter.FIRST_ANSWER_ROW + 1) + ":"), tag);
            titles.add(t.group(1));
        }
        assertEquals(Q.questions().size(), titles.size());
        // printed landscape, one page wide, the instructions, example and header repeated on every page
        assertTrue(sheet1.contains("orientation=\"landscape\"") && sheet1.contains("fitToWidth=\"1\""), sheet1.substring(sheet1.indexOf("</sheetData>")));
        String book;
        try (var z = new java.util.zip.ZipFile(file.toFile())) {
            book = new String(z.getInputStream(z.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        // FastExcel writes non-ASCII characters as numeric references
        book = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(book)
                .replaceAll(r -> new String(Character.toChars(Integer.parseInt(r.group(1), 16))));
        assertTrue(book.contains("_xlnm.Print_Titles") && book.contains("回答'!$1:$3"), book);
    }

    /** An xlsx file written with FastExcel, as a spreadsheet user would fill one in. */
    private static void xlsx(Path file, java.util.function.Consumer<Workbook> fill) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "test", "1.0")) {
            fill.accept(wb);
            wb.finish();
        }
        Files.write(file, bytes.toByteArray());
    }

    /** The column names {@code cols} as a header on row {@code row} (0-based). */
    private static void header(Worksheet ws, int row, List<String> cols) {
        for (int c = 0; c < cols.size(); c++) ws.value(row, c, cols.get(c));
    }
}
