package io.aftercert.workbook;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one check every workbook the project reads goes through (evidence and survey responses),
 * before the xlsx reader sees it, so that a hostile file fails fast with a message naming the
 * part, and in bounded memory. It checks the file size, that it is a zip at all (and not an old
 * {@code .xls} or an encrypted workbook), the number of parts, the real inflated size of every
 * XML part (counted while inflating, never trusted from the zip directory: a zip bomb stops at the
 * limit), that no part declares a DTD (xlsx never does; it is how XML external-entity attacks
 * begin), and parses every XML part once: a malformed part (an unescaped {@code &}) is named with
 * its line; two sheets of one name, a row number that does not increase, a number no spreadsheet
 * writes ({@code 1E999999999}) and a shared-string index beyond the table are refused, naming the
 * sheet and cell. What it learns that a reader needs (the merged ranges of each sheet) it answers.
 * The JDK's StAX parser is used for this pass (DTDs and external entities off); FastExcel reads the
 * cells afterwards.
 */
public final class WorkbookGuard {
    /** A filled workbook for the largest rubric is well under 1 MiB. */
    static final long MAX_FILE_BYTES = 20L << 20;
    static final int MAX_ENTRIES = 2_000;
    /** Inflated size of all XML parts together. */
    static final long MAX_XML_BYTES = 64L << 20;
    /** Inflated size of the shared-strings table (every text cell's text). */
    static final long MAX_SHARED_STRINGS_BYTES = 16L << 20;
    /** Merged ranges remembered per sheet (a sheet with more is refused). */
    static final int MAX_MERGES = 10_000;
    /** Longest number text in a cell: a double prints in at most 24 characters. */
    private static final int MAX_NUMBER_CHARS = 40;

    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!entity".getBytes(StandardCharsets.US_ASCII);
    private static final XMLInputFactory XML = xmlFactory();

    /**
     * What the check learnt: each sheet's merged ranges ({@code "E12:E14"}) and its part
     * ({@code xl/worksheets/sheet1.xml}), by sheet name.
     */
    public record Facts(Map<String, List<String>> merged, Map<String, String> parts) {
        /** The merged ranges of sheet {@code name} (none when it has none). */
        public List<String> merged(String name) {
            return merged.getOrDefault(name, List.of());
        }
    }

    private WorkbookGuard() {
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /**
     * Checks a workbook file.
     *
     * @param file the workbook
     * @param name the file's name in problems
     * @return what a reader needs to know beyond the cells
     * @throws InvalidInputException with one problem naming the file (and part, sheet or cell) when refused
     * @throws IOException when the file cannot be read at all
     */
    public static Facts check(Path file, String name) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw bad(name, "工作簿有 " + size + " 字节，超过上限 " + MAX_FILE_BYTES + " 字节",
                    "the workbook is " + size + " bytes; workbooks are limited to " + MAX_FILE_BYTES + " bytes");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw bad(name, "这是旧版 Excel .xls 文件或设有密码的工作簿：请另存为不设密码的 Excel 工作簿（.xlsx）后再试",
                    "this is an old Excel .xls file or a password-protected workbook; save it as an unprotected"
                    + " Excel workbook (.xlsx) and try again");
        }
        if (!isZip(head, n)) throw bad(name, "不是 Excel 工作簿（.xlsx 是 zip 文件，此文件不是）", "not an Excel workbook (.xlsx is a zip file; this file is not one)");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw bad(name, "工作簿有 " + zip.size() + " 个组成部分，最多接受 " + MAX_ENTRIES + " 个",
                        "the workbook has " + zip.size() + " parts; at most " + MAX_ENTRIES + " are accepted");
            }
            return new Pass(name).run(zip);
        } catch (ZipException e) {
            throw bad(name, "无法读取的 Excel 工作簿：zip 结构已损坏（" + e.getMessage() + "）",
                    "not a readable Excel workbook: the zip structure is damaged (" + e.getMessage() + ")");
        }
    }

    /** Whether the first bytes of a file are those of a zip (an xlsx): {@code PK\3\4}. */
    public static boolean isZip(byte[] head, int n) {
        return n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Whether {@code file} is a workbook by its content (a zip, or an old binary Excel file that the
     * check refuses with its own message), whatever its name.
     *
     * @throws IOException when the file cannot be read
     */
    public static boolean looksLikeWorkbook(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return isZip(head, n) || n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11;
    }

    /** A refusal of the whole workbook, in both languages (Chinese first). */
    static InvalidInputException bad(String name, String zh, String en) {
        return bad(name, null, zh, en);
    }

    private static InvalidInputException bad(String name, String place, String zh, String en) {
        return new InvalidInputException(io.aftercert.core.Text.of("无效的工作簿 " + name, "invalid workbook " + name),
                List.of(Problem.of(name, place, null, zh, en)));
    }

    /** One pass over every XML part of one workbook. */
    private static final class Pass {
        private final String name;
        private long xml;
        private final Map<String, String> sheetRel = new LinkedHashMap<>(); // sheet name → relationship id
        private final Map<String, String> relTarget = new HashMap<>(); // relationship id → part
        private final Map<String, String> partToSheet = new HashMap<>();
        private final Map<String, List<String>> mergedByPart = new HashMap<>();
        private final Map<String, Integer> maxStringByPart = new HashMap<>(); // part → highest shared-string index used
        private final Map<String, String> maxStringCell = new HashMap<>(); // part → the cell using it
        private int sharedStrings = -1;

        Pass(String name) {
            this.name = name;
        }

        Facts run(ZipFile zip) throws IOException {
            // the sheet names first (two small parts), so that a problem in a sheet's part names the sheet
            List<String> first = List.of("xl/workbook.xml", "xl/_rels/workbook.xml.rels");
            for (String p : first) {
                ZipEntry e = zip.getEntry(p);
                if (e != null) part(zip, e, p);
            }
            sheetRel.forEach((sheet, id) -> {
                String target = relTarget.get(id);
                if (target != null) partToSheet.put(target, sheet);
            });
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String lower = e.getName().toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !(lower.endsWith(".xml") || lower.endsWith(".rels")) || first.contains(e.getName())) continue;
                part(zip, e, lower);
            }
            return facts();
        }

        /** {@code 评分表!D6} for a cell of a sheet's part (the part's name when no sheet names it). */
        private String place(String part, String ref) {
            String sheet = partToSheet.get(part);
            if (sheet == null) return ref == null ? part : part + " " + ref;
            return ref == null ? sheet : sheet + "!" + ref;
        }

        /** {@code sheet 评分表 (xl/worksheets/sheet1.xml)}. */
        private String where(String part) {
            String sheet = partToSheet.get(part);
            return sheet == null ? "part " + part : "sheet " + sheet + " (" + part + ")";
        }

        /** {@code 工作表“评分表”（xl/worksheets/sheet1.xml）}. */
        private String whereZh(String part) {
            String sheet = partToSheet.get(part);
            return sheet == null ? "组成部分 " + part : "工作表“" + sheet + "”（" + part + "）";
        }

        private void part(ZipFile zip, ZipEntry e, String lower) throws IOException {
            String entry = e.getName();
            boolean sst = lower.endsWith("sharedstrings.xml");
            long limit = Math.min(MAX_XML_BYTES - xml, sst ? MAX_SHARED_STRINGS_BYTES : Long.MAX_VALUE);
            if (e.getSize() > limit) throw tooLarge(entry, sst);
            Guarded in = new Guarded(zip.getInputStream(e), limit, entry);
            try (in) {
                XMLStreamReader r = XML.createXMLStreamReader(in);
                try {
                    if (lower.equals("xl/workbook.xml")) workbook(r);
                    else if (lower.equals("xl/_rels/workbook.xml.rels")) rels(r);
                    else if (sst) sharedStrings(r);
                    else if (lower.startsWith("xl/worksheets/")) sheet(r, entry);
                    else while (r.hasNext()) r.next();
                } finally {
                    r.close();
                }
            } catch (XMLStreamException x) {
                if (in.refusal != null) throw in.refusal;
                var loc = x.getLocation();
                throw bad(name, place(entry, null), whereZh(entry) + " 不是格式正确的 XML" + (loc == null ? "" : "（第 " + loc.getLineNumber()
                        + " 行第 " + loc.getColumnNumber() + " 列）") + "：工作簿已损坏，请在 Excel 或 LibreOffice 中打开并重新保存",
                        where(entry) + " is not well-formed XML" + (loc == null ? "" : " (line " + loc.getLineNumber()
                        + ", column " + loc.getColumnNumber() + ")") + ": the workbook is damaged; open it in Excel or LibreOffice and save it again");
            }
            if (in.refusal != null) throw in.refusal;
            xml += in.count;
        }

        private void workbook(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String sheet = r.getAttributeValue(null, "name");
                    String id = relId(r);
                    if (sheet == null) continue;
                    // Excel compares sheet names without case
                    for (String other : sheetRel.keySet()) {
                        if (other.equalsIgnoreCase(sheet)) {
                            throw bad(name, sheet, "工作簿中有两个名为“" + sheet + "”的工作表（其中一个可能被隐藏），电子表格程序不会这样保存：请重命名或删除其中一个",
                                    "the workbook has two sheets named " + sheet + " (one may be hidden);"
                                    + " a spreadsheet program never writes that: rename or delete one");
                        }
                    }
                    sheetRel.put(sheet, id);
                }
            }
        }

        private static String relId(XMLStreamReader r) {
            for (int i = 0; i < r.getAttributeCount(); i++) {
                if (r.getAttributeLocalName(i).equals("id")) return r.getAttributeValue(i);
            }
            return null;
        }

        private void rels(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String target = r.getAttributeValue(null, "Target");
                    String id = r.getAttributeValue(null, "Id");
                    if (target == null || id == null) continue;
                    relTarget.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
                }
            }
        }

        private void sharedStrings(XMLStreamReader r) throws XMLStreamException {
            int count = 0;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) count++;
            }
            sharedStrings = count;
        }

        private void sheet(XMLStreamReader r, String part) throws XMLStreamException {
            List<String> merged = new ArrayList<>();
            int lastRow = 0;
            int row = 0;
            String cellRef = null;
            String cellType = null;
            int[] maxString = {-1};
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                switch (r.getLocalName()) {
                    case "row" -> {
                        String rn = r.getAttributeValue(null, "r");
                        row = rn == null ? lastRow + 1 : rowNumber(rn, part);
                        if (row <= lastRow) {
                            throw bad(name, place(part, "A" + row), whereZh(part) + "：第 " + row + " 行" + (row == lastRow ? "出现了两次" : "排在第 " + lastRow + " 行之后")
                                    + "（行号须递增，电子表格程序不会这样保存）",
                                    where(part) + ": row " + row + (row == lastRow ? " appears twice" : " comes after row " + lastRow)
                                    + " (rows must increase; a spreadsheet program never writes that)");
                        }
                        lastRow = row;
                    }
                    case "c" -> {
                        cellRef = r.getAttributeValue(null, "r");
                        cellType = r.getAttributeValue(null, "t");
                    }
                    case "v" -> value(r.getElementText(), cellRef, cellType, part, maxString);
                    case "mergeCell" -> {
                        if (merged.size() >= MAX_MERGES) {
                            throw bad(name, place(part, null), whereZh(part) + " 合并了超过 " + MAX_MERGES + " 个区域（不是评价工作簿）",
                                    where(part) + " merges more than " + MAX_MERGES + " ranges (not an evidence workbook)");
                        }
                        String ref = r.getAttributeValue(null, "ref");
                        if (ref != null) merged.add(ref);
                    }
                    default -> {
                    }
                }
            }
            mergedByPart.put(part, List.copyOf(merged));
            if (maxString[0] >= 0) maxStringByPart.put(part, maxString[0]);
        }

        private int rowNumber(String rn, String part) {
            if (!rn.matches("[0-9]{1,7}")) throw bad(name, place(part, null), whereZh(part) + "：“" + Layout.abbreviate(rn) + "”不是行号",
                    where(part) + ": '" + Layout.abbreviate(rn) + "' is not a row number");
            return Integer.parseInt(rn);
        }

        /** A cell's value: numbers a spreadsheet can hold, shared-string indexes that are indexes. */
        private void value(String v, String ref, String type, String part, int[] maxString) {
            String t = v.strip();
            String at = place(part, ref == null ? null : Layout.abbreviate(ref));
            String cell = partToSheet.containsKey(part) && ref != null ? "" : where(part) + (ref == null ? "" : ", cell " + Layout.abbreviate(ref)) + ": ";
            String cellZh = partToSheet.containsKey(part) && ref != null ? "" : whereZh(part) + (ref == null ? "" : " 的 " + Layout.abbreviate(ref) + " 单元格") + "：";
            if ("s".equals(type)) {
                if (!t.matches("[0-9]{1,9}")) throw bad(name, at, cellZh + "“" + Layout.abbreviate(t) + "”不是共享字符串的序号",
                        cell + "'" + Layout.abbreviate(t) + "' is not a shared-string index");
                int i = Integer.parseInt(t);
                if (i > maxString[0]) {
                    maxString[0] = i;
                    if (ref != null) maxStringCell.put(part, ref);
                }
                return;
            }
            if (type != null && !"n".equals(type)) return; // text, booleans, errors, inline strings
            if (t.isEmpty()) return;
            if (t.length() > MAX_NUMBER_CHARS || !t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?")) {
                throw bad(name, at, cellZh + "“" + Layout.abbreviate(t) + "”不是电子表格程序会写出的数字",
                        cell + "'" + Layout.abbreviate(t) + "' is not a number a spreadsheet program writes");
            }
            int exp = t.indexOf('e') >= 0 ? t.indexOf('e') : t.indexOf('E');
            if (exp >= 0 && Math.abs(Integer.parseInt(t.substring(exp + 1).replace("+", ""))) > 330) {
                throw bad(name, at, cellZh + "数字 " + Layout.abbreviate(t) + " 超出电子表格能容纳的范围",
                        cell + "the number " + Layout.abbreviate(t) + " is beyond what a spreadsheet holds");
            }
        }

        private Facts facts() {
            for (var e : maxStringByPart.entrySet()) {
                if (e.getValue() >= Math.max(sharedStrings, 0)) {
                    String sheet = partToSheet.getOrDefault(e.getKey(), e.getKey());
                    String ref = maxStringCell.get(e.getKey());
                    throw bad(name, ref == null ? sheet : sheet + "!" + ref, "工作表“" + sheet + "”的" + (ref == null ? "" : " " + ref + " ") + "单元格引用第 "
                            + e.getValue() + " 个共享字符串，而工作簿只有 " + Math.max(sharedStrings, 0)
                            + " 个（工作簿已损坏，请在 Excel 或 LibreOffice 中打开并重新保存）",
                            "cell " + (ref == null ? "" : ref + " ") + "of sheet " + sheet
                            + " points at shared string " + e.getValue() + ", but the workbook has " + Math.max(sharedStrings, 0)
                            + " (the workbook is damaged; open it in Excel or LibreOffice and save it again)");
                }
            }
            Map<String, List<String>> merged = new HashMap<>();
            mergedByPart.forEach((part, ranges) -> merged.put(partToSheet.getOrDefault(part, part), ranges));
            Map<String, String> parts = new HashMap<>();
            partToSheet.forEach((part, sheet) -> parts.put(sheet, part));
            return new Facts(Map.copyOf(merged), Map.copyOf(parts));
        }

        private InvalidInputException tooLarge(String entry, boolean sst) {
            return bad(name, place(entry, null), sst ? "共享字符串表（" + entry + "）解压后超过 " + (MAX_SHARED_STRINGS_BYTES >> 20)
                    + " MiB，这类工作簿远用不了这么多（疑似 zip 炸弹）"
                    : "组成部分 " + entry + " 解压后超过工作簿全部 XML 的上限 " + (MAX_XML_BYTES >> 20) + " MiB（疑似 zip 炸弹）",
                    sst ? "the shared-strings table (" + entry + ") inflates beyond " + (MAX_SHARED_STRINGS_BYTES >> 20)
                    + " MiB; a workbook for this needs far less (zip bomb?)"
                    : "part " + entry + " inflates beyond the " + (MAX_XML_BYTES >> 20) + " MiB limit for all XML in a workbook"
                    + " (zip bomb?)");
        }

        /** Counts the inflated bytes and looks for a DTD while the parser reads; stops the read at the limit. */
        private final class Guarded extends FilterInputStream {
            private final long limit;
            private final String entry;
            private final Scanner dtd = new Scanner();
            long count;
            InvalidInputException refusal;

            Guarded(InputStream in, long limit, String entry) {
                super(in);
                this.limit = limit;
                this.entry = entry;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int k = read(one, 0, 1);
                return k < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (refusal != null) throw new IOException("refused");
                int k = super.read(b, off, len);
                if (k <= 0) return k;
                count += k;
                if (count > limit) refusal = tooLarge(entry, entry.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml"));
                else if (dtd.found(b, off, k)) {
                    refusal = bad(name, place(entry, null), "组成部分 " + entry + " 声明了 DTD 或实体（<!DOCTYPE>），xlsx 文件从不如此，因此拒绝该工作簿（不读取工作簿以外的任何内容）",
                            "part " + entry + " declares a DTD or entity (<!DOCTYPE>); xlsx files never do,"
                            + " so the workbook is refused (nothing outside it is read)");
                }
                if (refusal != null) throw refusal;
                return k;
            }
        }
    }

    /** Finds {@code <!DOCTYPE} or {@code <!ENTITY} (any case) across buffer boundaries. */
    private static final class Scanner {
        private int doctype;
        private int entity;

        boolean found(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                byte c = b[i];
                byte lower = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
                doctype = lower == DOCTYPE[doctype] ? doctype + 1 : lower == DOCTYPE[0] ? 1 : 0;
                entity = lower == ENTITY[entity] ? entity + 1 : lower == ENTITY[0] ? 1 : 0;
                if (doctype == DOCTYPE.length || entity == ENTITY.length) return true;
            }
            return false;
        }
    }
}
