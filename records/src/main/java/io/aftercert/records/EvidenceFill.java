package io.aftercert.records;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aftercert.core.json.EvidenceEdit;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the metric indicators of a rubric that name a service-record KPI ({@code recordsKpi})
 * with the measured values, leaving everything else in the evidence file as it was. The result
 * is checked as an evidence file before it is returned. The file handling is core's
 * {@link EvidenceEdit}, shared with the survey's fill.
 */
public final class EvidenceFill {
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
        EvidenceEdit edit = EvidenceEdit.open(existing, evidenceName, rubric);
        List<String> codes = new ArrayList<>();
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.metric() == null || leaf.metric().recordsKpi() == null) continue;
            KpiReport.KpiValue v = report.kpis().get(leaf.metric().recordsKpi());
            if (v == null || v.denominator() == 0) continue;
            BigDecimal value = "resolution_simple".equals(leaf.metric().recordsKpi()) ? v.meanHours() : v.value();
            if (value == null) continue;
            edit.setVerdict(leaf.code(), "value", JsonNodeFactory.instance.numberNode(
                    value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros()));
            edit.setNotes(leaf.code(), "服务记录 " + report.file() + "：" + leaf.metric().recordsKpi() + " = " + v.numerator() + "/" + v.denominator()
                    + ("resolution_simple".equals(leaf.metric().recordsKpi()) ? "（平均 " + v.meanHours() + " 小时）" : "")
                    + "，已剔除数据质量问题行 " + report.rowsExcluded() + " / " + report.rows());
            codes.add(leaf.code());
        }
        byte[] out = edit.bytes();
        filled.addAll(codes);
        return out;
    }
}
