package io.aftercert.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The questionnaire written out: as JSON (the instrument, {@code questionnaire.schema.json}), as
 * CSV (the empty response sheet: the header row) or as xlsx (the empty response sheet plus the
 * questions and the answer scale on their own sheets).
 */
public final class TemplateWriter {
    /** Output formats. */
    public enum Format { JSON, CSV, XLSX }

    /** The response sheet of the xlsx template (the reader takes the first sheet). */
    static final String RESPONSES_SHEET = "回答";
    /** A filled-in row to copy from: on its own sheet, never read as a response. */
    static final String EXAMPLE_SHEET = "填写示例";
    /** Rows of the response sheet whose answers are checked as 1–5. */
    static final int MAX_ROWS = 20_000;
    private static final Map<String, String> COLUMN_NOTES = Map.of(
            Questionnaire.RESPONDENT, "受访者编号（每位顾客一个，不可重复）",
            "submitted_at", "提交时间，如 2026-09-15 14:30",
            "duration_s", "填写用时（秒）");

    private TemplateWriter() {
    }

    /**
     * A4 landscape, one page wide, rows {@code 0..lastTitleRow} repeated, page numbers in the footer.
     * Narrow side margins: the response sheet's 33 columns then print at about 85 % (10 pt text at
     * 8 pt or more).
     */
    private static void print(Worksheet ws, int lastTitleRow) {
        ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.leftMargin(0.4f);
        ws.rightMargin(0.4f);
        ws.repeatRows(0, lastTitleRow);
        ws.footer("顾客满意度调查 Customer satisfaction survey", org.dhatim.fastexcel.Position.LEFT);
        ws.footer("第 &P 页，共 &N 页  Page &P of &N", org.dhatim.fastexcel.Position.RIGHT);
    }

    /** Rows of the response sheet: the instructions, the example, the header the reader takes, the first answer. */
    static final int TITLE_ROW = 0, EXAMPLE_ROW = 1, HEADER_ROW = 2, FIRST_ANSWER_ROW = 3;
    /** Empty ruled rows printed under the header: a paper form for answers collected by hand. */
    static final int PRINTED_ROWS = 20;
    private static final String HEADER_FILL = "DCE8F3";

    /** Column widths (characters): a question column takes one digit, its id printed upright in the header. */
    private static double width(List<String> cols, int c) {
        String id = cols.get(c);
        return id.equals(Questionnaire.RESPONDENT) ? 14 : id.equals(Questionnaire.SUBMITTED) ? 17 : id.equals(Questionnaire.DURATION) ? 11 : 3.6;
    }

    /**
     * The header the reader takes ({@code respondent_id}, question ids, time, duration), with the
     * question as a note on each header cell; question ids printed upright in narrow columns.
     */
    private static void header(Worksheet ws, int row, List<String> cols, Map<String, Question> byId, String lang) {
        for (int c = 0; c < cols.size(); c++) {
            Question x = byId.get(cols.get(c));
            ws.value(row, c, cols.get(c));
            var st = ws.style(row, c).bold().fillColor(HEADER_FILL).verticalAlignment("bottom").horizontalAlignment("center")
                    .borderStyle("thin");
            if (x != null) st.rotation(90);
            st.set();
            ws.width(c, width(cols, c));
            ws.comment(row, c, x != null ? x.id() + " " + x.dimensionLabel(lang) + "：" + x.textZh() + "（1–5 分）"
                    : COLUMN_NOTES.getOrDefault(cols.get(c), cols.get(c)));
        }
        ws.rowHeight(row, 34);
    }

    /** One example row: the respondent, an answer per question, time and duration (the third question unanswered). */
    private static void exampleRow(Worksheet ws, int row, List<String> cols, Map<String, Question> byId, String respondent) {
        for (int c = 0; c < cols.size(); c++) {
            String id = cols.get(c);
            // the third question left blank: a question the customer did not answer stays empty, never 0
            if (byId.containsKey(id) && c != 3) ws.value(row, c, c % 3 == 0 ? 5 : 4);
            ws.style(row, c).italic().fontColor("595959").horizontalAlignment("center").borderStyle("thin").set();
        }
        ws.value(row, 0, respondent);
        if (cols.contains(Questionnaire.SUBMITTED)) ws.value(row, cols.indexOf(Questionnaire.SUBMITTED), "2026-09-15 14:30");
        if (cols.contains(Questionnaire.DURATION)) ws.value(row, cols.indexOf(Questionnaire.DURATION), "240");
    }

    /** The instructions line across the sheet. */
    private static void title(Worksheet ws, int lastCol, String text) {
        ws.value(TITLE_ROW, 0, text);
        ws.range(TITLE_ROW, 0, TITLE_ROW, lastCol).merge();
        ws.style(TITLE_ROW, 0).wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(TITLE_ROW, 44);
    }

    /** The answers a question column takes: 1–5 or blank, stopped otherwise, with a prompt naming the question. */
    static String answerTitle(Question x) {
        return x.id() + " 答案 Answer";
    }

    private static Map<String, io.aftercert.workbook.InputPrompts.Prompt> prompts(Questionnaire q) {
        Map<String, io.aftercert.workbook.InputPrompts.Prompt> out = new java.util.HashMap<>();
        String scale = scaleLine(q);
        for (Question x : q.questions()) {
            out.put(answerTitle(x), new io.aftercert.workbook.InputPrompts.Prompt(answerTitle(x),
                    x.id() + " " + x.dimensionLabel("zh") + "：" + x.textZh() + "\n" + scale + "；不回答则留空。"));
        }
        return out;
    }

    /** {@code 1 非常不满意 … 5 非常满意}: the questionnaire's scale ends. */
    private static String scaleLine(Questionnaire q) {
        var labels = q.raw().path("scale").path("labels");
        var lo = labels.get(0);
        var hi = labels.get(labels.size() - 1);
        return lo.path("value").asInt() + " " + lo.path("zh").asText() + " … " + hi.path("value").asInt() + " " + hi.path("zh").asText();
    }

    /** The template in {@code format}. */
    public static byte[] write(Questionnaire q, Format format) {
        return switch (format) {
            case JSON -> json(q);
            case CSV -> (String.join(",", q.columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
            case XLSX -> xlsx(q);
        };
    }

    private static byte[] json(Questionnaire q) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("schemaVersion", 1);
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = q.raw().fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getKey().equals("schemaVersion")) out.set(e.getKey(), e.getValue().deepCopy());
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // long by design: the sheet is written cell by cell, top to bottom, in the order a person reads it
    private static byte[] xlsx(Questionnaire q) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "AfterCert", "1.0")) {
            wb.setGlobalDefaultFont("Noto Sans CJK SC", 10);
            // the reader reads the sheet "responses" or else the first sheet: 回答 comes first
            Worksheet resp = wb.newWorksheet(RESPONSES_SHEET);
            List<String> cols = q.columns();
            Map<String, Question> byId = new java.util.HashMap<>();
            q.questions().forEach(x -> byId.put(x.id(), x));
            int last = cols.size() - 1;
            // above the header (the reader takes the row with respondent_id): instructions and one example row
            title(resp, last, "回答表：每位受访者填一行（从第 " + (FIRST_ANSWER_ROW + 1) + " 行起）；每题填 1–5 的整数（" + scaleLine(q)
                    + "），不回答则留空。第 2 行是填写示例，不会被读取。题目见“题目”工作表，或选中单元格查看。"
                    + " One row per respondent; each answer a whole number 1–5, blank for no answer. Row 2 is an example and is not read.");
            exampleRow(resp, EXAMPLE_ROW, cols, byId, "示例 Example");
            header(resp, HEADER_ROW, cols, byId, "zh");
            for (int r = FIRST_ANSWER_ROW; r < FIRST_ANSWER_ROW + PRINTED_ROWS; r++) {
                for (int c = 0; c < cols.size(); c++) resp.style(r, c).borderStyle("thin").horizontalAlignment(c == 0 ? "left" : "center").set();
                resp.rowHeight(r, 18);
            }
            for (int c = 0; c < cols.size(); c++) {
                Question x = byId.get(cols.get(c));
                if (x == null) continue;
                resp.range(FIRST_ANSWER_ROW, c, MAX_ROWS, c).validateWithListByFormula("\"1,2,3,4,5\"").allowBlank(true).showErrorMessage(true)
                        .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP).errorTitle(answerTitle(x))
                        .error("请填写 1–5 的整数（" + scaleLine(q) + "），不回答则留空。 A whole number 1–5, or blank for no answer.");
            }
            resp.freezePane(1, FIRST_ANSWER_ROW);
            print(resp, HEADER_ROW);

            Worksheet ex = wb.newWorksheet(EXAMPLE_SHEET);
            print(ex, 1);
            ex.value(0, 0, "填写示例：在“回答”工作表中每位受访者填一行；答案为 1–5 的整数，不回答则留空。本工作表不会被读取。");
            ex.range(0, 0, 0, last).merge();
            ex.style(0, 0).bold().wrapText(true).verticalAlignment("top").set();
            ex.rowHeight(0, 30);
            header(ex, 1, cols, byId, "zh");
            exampleRow(ex, 2, cols, byId, "R0001");

            Worksheet qs = wb.newWorksheet("题目");
            String[] head = {"id", "维度", "dimension", "题目", "question", "评价规范条款 clause", "条款原文 clause text"};
            for (int c = 0; c < head.length; c++) {
                qs.value(0, c, head[c]);
                qs.style(0, c).bold().fillColor("DCE8F3").wrapText(true).verticalAlignment("top").set();
            }
            double[] widths = {5, 7, 11, 30, 34, 9, 34};
            qs.rowHeight(0, 30);
            int r = 1;
            for (Question x : q.questions()) {
                for (int c = 0; c < widths.length; c++) qs.style(r, c).wrapText(true).verticalAlignment("top").set();
                qs.rowHeight(r, 14.5 * Math.max(Math.max(lines(x.textZh(), widths[3]), lines(x.textEn(), widths[4])), lines(x.clauseText(), widths[6])));
                qs.value(r, 0, x.id());
                qs.value(r, 1, x.dimensionLabel("zh"));
                qs.value(r, 2, x.dimensionLabel("en"));
                qs.value(r, 3, x.textZh());
                qs.value(r, 4, x.textEn());
                qs.value(r, 5, x.clause());
                qs.value(r, 6, x.clauseText());
                r++;
            }
            double table = java.util.Arrays.stream(widths).sum();
            for (int k = 1; k <= 2; k++) {
                String note = q.raw().path("mapping").path("note").path(k == 1 ? "zh" : "en").asText();
                qs.value(r + k, 0, note);
                qs.range(r + k, 0, r + k, widths.length - 1).merge();
                qs.style(r + k, 0).wrapText(true).verticalAlignment("top").set();
                qs.rowHeight(r + k, 14.5 * lines(note, table));
            }
            for (int c = 0; c < widths.length; c++) qs.width(c, widths[c]);
            qs.freezePane(1, 1);

            Worksheet scale = wb.newWorksheet("量表");
            print(qs, 0);
            print(scale, 0);
            scale.value(0, 0, "answer");
            scale.value(0, 1, "含义");
            scale.value(0, 2, "meaning");
            int s = 1;
            for (var l : q.raw().path("scale").path("labels")) {
                scale.value(s, 0, l.path("value").asInt());
                scale.value(s, 1, l.path("zh").asText());
                scale.value(s, 2, l.path("en").asText());
                s++;
            }
            scale.width(1, 14);
            scale.width(2, 36);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return io.aftercert.workbook.InputPrompts.add(bytes.toByteArray(), prompts(q));
    }

    /** Lines {@code text} takes wrapped in a column {@code width} characters wide (a CJK character is two). */
    private static int lines(String text, double width) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) w += text.charAt(i) > 0x2E80 ? 2 : 1.1;
        return Math.max(1, (int) Math.ceil(w / Math.max(1, width - 1)));
    }
}
