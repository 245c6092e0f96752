package io.aftercert.workbook;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Rubric;
import io.aftercert.workbook.Layout.Col;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes evidence into a self-assessment workbook: a new one from the template, or the input cells
 * (评价, 数值, 抽样合格数, 抽样数, 说明, 附件) of the items given in a workbook the user already has,
 * leaving every other cell, style, drop-down, note, sheet and part exactly as the user left it.
 * The cells are those {@link WorkbookTemplate} writes for the same evidence, and the written
 * workbook is read back: it must give the evidence written. Thread-safe.
 */
public final class WorkbookFill {
    private WorkbookFill() {
    }

    /**
     * Evidence into a workbook: the whole template filled with {@code evidence} when
     * {@code existing} is null, otherwise the items of {@code evidence} written into the
     * existing workbook (its other items, basic information and findings unchanged).
     *
     * @param existing the workbook to write into, or null for a new one
     * @param name     the workbook's name in problems
     * @param rubric   the rubric of the evidence
     * @param evidence the evidence to write
     * @return the workbook's new bytes
     * @throws InvalidInputException when the existing workbook is not an evidence workbook for the rubric
     * @throws IOException           when it cannot be read
     */
    public static byte[] write(Path existing, String name, Rubric rubric, Assessment evidence) throws IOException {
        if (existing == null) return WorkbookTemplate.write(rubric, evidence);
        WorkbookEvidence.Mapped m = mapped(existing, name, rubric);
        return patch(existing, name, rubric, m, evidence.evidence());
    }

    /**
     * Edits a workbook's evidence as an evidence document: the workbook is read as JSON
     * ({@link EvidenceJson}'s form; an empty organisation name reads as a placeholder), {@code edit}
     * changes it, and the items whose entries changed are written back into their cells.
     *
     * @param existing the workbook
     * @param name     its name in problems
     * @param rubric   the rubric it must be for
     * @param edit     the evidence document's bytes to its edited bytes
     * @return the workbook's new bytes
     * @throws InvalidInputException when the workbook is not an evidence workbook for the rubric, or the edit is not valid evidence
     * @throws IOException           when it cannot be read
     */
    public static byte[] edit(Path existing, String name, Rubric rubric, UnaryOperator<byte[]> edit) throws IOException {
        WorkbookEvidence.Mapped m = mapped(existing, name, rubric);
        ObjectNode before = m.tree().deepCopy();
        if (!before.path("organization").hasNonNull("name")) {
            (before.get("organization") instanceof ObjectNode o ? o : before.putObject("organization")).put("name", "（请填写组织名称）");
        }
        byte[] original = SharedMapper.get().writeValueAsBytes(before);
        Map<String, Evidence> old = EvidenceJson.read(original, name, only(rubric)).evidence();
        Assessment after = EvidenceJson.read(edit.apply(original), name, only(rubric));
        Map<String, Evidence> changed = new TreeMap<>();
        after.evidence().forEach((code, e) -> {
            if (!e.equals(old.get(code))) changed.put(code, e);
        });
        return patch(existing, name, rubric, m, changed);
    }

    private static java.util.function.Function<String, Optional<Rubric>> only(Rubric rubric) {
        return id -> id.equals(rubric.id()) ? Optional.of(rubric) : Optional.empty();
    }

    private static WorkbookEvidence.Mapped mapped(Path file, String name, Rubric rubric) throws IOException {
        WorkbookEvidence.Mapped m = WorkbookEvidence.map(file, name, only(rubric));
        if (!m.problems().isEmpty()) throw WorkbookEvidence.invalid(name, m.problems());
        String id = m.tree().path("rubric").asText();
        if (!rubric.id().equals(id)) {
            throw new InvalidInputException(Problem.of(name, Layout.INFO_SHEET, null, "该工作簿属于评价标准“" + id + "”，不是“" + rubric.id() + "”（见基本信息中的评分标准）",
                    "the workbook is for rubric '" + id + "', not "
                    + rubric.id() + " (基本信息, 评分标准)"));
        }
        return m;
    }

    private static byte[] patch(Path file, String name, Rubric rubric, WorkbookEvidence.Mapped m, Map<String, Evidence> items) throws IOException {
        Map<Integer, Map<Integer, Object>> cells = new TreeMap<>(); // row → column → value (null: empty)
        for (var e : items.entrySet()) {
            Integer row = m.codeRows().get(e.getKey());
            if (row == null) {
                throw new InvalidInputException(Problem.of(name, Layout.SCORE_SHEET, e.getKey(), "工作表“" + Layout.SCORE_SHEET + "”中没有条款 "
                        + e.getKey() + " 的行：请在条款列添加一行后再试",
                        "sheet " + Layout.SCORE_SHEET
                        + " has no row for clause " + e.getKey() + ": add one (条款 column) and try again"));
            }
            WorkbookTemplate.cells(e.getValue()).forEach((col, v) -> {
                Integer c = m.cols().get(col);
                if (c != null) cells.computeIfAbsent(row, k -> new TreeMap<>()).put(c, v);
            });
        }
        String part = m.facts().parts().get(Layout.SCORE_SHEET);
        byte[] out = rewrite(file, part, xml -> patchSheet(xml, cells));
        check(out, name, rubric);
        return out;
    }

    /** The written workbook reads back without a problem (a bug here must never reach a user's file). */
    private static void check(byte[] out, String name, Rubric rubric) throws IOException {
        Path tmp = java.nio.file.Files.createTempFile("aftercert", ".xlsx");
        try {
            java.nio.file.Files.write(tmp, out);
            WorkbookEvidence.Mapped back = WorkbookEvidence.map(tmp, name, only(rubric));
            if (!back.problems().isEmpty()) throw new IllegalStateException("written workbook does not read back: " + back.problems());
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    /** The zip with one part's text replaced, every other part copied byte for byte. */
    private static byte[] rewrite(Path file, String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream is = in.getInputStream(e)) {
                    if (e.getName().equals(part)) out.write(change.apply(new String(is.readAllBytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                    else is.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final Pattern ROW = Pattern.compile("<row\\b[^>]*?\\br=\"(\\d+)\"[^>]*?(/>|>)");

    /** Sets cells of a worksheet's XML: each cell replaced (keeping its style) or inserted in column order. */
    static String patchSheet(String xml, Map<Integer, Map<Integer, Object>> cells) {
        StringBuilder sb = new StringBuilder(xml.length() + 4096);
        Matcher m = ROW.matcher(xml);
        int at = 0;
        while (m.find()) {
            int row = Integer.parseInt(m.group(1)) - 1;
            Map<Integer, Object> set = cells.get(row);
            if (set == null) continue;
            sb.append(xml, at, m.start());
            if (m.group(2).equals("/>")) {
                sb.append(xml, m.start(), m.end() - 2).append('>').append(row(row, "", set)).append("</row>");
                at = m.end();
            } else {
                int close = xml.indexOf("</row>", m.end());
                sb.append(xml, m.start(), m.end()).append(row(row, xml.substring(m.end(), close), set));
                at = close;
            }
        }
        return sb.append(xml, at, xml.length()).toString();
    }

    private static final Pattern CELL = Pattern.compile("<c\\b[^>]*?\\br=\"([A-Z]+)(\\d+)\"[^>]*?(?:/>|>.*?</c>)", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("\\bs=\"(\\d+)\"");

    /** A row's cells with {@code set} applied. */
    private static String row(int row, String body, Map<Integer, Object> set) {
        Map<Integer, String> out = new TreeMap<>();
        Matcher m = CELL.matcher(body);
        while (m.find()) out.put(Layout.columnIndex(m.group(1)), m.group());
        set.forEach((col, v) -> {
            String old = out.get(col);
            Matcher s = old == null ? null : STYLE.matcher(old.substring(0, old.indexOf('>')));
            String style = s != null && s.find() ? " s=\"" + s.group(1) + "\"" : "";
            out.put(col, cell(Layout.column(col) + (row + 1), style, v));
        });
        return String.join("", out.values());
    }

    private static String cell(String ref, String style, Object v) {
        if (v == null) return "<c r=\"" + ref + "\"" + style + "/>";
        if (v instanceof Number n) {
            return "<c r=\"" + ref + "\"" + style + "><v>" + (n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString()) + "</v></c>";
        }
        return "<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(v.toString()) + "</t></is></c>";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') continue; // not allowed in XML 1.0
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
