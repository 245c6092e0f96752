package io.aftercert.workbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.workbook.Layout.Col;
import io.aftercert.workbook.Layout.FindingCol;
import io.aftercert.workbook.Layout.Info;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a filled-in self-assessment workbook (docs/workbook.md) as evidence.
 *
 * <p>The workbook is only <em>mapped</em>: cells become the fields of an evidence document, each
 * remembered with the cell it came from, and {@link EvidenceJson#read(com.fasterxml.jackson.databind.JsonNode,
 * String, Function, java.util.function.UnaryOperator)} runs the one validation pass every evidence
 * format goes through. Its problems come back located at {@code 评分表!E12} with the indicator
 * code. What only a workbook can get wrong (a missing sheet, a verdict word that is not one, a
 * clause listed twice) is reported here, together with the validation's problems. Thread-safe.
 */
public final class WorkbookEvidence {
    static final int MAX_SCORE_ROWS = 20_000;
    static final int MAX_FINDING_ROWS = 2_000;
    static final int MAX_INFO_ROWS = 200;
    private static final int HEADER_SEARCH_ROWS = 30;

    private WorkbookEvidence() {
    }

    /** Whether {@code file} is named like a workbook ({@code .xlsx}, {@code .xlsm}). */
    public static boolean isWorkbook(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /**
     * Reads and checks a workbook.
     *
     * @param file    the workbook
     * @param rubrics finds a rubric by id
     * @throws InvalidInputException with every problem found, each at its sheet and cell
     * @throws IOException when the file cannot be read
     */
    public static Assessment read(Path file, Function<String, Optional<Rubric>> rubrics) throws IOException {
        return read(file, file.toString(), rubrics);
    }

    /** As {@link #read(Path, Function)}, naming the file {@code name} in problems. */
    public static Assessment read(Path file, String name, Function<String, Optional<Rubric>> rubrics) throws IOException {
        return read(file, name, rubrics, EvidenceJson::read);
    }

    /**
     * Reads and checks a workbook once, answering the proof of that check, which the scoring engine
     * accepts without checking again (issue 22: one validation pass for every input format).
     *
     * @throws InvalidInputException with every problem found, each at its sheet and cell
     * @throws IOException when the file cannot be read
     */
    public static io.aftercert.core.scoring.ValidatedAssessment readValidated(Path file, Function<String, Optional<Rubric>> rubrics)
            throws IOException {
        return read(file, file.toString(), rubrics, EvidenceJson::readValidated);
    }

    /** The evidence reader a workbook's mapped document goes through. */
    private interface Checks<T> {
        T read(com.fasterxml.jackson.databind.JsonNode tree, String name, Function<String, Optional<Rubric>> rubrics,
               java.util.function.UnaryOperator<String> locate);
    }

    private static <T> T read(Path file, String name, Function<String, Optional<Rubric>> rubrics, Checks<T> checks) throws IOException {
        Mapped m = map(file, name, rubrics);
        List<Problem> problems = new ArrayList<>(m.problems);
        T a = null;
        if (!m.tree.isEmpty() || problems.isEmpty()) { // nothing mapped at all (not an evidence workbook): nothing to validate
            try {
                a = checks.read(m.tree, name, rubrics, m::locate);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw invalid(name, problems);
        return a;
    }

    /** Problems in the order a person fixes them in, at most {@link #MAX_PER_KIND} of each kind. */
    static InvalidInputException invalid(String name, List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((Problem p) -> Place.of(p.path())));
        return new InvalidInputException(io.aftercert.core.Text.of("无效的评价工作簿 " + name, "invalid evidence workbook " + name), capped(sorted));
    }

    /** The workbook guarded and mapped to an evidence document, not yet validated. */
    static Mapped map(Path file, String name, Function<String, Optional<Rubric>> rubrics) throws IOException {
        WorkbookGuard.Facts facts = WorkbookGuard.check(file, name);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            return new Mapper(wb, name, rubrics, facts).map();
        } catch (ExcelReaderException | UncheckedIOException | IllegalStateException | NumberFormatException
                 | IndexOutOfBoundsException | java.time.DateTimeException e) {
            throw WorkbookGuard.bad(name, "无法读取的 Excel 工作簿：" + e.getMessage(), "not a readable Excel workbook: " + e.getMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof javax.xml.stream.XMLStreamException || e.getClass() != IOException.class
                    && !(e instanceof java.nio.file.NoSuchFileException) && !(e instanceof java.nio.file.AccessDeniedException)) {
                throw WorkbookGuard.bad(name, "无法读取的 Excel 工作簿：" + e.getMessage(), "not a readable Excel workbook: " + e.getMessage());
            }
            throw e;
        }
    }

    /** Problems listed per kind. */
    static final int MAX_PER_KIND = 10;

    /**
     * At most {@link #MAX_PER_KIND} problems of each kind (the same message but for the values and
     * places in it), then one line saying how many more there are: a sheet of 400,000 identical
     * mistakes is 11 lines, not 400,000.
     */
    static List<Problem> capped(List<Problem> problems) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Problem> last = new LinkedHashMap<>();
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            String kind = kind(p.message());
            int n = seen.merge(kind, 1, Integer::sum);
            if (n <= MAX_PER_KIND) out.add(p);
            else last.put(kind, p);
        }
        last.forEach((kind, p) -> {
            String more = String.format(java.util.Locale.ROOT, "%,d", seen.get(kind) - MAX_PER_KIND);
            out.add(Problem.of(p.file(), p.path(), null, "另有 " + more + " 处同类问题，如：" + abbreviated(p.message(io.aftercert.core.Lang.ZH)),
                    "and " + more + " more like this: " + abbreviated(p.message())));
        });
        return out;
    }

    /** A message without its quoted values, numbers and cell references: what kind of problem it is. */
    static String kind(String message) {
        return message.replaceAll("'[^']*'|\\([^)]*\\)|[A-Z]*[0-9]+(\\.[0-9]+)*", "#");
    }

    private static String abbreviated(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }

    /** The evidence document, where each field came from, and what could not be mapped. */
    record Mapped(ObjectNode tree, Map<String, String> places, List<Problem> problems, Map<String, Integer> codeRows,
                  Map<Col, Integer> cols, WorkbookGuard.Facts facts) {
        /** The cell a JSON path came from, or that of its nearest mapped parent. */
        String locate(String path) {
            if (path == null) return null;
            String p = path;
            while (true) {
                String cell = places.get(p);
                if (cell != null) return cell;
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                // do not cut inside a quoted key such as ["5.1.2"]
                int quote = p.lastIndexOf("[\"");
                if (quote >= 0 && cut > quote && p.endsWith("\"]")) cut = quote;
                if (cut <= 0) return path;
                p = p.substring(0, cut);
            }
        }
    }

    /** Orders problems by sheet, row and column, the order a person fixes them in. */
    record Place(int sheet, int row, int col, String text) implements Comparable<Place> {
        private static final Pattern CELL = Pattern.compile("(.+)!([A-Z]+)(\\d+)");
        private static final List<String> SHEETS = List.of(Layout.INFO_SHEET, Layout.SCORE_SHEET, Layout.FINDINGS_SHEET);

        static Place of(String p) {
            if (p == null) return new Place(-1, 0, 0, "");
            Matcher m = CELL.matcher(p);
            if (!m.matches()) return new Place(SHEETS.indexOf(p) < 0 ? 9 : SHEETS.indexOf(p), 0, 0, p);
            return new Place(SHEETS.indexOf(m.group(1)), Integer.parseInt(m.group(3)), Layout.columnIndex(m.group(2)) + 1, p);
        }

        @Override
        public int compareTo(Place o) {
            return Comparator.comparingInt(Place::sheet).thenComparingInt(Place::row).thenComparingInt(Place::col)
                    .thenComparing(Place::text).compare(this, o);
        }
    }

    private static final class Mapper {
        private final ReadableWorkbook wb;
        private final String file;
        private final Function<String, Optional<Rubric>> rubrics;
        private final JsonNodeFactory f = JsonNodeFactory.instance;
        private final ObjectNode root = f.objectNode();
        private final Map<String, String> places = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private final WorkbookGuard.Facts facts;
        private final Map<String, Integer> codeRows = new HashMap<>(); // clause → 0-based row of 评分表
        private final Map<Col, Integer> scoreCols = new EnumMap<>(Col.class);
        private Rubric rubric;

        Mapper(ReadableWorkbook wb, String file, Function<String, Optional<Rubric>> rubrics, WorkbookGuard.Facts facts) {
            this.wb = wb;
            this.file = file;
            this.rubrics = rubrics;
            this.facts = facts;
        }

        Mapped map() throws IOException {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            if (!names.contains(Layout.INFO_SHEET) && names.contains(Layout.GAPS_SHEET)) {
                // the scored copy written by assess --xlsx: one problem, not one per verdict cell it cannot read
                problem(Layout.INFO_SHEET, null, "这是 assess --xlsx 写出的评分结果工作簿（含工作表“" + Layout.GAPS_SHEET + "”），不是评价工作簿："
                        + "请对它所依据的评价证据评分，或从 template 命令写出的空白工作簿（--format xlsx）开始",
                        "this is a scored workbook written by assess --xlsx (it has the sheet "
                        + Layout.GAPS_SHEET + "), not an evidence workbook: assess the evidence it was scored from, or start "
                        + "from ./aftercert template ID --format xlsx");
                return new Mapped(root, places, problems, codeRows, scoreCols, facts);
            }
            Sheet info = sheet(names, Layout.INFO_SHEET, true);
            Sheet score = sheet(names, Layout.SCORE_SHEET, true);
            Sheet findings = sheet(names, Layout.FINDINGS_SHEET, false);
            if (info != null) info(info);
            root.putObject("evidence");
            places.put("$.evidence", Layout.SCORE_SHEET);
            if (score != null) score(score);
            if (findings != null) findings(findings);
            return new Mapped(root, places, problems, codeRows, scoreCols, facts);
        }

        private Sheet sheet(List<String> names, String name, boolean required) {
            Optional<Sheet> s = wb.findSheet(name);
            if (s.isEmpty() && required) {
                problem(name, null, "工作簿中没有工作表“" + name + "”（现有：" + String.join("、", names) + "）"
                        + Suggestions.didYouMean(name, names, io.aftercert.core.Lang.ZH) + "；请从 template 命令写出的空白工作簿（--format xlsx）开始",
                        "the workbook has no sheet " + name + " (it has " + String.join(", ", names) + ")"
                        + Suggestions.didYouMean(name, names) + "; start from ./aftercert template ID --format xlsx");
            }
            return s.orElse(null);
        }

        private void problem(String place, String code, String zh, String en) {
            problems.add(Problem.of(file, place, code, zh, en));
        }

        /** Rows of a sheet, at most {@code max}: a sheet of a million rows stops here, not in memory. */
        private void rows(Sheet sheet, int max, java.util.function.Consumer<Row> each) throws IOException {
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    if (r.getRowNum() > max) {
                        problem(sheet.getName(), null, "工作表“" + sheet.getName() + "”超过了第 " + max + " 行；评价工作簿每个条款一行（这不是评价工作簿？）",
                                "sheet " + sheet.getName() + " goes on past row " + max
                                + "; an evidence workbook has one row per item (not an evidence workbook?)");
                        return;
                    }
                    each.accept(r);
                }
            }
        }

        // ---- 基本信息

        private void info(Sheet sheet) throws IOException {
            Map<Info, Cell> found = new EnumMap<>(Info.class);
            Map<Info, Integer> rowOf = new EnumMap<>(Info.class);
            rows(sheet, MAX_INFO_ROWS, r -> {
                String label = text(cell(r, 0));
                if (label == null) return;
                for (Info i : Info.values()) {
                    if (label.startsWith(i.word) && !rowOf.containsKey(i)) {
                        rowOf.put(i, r.getRowNum() - 1);
                        found.put(i, cell(r, 1));
                    }
                }
            });
            ObjectNode org = null;
            for (Info i : Info.values()) {
                Integer row = rowOf.get(i);
                String place = row == null ? Layout.INFO_SHEET : Layout.cell(Layout.INFO_SHEET, row, 1);
                places.put(i.path, place);
                if (row == null) continue;
                Cell c = found.get(i);
                if (uncomputed(c, place, null)) continue;
                if (isEmpty(c)) continue;
                switch (i) {
                    case ORG_NAME -> {
                        if (org == null) org = root.putObject("organization");
                        org.put("name", textOf(c));
                    }
                    case ORG_KIND -> {
                        if (org == null) org = root.putObject("organization");
                        String k = textOf(c);
                        String id = Layout.kindId(k.strip());
                        if (id == null) {
                            // named in the workbook's own words, not the evidence file's ids (manufacturer, trader, service)
                            // the workbook's labels are bilingual, and so is this message: its words are the drop-down's
                            problem(place, null, "组织类型“" + k.strip() + "”无法识别：请从下拉列表选择 " + String.join("、", Layout.KIND_CHOICES),
                                    "Organisation kind '" + k.strip() + "': choose 生产型 (manufacturer), 贸易型 (trader) or 服务型 (service)");
                        } else {
                            org.put("kind", id);
                        }
                    }
                    case DATE -> date(c, place).ifPresent(d -> root.put("assessedOn", d));
                    case HELD -> root.set("qualifyingGradeHeldMonths", number(c, place, null, false));
                    case ASSESSOR -> root.put("assessor", textOf(c));
                    case RUBRIC -> root.put("rubric", textOf(c).strip());
                    case VERSION -> root.put("rubricVersion", textOf(c).strip());
                }
            }
            places.put("$.organization", places.get(Info.ORG_NAME.path));
            if (root.hasNonNull("rubric") && rubrics != null) rubric = rubrics.apply(root.get("rubric").textValue()).orElse(null);
        }

        private Optional<String> date(Cell c, String place) {
            if (c.getType() == CellType.NUMBER || c.getType() == CellType.FORMULA && isNumber(c.getRawValue())) {
                BigDecimal serial = new BigDecimal(c.getRawValue());
                // below 1 is a time of day (0.5 is noon), not a day: Excel would show 1900-01-00
                if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
                    problem(place, null, "评价日期：" + textOf(c) + " 不是日期（请写成 2026-11-06）", "assessment date: " + textOf(c) + " is not a date (write it as 2026-11-06)");
                    return Optional.empty();
                }
                long days = serial.longValue();
                LocalDate d = wb.isDate1904() ? LocalDate.of(1904, 1, 1).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
                return Optional.of(d.toString());
            }
            String s = textOf(c).strip();
            Matcher m = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?").matcher(s);
            if (m.matches()) {
                return Optional.of(String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            return Optional.of(s); // the validation says what a date looks like
        }

        // ---- 评分表

        private void score(Sheet sheet) throws IOException {
            Map<Col, Integer> cols = scoreCols;
            int[] header = {-1};
            Map<String, Integer> seen = new HashMap<>();
            Map<String, int[]> twice = new LinkedHashMap<>();
            ObjectNode evidence = (ObjectNode) root.get("evidence");
            rows(sheet, MAX_SCORE_ROWS, r -> {
                int row = r.getRowNum() - 1;
                if (header[0] < 0) {
                    if (row >= HEADER_SEARCH_ROWS) return;
                    for (Cell c : r) {
                        String t = text(c);
                        if (t == null) continue;
                        for (Col col : Col.values()) {
                            if (!t.startsWith(col.word)) continue;
                            Integer first = cols.putIfAbsent(col, c.getColumnIndex());
                            if (first != null) twice.put(col.word, new int[] {row, first, c.getColumnIndex()});
                        }
                    }
                    if (cols.containsKey(Col.CODE)) {
                        header[0] = row;
                        twice.forEach((word, at) -> problem(Layout.cell(Layout.SCORE_SHEET, at[0], at[2]), null, "有两列都以“" + word + "”开头（"
                                + Layout.column(at[1]) + " 列和 " + Layout.column(at[2]) + " 列）：请保留一列，或给另一列改名", "two columns begin with "
                                + word + " (" + Layout.column(at[1]) + " and " + Layout.column(at[2]) + "): keep one, or rename the other"));
                    } else {
                        cols.clear();
                        twice.clear();
                    }
                    return;
                }
                String code = text(cell(r, cols.get(Col.CODE)));
                if (code == null) return;
                code = code.strip();
                codeRows.putIfAbsent(code, row);
                if (!hasInput(r, cols)) return; // headings, subtotals and items not assessed yet
                String codePlace = Layout.cell(Layout.SCORE_SHEET, row, cols.get(Col.CODE));
                Integer earlier = seen.putIfAbsent(code, row);
                if (earlier != null) {
                    problem(codePlace, code, "条款 " + code + " 填写了两次（另见第 " + (earlier + 1) + " 行）；每个条款只保留一行",
                            "clause " + code + " is filled in twice (also in row " + (earlier + 1)
                            + "); keep one row per clause");
                    return;
                }
                int before = problems.size();
                entry(evidence, code, r, row, cols, codePlace);
                if (problems.size() > before) evidence.remove(code); // reported here; nothing more to say about it
            });
            if (header[0] < 0) {
                problem(Layout.SCORE_SHEET, null, "工作表“" + Layout.SCORE_SHEET + "”中找不到表头行：前 " + HEADER_SEARCH_ROWS
                        + " 行中应有一行，其单元格以 条款、评价、数值 等开头",
                        "no header row found in sheet " + Layout.SCORE_SHEET
                        + ": a row in the first " + HEADER_SEARCH_ROWS + " whose cells begin with 条款, 评价, 数值 …");
            } else if (!cols.containsKey(Col.VERDICT)) {
                problem(Layout.SCORE_SHEET, null, "工作表“" + Layout.SCORE_SHEET + "”的表头行中没有以“评价”开头的列",
                        "the header row of " + Layout.SCORE_SHEET + " has no column beginning with 评价");
            } else {
                merged(Layout.SCORE_SHEET, header[0], INPUTS.stream().map(cols::get).filter(java.util.Objects::nonNull).toList());
            }
        }

        /**
         * Refuses merged ranges below the header that cover an input column: a merged 评价 cell is
         * one verdict shown for several clauses but stored in the first only.
         */
        private void merged(String sheet, int headerRow, List<Integer> inputCols) {
            for (String range : facts.merged(sheet)) {
                int[] r = range(range);
                if (r == null || r[3] <= headerRow || r[1] == r[3] && r[0] == r[2]) continue;
                for (int col : inputCols) {
                    if (col >= r[0] && col <= r[2]) {
                        problem(sheet + "!" + range, null, "单元格 " + range + " 已合并：合并的填写单元格只为第一行保存一个值，请取消合并并逐行填写",
                                "cells " + range + " are merged: a merged input cell holds one value for"
                                + " the first row only; unmerge them and fill each row");
                        break;
                    }
                }
            }
        }

        /** {first col, first row, last col, last row}, 0-based, of {@code A1:B2}; null when it is not a range. */
        private static int[] range(String ref) {
            Matcher m = RANGE.matcher(ref);
            if (!m.matches()) return null;
            return new int[] {Layout.columnIndex(m.group(1)), Integer.parseInt(m.group(2)) - 1, Layout.columnIndex(m.group(3)),
                    Integer.parseInt(m.group(4)) - 1};
        }

        private static final Pattern RANGE = Pattern.compile("([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})");

        private static final List<Col> INPUTS = List.of(Col.VERDICT, Col.VALUE, Col.CONFORMING, Col.SAMPLED, Col.NOTES, Col.ATTACHMENTS);

        private boolean hasInput(Row r, Map<Col, Integer> cols) {
            for (Col c : INPUTS) {
                Cell cell = cell(r, cols.get(c));
                if (!isEmpty(cell) || isUncomputed(cell)) return true;
            }
            return false;
        }

        /** A formula cell without a cached value (written by a program that does not compute): reported, never read as empty. */
        private static boolean isUncomputed(Cell c) {
            return c != null && c.getType() == CellType.FORMULA && (c.getRawValue() == null || c.getRawValue().isBlank());
        }

        private boolean uncomputed(Cell c, String place, String code) {
            if (!isUncomputed(c)) return false;
            problem(place, code, "单元格中的公式 =" + Layout.abbreviate(String.valueOf(c.getFormula())) + " 没有计算结果："
                    + "请在 Excel 或 LibreOffice 中打开并保存工作簿，或直接填写数值",
                    "the cell holds the formula =" + Layout.abbreviate(String.valueOf(c.getFormula())) + " without a computed value:"
                    + " open and save the workbook in Excel or LibreOffice, or type the value");
            return true;
        }

        private void entry(ObjectNode evidence, String code, Row r, int row, Map<Col, Integer> cols, String codePlace) {
            String path = JsonPath.field("$.evidence", code);
            ObjectNode e = evidence.putObject(code);
            places.put(path, codePlace);
            Function<Col, String> at = c -> cols.containsKey(c) ? Layout.cell(Layout.SCORE_SHEET, row, cols.get(c)) : codePlace;
            for (String form : List.of("conforms", "credit", "band")) places.put(path + "." + form, at.apply(Col.VERDICT));
            places.put(path + ".value", at.apply(Col.VALUE));
            places.put(path + ".sample", at.apply(Col.SAMPLED));
            places.put(path + ".sample.conforming", at.apply(Col.CONFORMING));
            places.put(path + ".sample.sampled", at.apply(Col.SAMPLED));
            places.put(path + ".notApplicable", at.apply(Col.NOTES));
            places.put(path + ".notes", at.apply(Col.NOTES));
            places.put(path + ".attachments", at.apply(Col.ATTACHMENTS));

            boolean uncomputed = false;
            for (Col c : INPUTS) uncomputed |= uncomputed(cell(r, cols.get(c)), at.apply(c), code);
            if (uncomputed) return;
            String notes = text(cell(r, cols.get(Col.NOTES)));
            boolean notApplicable = false;
            Cell v = cell(r, cols.get(Col.VERDICT));
            if (!isEmpty(v)) notApplicable = verdict(e, v, at.apply(Col.VERDICT), code, notes);
            if (notes != null && !notApplicable) e.put("notes", notes);
            Cell value = cell(r, cols.get(Col.VALUE));
            if (!isEmpty(value)) e.set("value", number(value, at.apply(Col.VALUE), code, true));
            Cell conforming = cell(r, cols.get(Col.CONFORMING));
            Cell sampled = cell(r, cols.get(Col.SAMPLED));
            if (!isEmpty(conforming) || !isEmpty(sampled)) {
                ObjectNode s = e.putObject("sample");
                if (!isEmpty(conforming)) s.set("conforming", number(conforming, at.apply(Col.CONFORMING), code, false));
                if (!isEmpty(sampled)) s.set("sampled", number(sampled, at.apply(Col.SAMPLED), code, false));
            }
            String att = text(cell(r, cols.get(Col.ATTACHMENTS)));
            if (att != null) {
                ArrayNode a = e.putArray("attachments");
                for (String s : att.split("[\\r\\n;；]+")) if (!s.isBlank()) a.add(s.strip());
            }
            // notes or attachments without a verdict yet (written first, or a crosswalk prefill's item to confirm):
            // the item stays not assessed, as a JSON template's placeholder form does, and keeps its notes
            if (FORMS.stream().noneMatch(e::has) && (e.has("notes") || e.has("attachments"))) e.putNull("conforms");
        }

        private static final List<String> FORMS = List.of("conforms", "credit", "band", "value", "sample", "notApplicable");

        private static final Pattern BAND = Pattern.compile("(?:第|band\\s*)?([0-9]+)\\s*档?");
        private static final Pattern BAND_CREDIT = Pattern.compile("(?:第)?([0-9]+)\\s*档\\s*[,，;；/]?\\s*([0-9]*\\.?[0-9]+)\\s*%");
        private static final Pattern PERCENT = Pattern.compile("([+-]?[0-9]*\\.?[0-9]+)\\s*%");
        private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*\\.[0-9]+|[+-]?[0-9]+\\.");
        private static final List<String> YES = List.of("符合", "conforms", "conform", "yes", "y", "是", "✓", "√", "true");
        private static final List<String> NO = List.of("不符合", "does not conform", "not conform", "no", "n", "否", "✗", "×", "false");
        private static final List<String> NA = List.of("不适用", "not applicable", "n/a", "na");

        /** Maps the 评价 cell; returns whether it says not applicable. */
        private boolean verdict(ObjectNode e, Cell c, String place, String code, String notes) {
            if (c.getType() == CellType.BOOLEAN) {
                e.put("conforms", Boolean.TRUE.equals(c.asBoolean()));
                return false;
            }
            if (c.getType() == CellType.ERROR) {
                problem(place, code, "评价显示错误 " + c.getRawValue() + "：请填写评价、档次或得分率", "评价 shows the error " + c.getRawValue() + "; write a verdict, band or credit");
                return false;
            }
            boolean numeric = c.getType() == CellType.NUMBER || c.getType() == CellType.FORMULA && isNumber(c.getRawValue());
            if (numeric) {
                BigDecimal d = decimal(c, place, code);
                if (d == null) return false;
                if (isPercentFormat(c)) e.put("credit", d);
                else if (isWhole(d)) e.set("band", whole(d));
                else e.put("credit", d);
                return false;
            }
            String t = Layout.norm(textOf(c));
            if (YES.contains(t)) e.put("conforms", true);
            else if (NO.contains(t)) e.put("conforms", false);
            else if (NA.contains(t)) {
                e.put("notApplicable", notes == null ? "" : notes);
                return true;
            } else if (BAND_CREDIT.matcher(t).matches()) {
                Matcher m = BAND_CREDIT.matcher(t);
                m.matches();
                e.set("band", whole(new BigDecimal(m.group(1))));
                e.put("credit", new BigDecimal(m.group(2)).movePointLeft(2));
            } else if (PERCENT.matcher(t).matches()) {
                Matcher m = PERCENT.matcher(t);
                m.matches();
                e.put("credit", new BigDecimal(m.group(1)).movePointLeft(2));
            } else if (DECIMAL.matcher(t).matches()) {
                e.put("credit", new BigDecimal(t));
            } else if (BAND.matcher(t).matches()) {
                Matcher m = BAND.matcher(t);
                m.matches();
                e.set("band", whole(new BigDecimal(m.group(1))));
            } else {
                List<String> words = List.of("符合", "不符合", "不适用");
                problem(place, code, "评价“" + Layout.abbreviate(textOf(c)) + "”无法识别：请填写 符合、不符合、不适用、1–5 档，或 0.65、65% 这样的得分率"
                        + Suggestions.didYouMean(textOf(c).strip(), words, io.aftercert.core.Lang.ZH),
                        "评价 '" + Layout.abbreviate(textOf(c)) + "' is not a verdict: write 符合, 不符合, 不适用,"
                        + " a band 1–5, or a credit such as 0.65 or 65%" + Suggestions.didYouMean(textOf(c).strip(), words));
            }
            return false;
        }

        /**
         * A number cell as its exact decimal; text that reads as a number likewise; other text is
         * passed on as text and the validation says what was expected. A percentage (65% typed, or
         * a cell formatted as percent) is a percent number where the item's unit is %.
         */
        private com.fasterxml.jackson.databind.JsonNode number(Cell c, String place, String code, boolean metricValue) {
            boolean percentUnit = metricValue && code != null && rubric != null && rubric.indicator(code)
                    .map(Indicator::metric).map(m -> "%".equals(m.unit())).orElse(false);
            if (c.getType() == CellType.ERROR) {
                problem(place, code, "单元格显示错误 " + c.getRawValue() + "：请填写数字", "the cell shows the error " + c.getRawValue() + "; write a number");
                return f.nullNode();
            }
            if (c.getType() == CellType.NUMBER || c.getType() == CellType.FORMULA && isNumber(c.getRawValue())) {
                if (isDateFormat(c)) {
                    problem(place, code, "单元格设为日期格式，显示的是日期而不是数字 " + textOf(c) + "：请将格式改为“常规”",
                            "the cell is formatted as a date, so it shows a date, not the number " + textOf(c)
                            + ": format it as a number (常规 / General)");
                    return f.nullNode();
                }
                BigDecimal d = decimal(c, place, code);
                if (d == null) return f.nullNode();
                if (isPercentFormat(c) && percentUnit) d = d.movePointRight(2);
                return isWhole(d) && !metricValue ? whole(d) : f.numberNode(d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d);
            }
            String t = Layout.norm(textOf(c)).replace(",", "");
            Matcher m = PERCENT.matcher(t);
            if (m.matches() && percentUnit) return f.numberNode(new BigDecimal(m.group(1)));
            if (isNumber(t)) {
                BigDecimal d = new BigDecimal(t);
                String bad = io.aftercert.core.internal.input.NumberBounds.problem(d);
                if (bad != null) {
                    problem(place, code, io.aftercert.core.internal.input.NumberBounds.problemZh(d), bad);
                    return f.nullNode();
                }
                return isWhole(d) && !metricValue ? whole(d) : f.numberNode(d);
            }
            return f.textNode(textOf(c));
        }

        /** A number cell's value within the bounds every number read goes through, or null (reported). */
        private BigDecimal decimal(Cell c, String place, String code) {
            BigDecimal d = new BigDecimal(c.getRawValue());
            String bad = io.aftercert.core.internal.input.NumberBounds.problem(d);
            if (bad == null) return d;
            problem(place, code, io.aftercert.core.internal.input.NumberBounds.problemZh(d), bad);
            return null;
        }

        private com.fasterxml.jackson.databind.JsonNode whole(BigDecimal d) {
            try {
                return f.numberNode(d.toBigIntegerExact());
            } catch (ArithmeticException e) {
                return f.numberNode(d);
            }
        }

        // ---- 特别项

        private void findings(Sheet sheet) throws IOException {
            Map<FindingCol, Integer> cols = new EnumMap<>(FindingCol.class);
            int[] header = {-1};
            ArrayNode out = f.arrayNode();
            rows(sheet, MAX_FINDING_ROWS, r -> {
                int row = r.getRowNum() - 1;
                if (header[0] < 0) {
                    if (row >= HEADER_SEARCH_ROWS) return;
                    for (Cell c : r) {
                        String t = text(c);
                        if (t == null) continue;
                        for (FindingCol col : FindingCol.values()) {
                            if (t.startsWith(col.word) && !cols.containsKey(col)) cols.put(col, c.getColumnIndex());
                        }
                    }
                    if (cols.containsKey(FindingCol.TYPE) && cols.containsKey(FindingCol.DESCRIPTION)) header[0] = row;
                    else cols.clear();
                    return;
                }
                boolean any = false;
                for (FindingCol c : FindingCol.values()) any |= !isEmpty(cell(r, cols.get(c)));
                if (!any) return;
                String path = JsonPath.index("$.findings", out.size());
                ObjectNode o = out.addObject();
                places.put(path, Layout.cell(Layout.FINDINGS_SHEET, row, cols.get(FindingCol.TYPE)));
                String[] fields = {"type", "category", "description", "indicator"};
                for (FindingCol c : FindingCol.values()) {
                    Integer col = cols.get(c);
                    if (col == null) continue;
                    places.put(path + "." + fields[c.ordinal()], Layout.cell(Layout.FINDINGS_SHEET, row, col));
                    String t = text(cell(r, col));
                    if (t == null) continue;
                    t = t.strip();
                    switch (c) {
                        case TYPE -> o.put("type", t.startsWith(Layout.DEDUCTION) ? "deduction" : t.startsWith(Layout.BONUS) ? "bonus"
                                : Layout.norm(t));
                        case CATEGORY -> o.put("category", Layout.CATEGORIES.getOrDefault(t, t));
                        case DESCRIPTION -> o.put("description", t);
                        case INDICATOR -> o.put("indicator", t);
                    }
                }
            });
            if (header[0] >= 0) merged(Layout.FINDINGS_SHEET, header[0], List.copyOf(cols.values()));
            if (!out.isEmpty()) root.set("findings", out);
        }

        // ---- cells

        private static Cell cell(Row r, Integer col) {
            return col == null ? null : r.getOptionalCell(col).orElse(null);
        }

        private static boolean isEmpty(Cell c) {
            if (c == null || c.getType() == CellType.EMPTY) return true;
            if (c.getType() == CellType.STRING) return c.asString() == null || c.asString().isBlank();
            String raw = c.getRawValue();
            return (c.getType() == CellType.FORMULA) && (raw == null || raw.isBlank());
        }

        /** The text of a cell as a person sees it, or null when empty. */
        private static String text(Cell c) {
            return isEmpty(c) ? null : textOf(c);
        }

        private static String textOf(Cell c) {
            if (c.getType() == CellType.STRING) return c.asString();
            if (c.getType() == CellType.NUMBER) return new BigDecimal(c.getRawValue()).stripTrailingZeros().toPlainString();
            String raw = c.getRawValue();
            return raw == null ? "" : raw;
        }

        private static boolean isPercentFormat(Cell c) {
            String fmt = c.getDataFormatString();
            return fmt != null && fmt.contains("%");
        }

        /** Excel's built-in date and time formats (14–22, 45–47) or a format of its own with day, month or year parts. */
        private static boolean isDateFormat(Cell c) {
            Integer id = c.getDataFormatId();
            if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) return true;
            String fmt = c.getDataFormatString();
            if (fmt == null || fmt.contains("%")) return false;
            String bare = fmt.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
            return bare.matches(".*[ymd].*") || bare.matches(".*[年月日].*");
        }

        private static boolean isNumber(String s) {
            return s != null && s.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
        }

        private static boolean isWhole(BigDecimal d) {
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        }

    }
}
