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

    private TemplateWriter() {
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
            Worksheet resp = wb.newWorksheet("responses");
            List<String> cols = q.columns();
            for (int c = 0; c < cols.size(); c++) {
                resp.value(0, c, cols.get(c));
                resp.style(0, c).bold().fillColor("DCE8F3").set();
                resp.width(c, c == 0 || c >= cols.size() - 2 ? 16 : 7);
            }
            resp.freezePane(1, 1);

            Worksheet qs = wb.newWorksheet("questions");
            String[] head = {"id", "维度", "dimension", "题目", "question", "002 条款 clause", "条款原文 clause text"};
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

            Worksheet scale = wb.newWorksheet("scale");
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
