package io.aftercert.records;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aftercert.core.Display;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.text.Units;
import io.aftercert.core.internal.edit.EvidenceEdit;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the metric indicators of a rubric that name a service-record KPI ({@code recordsKpi})
 * with the measured values, leaving everything else in the evidence file as it was (an entry's
 * own notes and attachments too). Values are exact (see {@link #evidenceValue}). The file handling
 * is core's {@link EvidenceEdit}, shared with the survey's fill, which checks the result as an
 * evidence file before it is returned.
 */
public final class EvidenceFill {
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
     * The note a person reads beside the filled value: the figure by the one display rule in the
     * item's own unit (never a fraction), the counts behind it and the rows left out.
     * {@code 服务记录 records.csv：热线接通率（15 秒）为 76.64%（34,102 / 44,492）；共 50,000 行记录，已剔除数据质量有问题的 120 行}
     */
    static String note(KpiReport report, Indicator leaf, KpiReport.KpiValue v, Ratio exact, boolean mean) {
        String unit = Units.in(leaf.metric().unit(), "zh");
        String kpi = leaf.metric().recordsKpi();
        String counts = "satisfaction_index".equals(kpi)
                ? String.format("%,d 份答复", v.denominator()) // its pair is a sum of answers over their count, not a share
                : String.format("%,d / %,d", v.numerator(), v.denominator());
        String figure = mean ? "：平均用时 " + Display.pointsText(exact) + " 小时（" + String.format("%,d", v.denominator()) + " 单）"
                : "为 " + Display.pointsText(exact) + ("%".equals(unit) || unit.isEmpty() ? unit : " " + unit) + "（" + counts + "）";
        return NOTE_PREFIX + report.file() + "：" + KpiDashboard.zhName(kpi) + figure + "；共 " + String.format("%,d", report.rows())
                + " 行记录，已剔除数据质量有问题的 " + String.format("%,d", report.rowsExcluded()) + " 行";
    }

    /**
     * The filled evidence file.
     *
     * @param existing     the evidence file's bytes, or null to start a new one
     * @param evidenceName its name, for problems
     * @param rubric       the rubric (gxdsl244, gxdsl259)
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
            boolean mean = "resolution_simple".equals(leaf.metric().recordsKpi());
            Ratio exact = exact(mean ? v.meanHours() : v.value(), mean ? v.meanHoursExact() : v.valueExact());
            if (exact == null) continue;
            edit.setVerdict(leaf.code(), "value", JsonNodeFactory.instance.numberNode(
                    evidenceValue(exact, leaf.metric().direction() == Direction.AT_LEAST)));
            // the user's own notes (and attachments, never touched) stay; a note this command wrote before is renewed
            String oldNotes = edit.notes(leaf.code());
            if (oldNotes == null || oldNotes.isBlank() || oldNotes.startsWith(NOTE_PREFIX)) {
                edit.setNotes(leaf.code(), note(report, leaf, v, exact, mean));
            }
            codes.add(leaf.code());
        }
        byte[] out = edit.bytes();
        filled.addAll(codes);
        return out;
    }
}
