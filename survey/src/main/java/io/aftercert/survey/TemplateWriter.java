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

    /** A4 landscape, one page wide, the header row repeated, page numbers in the footer. */
    private static void print(Worksheet ws) {
        ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.repeatRows(0);
        ws.footer("第 &P 页，共 &N 页  Page &P of &N", org.dhatim.fastexcel.Position.RIGHT);
    }

    /** One example row under the header: the respondent, an answer per question, time and duration. */
    private static void example(Worksheet ws, List<String> cols, Map<String, Question> byId) {
        ws.value(0, 0, "填写示例：在“回答”工作表中每位受访者填一行；答案为 1–5 的整数，不回答则留空。本工作表不会被读取。");
        ws.style(0, 0).bold().set();
        for (int c = 0; c < cols.size(); c++) {
            String id = cols.get(c);
            ws.value(1, c, id);
            ws.style(1, c).bold().fillColor("DCE8F3").set();
            ws.width(c, c == 0 || c >= cols.size() - 2 ? 16 : 7);
            // the third question left blank: a question the customer did not answer stays empty, never 0
            if (byId.containsKey(id) && c != 3) ws.value(2, c, c % 3 == 0 ? 5 : 4);
        }
        ws.value(2, 0, "R0001");
        if (cols.contains("submitted_at")) ws.value(2, cols.indexOf("submitted_at"), "2026-09-15 14:30");
        if (cols.contains("duration_s")) ws.value(2, cols.indexOf("duration_s"), "240");
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

    private static byte[] xlsx(Questionnaire q) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "AfterCert", "1.0")) {
            // the reader reads the sheet "responses" or else the first sheet: 回答 comes first
            Worksheet resp = wb.newWorksheet(RESPONSES_SHEET);
            List<String> cols = q.columns();
            Map<String, Question> byId = new java.util.HashMap<>();
            q.questions().forEach(x -> byId.put(x.id(), x));
            for (int c = 0; c < cols.size(); c++) {
                resp.value(0, c, cols.get(c));
                resp.style(0, c).bold().fillColor("DCE8F3").set();
                resp.width(c, c == 0 || c >= cols.size() - 2 ? 16 : 7);
                Question x = byId.get(cols.get(c));
                // the question beside its column: the note on the header cell
                resp.comment(0, c, x != null ? x.id() + " " + x.dimensionLabel("zh") + "：" + x.textZh() + "（1–5 分）"
                        : COLUMN_NOTES.getOrDefault(cols.get(c), cols.get(c)));
                if (x != null) {
                    resp.range(1, c, MAX_ROWS, c).validateWithListByFormula("\"1,2,3,4,5\"").allowBlank(true).showErrorMessage(true)
                            .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP).errorTitle("答案 Answer")
                            .error("请填写 1–5 的整数（1 很不满意 … 5 很满意），不回答则留空。 A whole number 1–5, or blank for no answer.");
                }
            }
            resp.freezePane(1, 1);
            Worksheet ex = wb.newWorksheet(EXAMPLE_SHEET);
            print(ex);
            example(ex, cols, byId);

            Worksheet qs = wb.newWorksheet("题目");
            String[] head = {"id", "维度", "dimension", "题目", "question", "评价规范条款 clause", "条款原文 clause text"};
            for (int c = 0; c < head.length; c++) {
                qs.value(0, c, head[c]);
                qs.style(0, c).bold().fillColor("DCE8F3").set();
            }
            int r = 1;
            for (Question x : q.questions()) {
                qs.value(r, 0, x.id());
                qs.value(r, 1, x.dimensionLabel("zh"));
                qs.value(r, 2, x.dimensionLabel("en"));
                qs.value(r, 3, x.textZh());
                qs.value(r, 4, x.textEn());
                qs.value(r, 5, x.clause());
                qs.value(r, 6, x.clauseText());
                r++;
            }
            qs.value(r + 1, 0, q.raw().path("mapping").path("note").path("zh").asText());
            qs.value(r + 2, 0, q.raw().path("mapping").path("note").path("en").asText());
            double[] widths = {7, 8, 14, 48, 60, 12, 60};
            for (int c = 0; c < widths.length; c++) qs.width(c, widths[c]);
            qs.freezePane(1, 1);

            Worksheet scale = wb.newWorksheet("量表");
            for (Worksheet ws : List.of(resp, qs, scale)) print(ws);
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
        return bytes.toByteArray();
    }
}
