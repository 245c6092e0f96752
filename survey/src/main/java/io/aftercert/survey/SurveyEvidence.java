package io.aftercert.survey;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.json.EvidenceEdit;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts the survey's figures into an evidence file, changing nothing else in it (the file plumbing
 * is core's {@link EvidenceEdit}, shared with the service-records fill):
 * <ul>
 * <li>{@code gxdsl244}: C2.1 综合满意度指数 gets the overall index as its measured value; C2.2
 * 各接触点满意度, C2.3 服务人员满意度 and C2.4 问题解决满意度 get as credit the mean answer score
 * (÷ 100) of the questions the questionnaire tags with them (that tagging is the project's own:
 * derived, and the note says so). Each filled indicator's notes keep what was there; one
 * paragraph starting with {@link #MARK} is added or replaced.</li>
 * <li>{@code gbt27922}: the survey's facts (period, sample, index) become that paragraph in the
 * notes of 5.3.1.4 (定期进行顾客满意度调查); its verdict is not decided (an entry without one gets
 * the not-assessed placeholder).</li>
 * </ul>
 */
public final class SurveyEvidence {
    /** Start of the paragraph the survey owns in an indicator's notes. */
    public static final String MARK = "【顾客感知调查】";
    /** Rubrics the survey can fill. */
    public static final List<String> RUBRICS = List.of("gxdsl244", "gbt27922");
    private static final String GBT_CODE = "5.3.1.4";
    private static final String OVERALL_CODE = "C2.1";

    private SurveyEvidence() {
    }

    /**
     * The evidence file with the survey's figures filled in.
     *
     * @param existing the evidence file's bytes, or null to start a new one
     * @param file     its name, for problems
     * @param rubric   gxdsl244 or gbt27922
     * @param r        the survey report
     * @param q        the questionnaire it answers
     * @param filled   receives the indicator codes changed
     */
    public static byte[] fill(byte[] existing, String file, Rubric rubric, SurveyReport r, Questionnaire q, List<String> filled) {
        if (!RUBRICS.contains(rubric.id())) {
            throw new InvalidInputException(new Problem(file, null, null, "the survey fills rubrics " + String.join(" and ", RUBRICS) + ", not " + rubric.id()));
        }
        EvidenceEdit edit = EvidenceEdit.open(existing, file, rubric);
        List<String> codes = new ArrayList<>();
        String facts = facts(r);
        if (rubric.id().equals("gbt27922")) {
            if (has(rubric, GBT_CODE)) {
                edit.setNotes(GBT_CODE, withParagraph(edit.notes(GBT_CODE), facts));
                codes.add(GBT_CODE);
            }
        } else {
            if (r.overall().index() != null && has(rubric, OVERALL_CODE)) {
                edit.setVerdict(OVERALL_CODE, "value", JsonNodeFactory.instance.numberNode(decimal(r.overall().index(), RoundingMode.HALF_EVEN)));
                edit.setNotes(OVERALL_CODE, withParagraph(edit.notes(OVERALL_CODE), facts + exactNote(r.overall().index())));
                codes.add(OVERALL_CODE);
            }
            Map<String, List<SurveyReport.QuestionFigure>> tagged = r.questions().stream().filter(f -> f.question().gxdsl244() != null)
                    .collect(Collectors.groupingBy(f -> f.question().gxdsl244(), java.util.TreeMap::new, Collectors.toList()));
            for (var e : tagged.entrySet()) {
                long n = 0;
                long s1 = 0;
                for (SurveyReport.QuestionFigure f : e.getValue()) {
                    n += f.moments().n();
                    s1 += f.moments().s1();
                }
                if (n == 0 || !has(rubric, e.getKey())) continue;
                Ratio index = Ratio.of(s1 * 25, n);
                Ratio credit = index.dividedBy(Ratio.HUNDRED);
                String ids = e.getValue().stream().map(f -> f.question().id()).collect(Collectors.joining("、"));
                edit.setVerdict(e.getKey(), "credit", JsonNodeFactory.instance.numberNode(decimal(credit, RoundingMode.DOWN)));
                edit.setNotes(e.getKey(), withParagraph(edit.notes(e.getKey()),
                        "题目 " + ids + " 的平均得分 " + display(index) + " 分（" + n + " 个有效回答），折算为得分率 " + credit
                                + "（题目与本指标的对应为本项目自定，derived）。" + facts));
                codes.add(e.getKey());
            }
        }
        byte[] out = edit.bytes();
        filled.addAll(codes);
        return out;
    }

    private static boolean has(Rubric rubric, String code) {
        for (Indicator leaf : rubric.leaves()) if (leaf.code().equals(code)) return true;
        return false;
    }

    /** The notes with the survey's paragraph added, or replacing the one a previous run added. */
    static String withParagraph(String notes, String paragraph) {
        StringBuilder sb = new StringBuilder();
        if (notes != null) {
            for (String line : notes.split("\n", -1)) {
                if (line.startsWith(MARK)) continue;
                if (sb.length() > 0) sb.append('\n');
                sb.append(line);
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n') sb.setLength(sb.length() - 1);
        if (sb.length() > 0) sb.append('\n');
        return sb.append(MARK).append(paragraph).toString();
    }

    /** The survey's facts in one line (Chinese, like the rest of an evidence file's notes). */
    static String facts(SurveyReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("调查文件 ").append(r.file());
        if (r.periodFrom() != null) sb.append("，调查期间 ").append(r.periodFrom()).append(" 至 ").append(r.periodTo());
        sb.append("；有效样本 ").append(r.valid()).append(" 份（受访者 ").append(r.respondents()).append("，数据行 ").append(r.rows()).append("）");
        SurveyReport.Sample s = r.sample();
        if (s.customers() != null) {
            sb.append("，顾客总数 ").append(s.customers()).append("，要求不少于 ").append(s.required()).append(" 份（5% 且不少于 ").append(s.minCount()).append(" 份）")
                    .append(Boolean.TRUE.equals(s.adequate()) ? "，样本量达到要求" : "，样本量不足，尚差 " + s.shortfall() + " 份");
        }
        sb.append("；综合感知指数 ").append(r.overall().index() == null ? "无法计算（有维度没有有效回答）" : display(r.overall().index()) + " 分");
        if (r.overall().ciLow() != null) sb.append("（95% 置信区间 ").append(r.overall().ciLow().setScale(1, RoundingMode.HALF_EVEN)).append("–").append(r.overall().ciHigh().setScale(1, RoundingMode.HALF_EVEN)).append("）");
        sb.append("；各维度：");
        sb.append(r.dimensions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label("zh") + " " + (e.getValue().index() == null ? "—" : display(e.getValue().index())))
                .collect(Collectors.joining("、")));
        sb.append("。");
        return sb.toString();
    }

    private static String exactNote(Ratio index) {
        return index.isTerminating() ? "" : "精确值 " + index.numerator() + "/" + index.denominator() + "。";
    }

    /** Two decimals, truncated (a displayed index never overstates). */
    static String display(Ratio r) {
        return r.truncate(2).toPlainString();
    }

    /** An evidence number: exact when it terminates, else 12 decimals. */
    private static BigDecimal decimal(Ratio r, RoundingMode mode) {
        return Ratio.of(r.toBigDecimal(12, mode)).toBigDecimalExact(); // exact when the value has ≤ 12 decimals; no trailing zeros
    }
}
