package io.aftercert.survey;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.edit.EvidenceEdit;
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
 * <li>{@code gxdsl259}: 9.5 顾客满意度 gets the overall index; 11.3 (share of 活跃顾客数) and 11.4
 * (valid responses) get the year's figures when the responses are one year's ({@code --period})
 * and the customers are given, else only the facts; 11.1 (定期开展顾客满意度调查) gets the facts,
 * its verdict not decided.</li>
 * </ul>
 */
public final class SurveyEvidence {
    /** Start of the paragraph the survey owns in an indicator's notes. */
    public static final String MARK = "【顾客感知调查】";
    /** Rubrics the survey can fill. */
    public static final List<String> RUBRICS = List.of("gxdsl244", "gxdsl259", "gbt27922");
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
            throw new InvalidInputException(new Problem(file, null, null, "the survey fills rubrics " + String.join(", ", RUBRICS) + ", not " + rubric.id()));
        }
        EvidenceEdit edit = EvidenceEdit.open(existing, file, rubric);
        List<String> codes = new ArrayList<>();
        String facts = facts(r);
        if (rubric.id().equals("gbt27922")) {
            if (has(rubric, GBT_CODE)) {
                edit.setNotes(GBT_CODE, withParagraph(edit.notes(GBT_CODE), facts));
                codes.add(GBT_CODE);
            }
        } else if (rubric.id().equals("gxdsl259")) {
            fill259(edit, rubric, r, facts, codes);
        } else {
            if (r.overall().index() != null && has(rubric, OVERALL_CODE)) {
                edit.setVerdict(OVERALL_CODE, "value", JsonNodeFactory.instance.numberNode(decimal(r.overall().index(), RoundingMode.HALF_EVEN)));
                edit.setNotes(OVERALL_CODE, withParagraph(edit.notes(OVERALL_CODE), facts));
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
                Ratio index = r.scale().score(Ratio.of(s1, n));
                Ratio credit = index.dividedBy(Ratio.HUNDRED);
                String ids = e.getValue().stream().map(f -> f.question().id()).collect(Collectors.joining("、"));
                edit.setVerdict(e.getKey(), "credit", JsonNodeFactory.instance.numberNode(decimal(credit, RoundingMode.DOWN)));
                edit.setNotes(e.getKey(), withParagraph(edit.notes(e.getKey()),
                        "题目 " + ids + " 的平均得分 " + display(index) + " 分（" + n + " 个有效回答），折算为得分率 " + io.aftercert.core.Display.creditText(credit)
                                + "（题目与本指标的对应为本项目自定，derived）。" + facts));
                codes.add(e.getKey());
            }
        }
        byte[] out = edit.bytes();
        filled.addAll(codes);
        return out;
    }

    /** gxdsl259: 9.5 the overall index; 11.3 and 11.4 a year's sample; 11.1 the facts. */
    private static void fill259(EvidenceEdit edit, Rubric rubric, SurveyReport r, String facts, List<String> codes) {
        if (r.overall().index() != null && has(rubric, "9.5")) {
            edit.setVerdict("9.5", "value", JsonNodeFactory.instance.numberNode(decimal(r.overall().index(), RoundingMode.DOWN)));
            edit.setNotes("9.5", withParagraph(edit.notes("9.5"), facts));
            codes.add("9.5");
        }
        SurveyReport.Sample s = r.sample();
        boolean year = s.annual() && s.customers() != null && s.customers() > 0;
        if (year && has(rubric, "11.3")) {
            Ratio share = Ratio.of(s.valid() * 100, s.customers());
            edit.setVerdict("11.3", "value", JsonNodeFactory.instance.numberNode(decimal(share, RoundingMode.DOWN)));
            edit.setNotes("11.3", withParagraph(edit.notes("11.3"), "有效样本 " + s.valid() + " 份 ÷ " + s.basis().label("zh") + " " + s.customers()
                    + " = " + display(share) + "%。" + facts));
            codes.add("11.3");
        }
        if (s.annual() && has(rubric, "11.4")) {
            edit.setVerdict("11.4", "value", JsonNodeFactory.instance.numberNode(s.valid()));
            edit.setNotes("11.4", withParagraph(edit.notes("11.4"), facts));
            codes.add("11.4");
        }
        for (String code : List.of("11.1", "11.3", "11.4")) {
            if (!has(rubric, code) || codes.contains(code)) continue;
            edit.setNotes(code, withParagraph(edit.notes(code), unfilled(code, s) + facts));
            codes.add(code);
        }
        codes.sort(java.util.Comparator.comparing((String c) -> Integer.parseInt(c.substring(0, c.indexOf('.'))))
                .thenComparing(c -> Integer.parseInt(c.substring(c.indexOf('.') + 1))));
    }

    /** Why the survey gives no value to a gxdsl259 sample item ("" for 11.1, which takes none). */
    private static String unfilled(String code, SurveyReport.Sample s) {
        if (code.equals("11.1")) return "";
        if (!s.annual()) return "未给出 --period 年份：所给回答不是一个年度的全部回答，而样本量要求按年度判定，故未填写数值。";
        return "未给出活跃顾客数（--customers），无法计算比例，故未填写数值。";
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
        if (r.period() != null) sb.append("，评价年度 ").append(r.period());
        if (r.periodFrom() != null) sb.append("，调查期间 ").append(r.periodFrom()).append(" 至 ").append(r.periodTo());
        if (!r.frequency().quarters().isEmpty()) sb.append("，有回答的季度 ").append(String.join("、", r.frequency().quarters()));
        if (Boolean.FALSE.equals(r.frequency().met())) sb.append("（未做到每季度至少一次，缺 ").append(String.join("、", r.frequency().missing(r.period()))).append("）");
        sb.append("；有效样本 ").append(r.valid()).append(" 份（受访者 ").append(r.respondents()).append("，数据行 ").append(r.rows()).append("）");
        SurveyReport.Sample s = r.sample();
        if (s.customers() != null) {
            sb.append("，").append(s.basis().label("zh")).append(" ").append(s.customers()).append("（").append(s.basis().source("zh")).append("），要求不少于 ")
                    .append(s.required()).append(" 份（5% 且不少于 ").append(s.minCount()).append(" 份）").append(sampleVerdict(s));
        }
        sb.append("；综合感知指数 ").append(r.overall().index() == null ? "无法计算（有维度没有有效回答）" : display(r.overall().index()) + " 分");

        if (r.overall().ciLow() != null) sb.append("（95% 置信区间 ").append(r.overall().ciLow().setScale(1, RoundingMode.HALF_EVEN)).append("–").append(r.overall().ciHigh().setScale(1, RoundingMode.HALF_EVEN)).append("）");
        if (r.overall().index() != null) sb.append("（百分制换算 ").append(r.scale().formula()).append("，为本项目的解读；六个维度平均为本项目的计算方法）");
        if (r.overallQuestion() != null && r.overallQuestion().index() != null) sb.append("；总体满意度题 ").append(display(r.overallQuestion().index())).append(" 分");
        sb.append("；各维度：");
        sb.append(r.dimensions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label("zh") + " " + (e.getValue().index() == null ? "—" : display(e.getValue().index())))
                .collect(Collectors.joining("、")));
        sb.append("。");
        return sb.toString();
    }

    private static String sampleVerdict(SurveyReport.Sample s) {
        if (Boolean.TRUE.equals(s.adequate())) return "，样本量达到要求";
        if (s.annual()) return "，样本量不足，尚差 " + s.shortfall() + " 份";
        return "，样本量要求按年度判定，所给回答尚差 " + s.shortfall() + " 份";
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
