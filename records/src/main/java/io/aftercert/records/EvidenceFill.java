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
import io.aftercert.core.Ratio;
import io.aftercert.core.model.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills the metric indicators of a rubric that name a service-record KPI ({@code recordsKpi})
 * with the measured values, leaving everything else in the evidence file as it was (an entry's
 * own notes and attachments too). Values are exact (see {@link #evidenceValue}). The result is
 * checked as an evidence file before it is returned.
 */
public final class EvidenceFill {
    private static final List<String> FORMS = List.of("conforms", "credit", "band", "sample", "notApplicable", "value");

    private static final String NOTE_PREFIX = "服务记录 ";
    /** Fraction digits an evidence value may have (core's evidence format). */
    static final int EVIDENCE_DECIMALS = 12;

    private EvidenceFill() {
    }

    private static Ratio exact(BigDecimal value, String fraction) {
        if (fraction != null) return Ratio.parse(fraction);
        return value == null ? null : Ratio.of(value);
    }

    /**
     * The exact value when its decimal has at most 12 fraction digits; otherwise cut to 12 towards
     * the unfavourable side (down for "at least", up for "at most"), so that a value just short of
     * its target can never be filled as meeting it (84.99995000649… % stays below 85 %).
     */
    static BigDecimal evidenceValue(Ratio exact, boolean atLeast) {
        BigDecimal cut = exact.toBigDecimal(EVIDENCE_DECIMALS, atLeast ? RoundingMode.FLOOR : RoundingMode.CEILING);
        if (exact.isTerminating() && exact.toBigDecimalExact().scale() <= EVIDENCE_DECIMALS) cut = exact.toBigDecimalExact();
        BigDecimal d = cut.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
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
                JsonNode n = Json.mapper().readTree(existing);
                if (!n.isObject()) throw new InvalidInputException(new Problem(evidenceName, "$", null, "an evidence file must be a JSON object"));
                root = (ObjectNode) n;
            }
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(evidenceName, null, null, "not valid JSON: " + e.getMessage()));
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
            boolean mean = "resolution_simple".equals(leaf.metric().recordsKpi());
            Ratio exact = exact(mean ? v.meanHours() : v.value(), mean ? v.meanHoursExact() : v.valueExact());
            if (exact == null) continue;
            ObjectNode entry = evidence.get(leaf.code()) instanceof ObjectNode o ? o : evidence.putObject(leaf.code());
            FORMS.forEach(entry::remove);
            entry.put("value", evidenceValue(exact, leaf.metric().direction() == Direction.AT_LEAST));
            // the user's own notes (and attachments, never touched) stay; a note this command wrote before is renewed
            JsonNode oldNotes = entry.get("notes");
            if (oldNotes == null || oldNotes.isNull() || oldNotes.asText().isBlank() || oldNotes.asText().startsWith(NOTE_PREFIX)) {
                entry.put("notes", NOTE_PREFIX + report.file() + "：" + leaf.metric().recordsKpi() + " = " + v.numerator() + "/" + v.denominator()
                        + (mean ? "（平均 " + exact + " 小时）" : "（" + exact + " %）")
                        + "，已剔除数据质量问题行 " + report.rowsExcluded() + " / " + report.rows());
            }
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
