package io.aftercert.survey;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.internal.input.NumberBounds;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.internal.csv.CsvScanner;
import io.aftercert.core.internal.json.Encodings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import io.aftercert.workbook.WorkbookGuard;

/**
 * Streams the response rows of a CSV (UTF-8, RFC 4180) or xlsx file (sheet {@code responses}, or
 * the first sheet) to a consumer. Readers only map values and their location; the checks live in
 * {@link SurveyAccumulator}. Structural problems (header, CSV syntax, too long a record) are
 * {@link InvalidInputException}s naming the file, the row (and for xlsx the sheet and cell).
 */
public final class ResponseReader {
    /**
     * Longest CSV record accepted, in bytes of UTF-8 with its line end (64 KiB: 65,535 letters or
     * digits, about 21,000 Chinese characters); a longer one is refused naming its row, unread.
     */
    public static final int MAX_RECORD_CHARS = 64 * 1024;

    private ResponseReader() {
    }

    /** Header rows searched for the respondent column in a workbook (a title or an example row may come first). */
    public static final int HEADER_SEARCH_ROWS = 30;

    /**
     * The notice that a column of the response sheet the questionnaire does not know (a user's 备注,
     * say) is ignored: its values are not read. A {@link Problem} like every other finding about a
     * file, so it names the file and the header cell ({@code sheet 回答!AG3}, {@code row 1, column 33})
     * the same way in each language.
     */
    static Problem ignoredColumn(String file, String place, String column) {
        return Problem.of(file, place, null, "列“" + column + "”不在问卷中，其内容不读取",
                "column '" + column + "' is not in the questionnaire; its values are ignored");
    }

    /** Reads {@code file} by its extension ({@code .csv} or {@code .xlsx}); columns the questionnaire does not know are ignored. */
    public static void read(Path file, Questionnaire q, Consumer<Response> sink) throws IOException {
        read(file, q, sink, ignored -> { });
    }

    /**
     * Reads {@code file} by its extension ({@code .csv} or {@code .xlsx}), telling {@code ignored}
     * of each named column the questionnaire does not know (its values are not read) before the
     * first response.
     */
    public static void read(Path file, Questionnaire q, Consumer<Response> sink, Consumer<Problem> ignored) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            readXlsx(file, q, sink, ignored);
        } else if (name.endsWith(".csv")) {
            try (InputStream in = Files.newInputStream(file)) {
                readCsv(in, file.toString(), q, sink, ignored);
            }
        } else {
            throw new InvalidInputException(Problem.of(file.toString(), null, null, "回答文件应为 .csv 或 .xlsx 文件", "responses must be a .csv or .xlsx file"));
        }
    }

    /** Reads CSV from a stream (a UTF-8 byte-order mark is skipped); unknown columns are ignored. */
    public static void readCsv(InputStream in, String file, Questionnaire q, Consumer<Response> sink) throws IOException {
        readCsv(in, file, q, sink, ignored -> { });
    }

    /** Reads CSV from a stream (a UTF-8 byte-order mark is skipped), telling {@code ignored} of unknown columns. */
    public static void readCsv(InputStream in, String file, Questionnaire q, Consumer<Response> sink, Consumer<Problem> ignored) throws IOException {
        PushbackInputStream body = new PushbackInputStream(in, 3);
        byte[] bom = body.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) body.unread(bom);
        CsvRows rows = new CsvRows(file, q, sink, ignored);
        try {
            new CsvScanner(body, 1 << 16, MAX_RECORD_CHARS).scan(0, Long.MAX_VALUE, rows);
        } catch (CsvScanner.CsvFormatException e) {
            String place = "row " + (rows.row + 1) + (e.field > 0 ? ", column " + e.field : "");
            throw new InvalidInputException(new Problem(file, place, null, e.text()));
        }
        if (rows.header == null) {
            throw new InvalidInputException(Problem.of(file, "row 1", null, "文件是空的：应有表头行 " + String.join(",", q.columns()),
                    "the file is empty: expected a header row " + String.join(",", q.columns())));
        }
    }

    /** The records of a CSV as they come: the first is the header, each later one a response. */
    private static final class CsvRows implements CsvScanner.Sink {
        private final String file;
        private final Questionnaire q;
        private final Consumer<Response> sink;
        private final Consumer<Problem> ignored;
        /** The rows read whole (1 = the header). */
        long row;
        List<String> header;
        private Header h;

        CsvRows(String file, Questionnaire q, Consumer<Response> sink, Consumer<Problem> ignored) {
            this.file = file;
            this.q = q;
            this.sink = sink;
            this.ignored = ignored;
        }

        @Override
        public boolean record(byte[] buf, int[] start, int[] end, int fields, long offset) {
            List<String> rec = new ArrayList<>(fields);
            for (int f = 0; f < fields; f++) rec.add(text(buf, start[f], end[f], f));
            if (header == null) {
                header = rec;
                h = Header.of(header, q, file, col -> "row 1, column " + (col + 1), "row 1", ignored);
            } else {
                if (rec.size() != header.size()) {
                    throw new InvalidInputException(Problem.of(file, "row " + (row + 1), null, "此行有 " + rec.size() + " 个字段，表头有 " + header.size() + " 个",
                            "the row has " + rec.size() + " fields, the header has " + header.size()));
                }
                sink.accept(h.response(row + 1, rec::get));
            }
            row++;
            return true;
        }

        /** A field's text, decoded strictly: bytes that are not UTF-8 are refused naming the row and column. */
        private String text(byte[] buf, int from, int to, int field) {
            try {
                return Encodings.utf8(buf, from, to - from);
            } catch (CharacterCodingException e) {
                throw new InvalidInputException(Problem.of(file, "row " + (row + 1) + ", column " + (field + 1), null,
                        "文件不是 UTF-8 编码的文本（请另存为 CSV UTF-8）", "the file is not UTF-8 text (save it as CSV UTF-8)"));
            }
        }
    }

    private static void readXlsx(Path file, Questionnaire q, Consumer<Response> sink, Consumer<Problem> ignored) throws IOException {
        String name = file.toString();
        WorkbookGuard.check(file, name); // the one guard every workbook read goes through
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = wb.findSheet("responses").orElseGet(wb::getFirstSheet);
            String where = "sheet " + sheet.getName();
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                // the header: the first row (within HEADER_SEARCH_ROWS) with a respondent_id cell, so that a title
                // and an example row may stand above it; without one, the first non-blank row (its problems said)
                Row first = null;
                Row firstAbove = null;
                while (it.hasNext()) {
                    Row r = it.next();
                    if (blank(r, name, where)) continue;
                    if (hasRespondentColumn(r, name, where)) {
                        first = r;
                        break;
                    }
                    if (firstAbove == null) firstAbove = r;
                    if (r.getRowNum() >= HEADER_SEARCH_ROWS) break;
                }
                // no header found: the first row is taken as one, and its problems (no respondent_id) are said
                if (first == null) first = firstAbove;
                if (first == null) {
                    throw new InvalidInputException(Problem.of(name, where, null, "工作表是空的：应有表头行 " + String.join(",", q.columns()),
                            "the sheet is empty: expected a header row " + String.join(",", q.columns())));
                }
                List<String> header = new ArrayList<>();
                for (int c = 0; c < first.getCellCount(); c++) header.add(text(first.getCell(c), false, name, where));
                // trailing empty cells are no columns (the row is not blank, so a non-empty cell stops this)
                while (header.get(header.size() - 1).isEmpty()) header.remove(header.size() - 1);
                int headerRow = first.getRowNum();
                Header h = Header.of(header, q, name, col -> where + "!" + cellRef(col, headerRow), where + ", row " + headerRow, ignored);
                int width = header.size();
                while (it.hasNext()) {
                    Row r = it.next();
                    if (blank(r, name, where)) continue;
                    for (int c = width; c < r.getCellCount(); c++) {
                        if (!text(r.getCell(c), false, name, where).isEmpty()) {
                            throw new InvalidInputException(Problem.of(name, where + "!" + cellRef(c, r.getRowNum()), null, "此值在表头各列之外",
                                    "a value outside the header's columns"));
                        }
                    }
                    int submitted = h.submittedColumn;
                    sink.accept(h.response(r.getRowNum(), c -> text(c < r.getCellCount() ? r.getCell(c) : null, c == submitted, name, where)));
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(Problem.of(name, null, null, "无法读取的 xlsx 工作簿：" + e.getMessage(), "not a readable xlsx workbook: " + e.getMessage()));
        }
    }

    private static boolean hasRespondentColumn(Row r, String file, String where) {
        for (int c = 0; c < r.getCellCount(); c++) if (text(r.getCell(c), false, file, where).equals(Questionnaire.RESPONDENT)) return true;
        return false;
    }

    private static boolean blank(Row r, String file, String where) {
        for (int c = 0; c < r.getCellCount(); c++) if (!text(r.getCell(c), false, file, where).isEmpty()) return false;
        return true;
    }

    /** Latest date a spreadsheet holds (9999-12-31). */
    private static final BigDecimal MAX_SERIAL = BigDecimal.valueOf(2_958_465);

    /**
     * A cell as the text a CSV would hold: numbers in plain notation within the bounds every number
     * read goes through, dates as ISO date-times (a serial below 1 is a time of day on no date).
     */
    private static String text(Cell cell, boolean dateColumn, String file, String where) {
        if (cell == null || cell.getType() == CellType.EMPTY) return "";
        if (cell.getType() == CellType.NUMBER) {
            String at = where + "!" + cell.getAddress();
            BigDecimal d = new BigDecimal(cell.getRawValue());
            if (dateColumn) {
                if (d.compareTo(BigDecimal.ONE) < 0 || d.compareTo(MAX_SERIAL) > 0) {
                    throw new InvalidInputException(Problem.of(file, at, null, "单元格中的 " + cell.getRawValue()
                            + " 不是日期（请用日期单元格，或写成 2026-11-06 09:30 这样的文字）", "the cell holds " + cell.getRawValue()
                            + ", which is not a date (a date cell, or text such as 2026-11-06 09:30)"));
                }
                return cell.asDate().toString();
            }
            String bad = NumberBounds.problem(d);
            if (bad != null) throw new InvalidInputException(Problem.of(file, at, null, NumberBounds.problemZh(d), bad));
            return d.stripTrailingZeros().toPlainString(); // plain: 1E+1 is written 10
        }
        if (cell.getType() == CellType.ERROR) return "#ERROR " + cell.getRawValue();
        String t = cell.getText();
        return t == null ? "" : t.strip();
    }

    static String cellRef(int col, int row) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) sb.insert(0, (char) ('A' + (c - 1) % 26));
        return sb.append(row).toString();
    }

    /** Column layout of a response sheet, checked once. */
    private static final class Header {
        final int respondentColumn;
        final int submittedColumn;
        final int durationColumn;
        final int[] questionColumn;

        private Header(int respondentColumn, int submittedColumn, int durationColumn, int[] questionColumn) {
            this.respondentColumn = respondentColumn;
            this.submittedColumn = submittedColumn;
            this.durationColumn = durationColumn;
            this.questionColumn = questionColumn;
        }

        static Header of(List<String> names, Questionnaire q, String file, java.util.function.IntFunction<String> where, String headerWhere,
                         Consumer<Problem> ignored) {
            List<Problem> problems = new ArrayList<>();
            List<Problem> unknown = new ArrayList<>();
            List<Problem> extra = new ArrayList<>();
            int respondent = -1;
            int submitted = -1;
            int duration = -1;
            int[] qcol = new int[q.questions().size()];
            Arrays.fill(qcol, -1);
            List<String> known = q.columns();
            for (int c = 0; c < names.size(); c++) {
                String n = names.get(c).strip();
                int qi = q.indexOf(n);
                int prev;
                if (n.equals(Questionnaire.RESPONDENT)) {
                    prev = respondent;
                    respondent = c;
                } else if (n.equals(Questionnaire.SUBMITTED)) {
                    prev = submitted;
                    submitted = c;
                } else if (n.equals(Questionnaire.DURATION)) {
                    prev = duration;
                    duration = c;
                } else if (qi >= 0) {
                    prev = qcol[qi];
                    qcol[qi] = c;
                } else if (n.isEmpty()) {
                    problems.add(Problem.of(file, where.apply(c), null, "有一列没有列名", "a column without a name"));
                    continue;
                } else {
                    // a column of the user's own (备注): ignored with a note, unless a question's column is missing,
                    // when it is more likely that column misspelt
                    String near = Suggestions.nearest(n, known).map(s -> " (did you mean " + s + "?)").orElse("");
                    String nearZh = Suggestions.nearest(n, known).map(s -> "（可能应为“" + s + "”）").orElse("");
                    unknown.add(Problem.of(file, where.apply(c), null, "未知的列“" + n + "”" + nearZh, "unknown column '" + n + "'" + near));
                    extra.add(ignoredColumn(file, where.apply(c), n));
                    continue;
                }
                if (prev >= 0) problems.add(Problem.of(file, where.apply(c), qi >= 0 ? n : null, "列“" + n + "”出现了两次", "column '" + n + "' appears twice"));
            }
            if (respondent < 0) {
                problems.add(Problem.of(file, headerWhere, null, "表头缺少 " + Questionnaire.RESPONDENT + " 列", "the header has no " + Questionnaire.RESPONDENT + " column"));
            }
            boolean missing = respondent < 0;
            for (int i = 0; i < qcol.length; i++) {
                if (qcol[i] < 0) {
                    missing = true;
                    problems.add(Problem.of(file, headerWhere, q.questions().get(i).id(), "缺少题目 " + q.questions().get(i).id() + " 的列",
                            "the column for question " + q.questions().get(i).id() + " is missing"));
                }
            }
            if (missing) problems.addAll(0, unknown);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(io.aftercert.core.Text.of("回答表的表头与问卷 " + q.id() + " " + q.version() + " 不符",
                        "the response sheet's header does not match questionnaire " + q.id() + " " + q.version()), problems);
            }
            extra.forEach(ignored);
            return new Header(respondent, submitted, duration, qcol);
        }

        Response response(long row, java.util.function.IntFunction<String> field) {
            String[] answers = new String[questionColumn.length];
            for (int i = 0; i < answers.length; i++) answers[i] = blankToNull(field.apply(questionColumn[i]));
            return new Response(row, blankToNull(field.apply(respondentColumn)), answers,
                    submittedColumn < 0 ? null : blankToNull(field.apply(submittedColumn)),
                    durationColumn < 0 ? null : blankToNull(field.apply(durationColumn)));
        }

        private static String blankToNull(String s) { // s is never null: both readers give "" for an empty cell
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }
    }
}
