package io.aftercert.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills the metric indicators of a rubric that name a service-record KPI ({@code recordsKpi})
 * with the measured values, leaving everything else in the evidence file as it was. The result
 * is checked as an evidence file before it is returned.
 */
public final class EvidenceFill {
    private static final List<String> FORMS = List.of("conforms", "credit", "band", "sample", "notApplicable", "value");

    private EvidenceFill() {
    }

    /**
     * The filled evidence file.
     *
     * @param existing     the evidence file's bytes, or null to start a new one
     * @param evidenceName its name, for problems
     * @param rubric       the rubric (gxdsl244)
     * @param report       the KPIs
     * @param filled       receives the codes filled
     */
    public static byte[] fill(byte[] existing, String evidenceName, Rubric rubric, KpiReport report, List<String> filled) {
        ObjectNode root;
        try {
            if (existing == null) {
                root = JsonNodeFactory.instance.objectNode();
                root.put("rubric", rubric.id());
                root.put("rubricVersion", rubric.version());
                root.putObject("organization").put("name", "（请填写组织名称）");
                root.putObject("evidence");
            } else {
                JsonNode n = Json.readTree(existing);
                if (!n.isObject()) throw new InvalidInputException(new Problem(evidenceName, "$", null, "an evidence file must be a JSON object"));
                root = (ObjectNode) n;
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw io.aftercert.core.json.JsonProblems.invalid("invalid evidence file " + evidenceName, evidenceName, e);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(evidenceName, null, null, "cannot read: " + e.getMessage()));
        }
        if (!rubric.id().equals(root.path("rubric").asText())) {
            throw new InvalidInputException(new Problem(evidenceName, "$.rubric", null, "the evidence file is for rubric '"
                    + root.path("rubric").asText() + "', not " + rubric.id()));
        }
        JsonNode ev = root.get("evidence");
        ObjectNode evidence = ev instanceof ObjectNode o ? o : root.putObject("evidence");
        List<String> codes = new ArrayList<>();
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.metric() == null || leaf.metric().recordsKpi() == null) continue;
            KpiReport.KpiValue v = report.kpis().get(leaf.metric().recordsKpi());
            if (v == null || v.denominator() == 0) continue;
            BigDecimal value = "resolution_simple".equals(leaf.metric().recordsKpi()) ? v.meanHours() : v.value();
            if (value == null) continue;
            ObjectNode entry = evidence.get(leaf.code()) instanceof ObjectNode o ? o : evidence.putObject(leaf.code());
            FORMS.forEach(entry::remove);
            entry.put("value", value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
            entry.put("notes", "服务记录 " + report.file() + "：" + leaf.metric().recordsKpi() + " = " + v.numerator() + "/" + v.denominator()
                    + ("resolution_simple".equals(leaf.metric().recordsKpi()) ? "（平均 " + v.meanHours() + " 小时）" : "")
                    + "，已剔除数据质量问题行 " + report.rowsExcluded() + " / " + report.rows());
            codes.add(leaf.code());
        }
        byte[] out;
        try {
            out = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        EvidenceJson.read(out, evidenceName, id -> id.equals(rubric.id()) ? Optional.of(rubric) : Optional.empty());
        filled.addAll(codes);
        return out;
    }
}
