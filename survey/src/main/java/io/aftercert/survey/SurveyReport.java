package io.aftercert.survey;

import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The survey's figures: per dimension and overall the index (exact), the number of answers and a
 * 95 % confidence interval; per question the same; sample adequacy; data-quality findings.
 *
 * <p>Definitions: answer score = (answer − 1) / 4 × 100; a dimension's index = the mean of the
 * answer scores of all valid answers to its questions; overall = the mean of the six dimension
 * indices (equal weights unless {@link SurveyAccumulator#result(String, Long, Map)} is given others:
 * then Σ w·index / Σ w), null unless every dimension has answers. Confidence intervals: normal
 * approximation, mean ± 1.96 × s / √n with the sample standard deviation of the answer scores,
 * answers treated as independent (the overall interval combines the six dimensions as
 * independent), kept within [0, 100]; null with fewer than two answers.
 *
 * @param file            the responses file
 * @param questionnaireId the instrument's id
 * @param questionnaireVersion its version
 * @param rows            data rows read
 * @param respondents     distinct respondent ids
 * @param valid           distinct respondents whose counted row has at least one valid answer
 * @param periodFrom      the earliest submitted_at day, or null
 * @param periodTo        the latest submitted_at day, or null
 * @param dimensions      per dimension, in the order of {@link Dimension}
 * @param overall         the overall index
 * @param questions       per question, in questionnaire order
 * @param sample          sample adequacy
 * @param findingsByRule  exact count per rule
 * @param findings        listed findings: per rule the lowest rows up to {@code listLimit}, by rule then row
 * @param listLimit       findings listed per rule at most
 * @param minDurationSeconds the minimum completion time applied
 * @param weights         the dimension weights of the overall index (all 1 = equal)
 */
public record SurveyReport(String file, String questionnaireId, String questionnaireVersion, long rows, long respondents, long valid,
        LocalDate periodFrom, LocalDate periodTo, Map<Dimension, Figure> dimensions, Figure overall, List<QuestionFigure> questions,
        Sample sample, Map<Rule, Long> findingsByRule, List<Finding> findings, int listLimit, long minDurationSeconds,
        Map<Dimension, Ratio> weights) {

    /** Version of the survey report JSON. */
    public static final int SCHEMA_VERSION = 1;
    /** z for a two-sided 95 % interval. */
    static final BigDecimal Z95 = new BigDecimal("1.96");
    private static final MathContext MC = new MathContext(34);

    public SurveyReport {
        dimensions = Map.copyOf(dimensions);
        questions = List.copyOf(questions);
        findingsByRule = Map.copyOf(findingsByRule);
        findings = List.copyOf(findings);
        weights = Map.copyOf(weights);
        if (valid > respondents || respondents > rows) throw new IllegalArgumentException("valid ≤ respondents ≤ rows must hold: " + valid + ", " + respondents + ", " + rows);
    }

    /** Counts of the answers 1–5 summarised: n, Σ(a − 1), Σ(a − 1)². */
    public record Moments(long n, long s1, long s2) {
        static Moments of(long[] hist) {
            long n = 0;
            long s1 = 0;
            long s2 = 0;
            for (int v = 1; v <= 5; v++) {
                n += hist[v - 1];
                s1 += hist[v - 1] * (v - 1);
                s2 += hist[v - 1] * (long) (v - 1) * (v - 1);
            }
            return new Moments(n, s1, s2);
        }

        Moments plus(Moments o) {
            return new Moments(n + o.n, s1 + o.s1, s2 + o.s2);
        }

        /** Mean of (a − 1); n must be positive. */
        Ratio mean() {
            return Ratio.of(s1, n);
        }

        /** Sample variance of (a − 1); n must be at least 2. */
        Ratio variance() {
            return Ratio.of(s2).minus(Ratio.of(s1).times(Ratio.of(s1, n))).dividedBy(Ratio.of(n - 1));
        }

        /** The index: mean answer score, (a − 1) × 25; null without answers. */
        Ratio index() {
            return n == 0 ? null : mean().times(25);
        }

        /** Variance of the mean score (s² / n, scores in points), null with fewer than two answers. */
        Ratio varianceOfMean() {
            return n < 2 ? null : variance().times(625).dividedBy(Ratio.of(n));
        }
    }

    /**
     * An index with its support.
     *
     * @param index   exact index 0–100, or null without answers
     * @param answers valid answers counted
     * @param ciLow   lower bound of the 95 % interval, or null
     * @param ciHigh  upper bound, or null
     */
    public record Figure(Ratio index, long answers, BigDecimal ciLow, BigDecimal ciHigh) {
        static Figure of(Ratio index, long answers, Ratio varianceOfMean) {
            if (index == null || varianceOfMean == null) return new Figure(index, answers, null, null);
            BigDecimal se = varianceOfMean.toBigDecimal(34, RoundingMode.HALF_EVEN).sqrt(MC);
            BigDecimal half = se.multiply(Z95, MC);
            BigDecimal mid = index.toBigDecimal(34, RoundingMode.HALF_EVEN);
            BigDecimal lo = mid.subtract(half).max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
            BigDecimal hi = mid.add(half).max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
            return new Figure(index, answers, round(lo), round(hi));
        }

        private static BigDecimal round(BigDecimal d) {
            BigDecimal r = d.setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros();
            return r.scale() < 0 ? r.setScale(0) : r;
        }
    }

    /**
     * One question's figures.
     *
     * @param question  the question
     * @param histogram counted answers 1–5
     * @param moments   their summary
     */
    public record QuestionFigure(Question question, long[] histogram, Moments moments) {
        /** The question's index, or null without answers. */
        public Ratio index() {
            return moments.index();
        }

        /** Its figure with interval. */
        public Figure figure() {
            return Figure.of(moments.index(), moments.n(), moments.varianceOfMean());
        }
    }

    /**
     * Sample adequacy per 004 ch. 七 (and 001 ch. 十一): valid responses ≥ 5 % of customers and ≥ 500.
     *
     * @param customers the number of customers, or null when not given
     * @param minShare  share required
     * @param minCount  count required
     * @param required  responses required (max of both), or null without customers
     * @param valid     valid respondents
     * @param adequate  whether valid ≥ required, or null without customers
     * @param shortfall responses missing (0 when adequate), or null without customers
     */
    public record Sample(Long customers, Ratio minShare, long minCount, Long required, long valid, Boolean adequate, Long shortfall) {
        static Sample of(Long customers, Ratio minShare, long minCount, long valid) {
            if (customers == null) return new Sample(null, minShare, minCount, null, valid, null, null);
            if (customers < 0) throw new IllegalArgumentException("customers must be ≥ 0, not " + customers);
            Ratio share = minShare.times(Ratio.of(customers));
            long byShare = share.numerator().add(share.denominator()).subtract(java.math.BigInteger.ONE).divide(share.denominator()).longValueExact(); // ceiling
            long required = Math.max(byShare, minCount);
            return new Sample(customers, minShare, minCount, required, valid, valid >= required, Math.max(0, required - valid));
        }
    }

    static SurveyReport of(String file, Questionnaire q, long rows, long respondents, long valid, LocalDate from, LocalDate to,
            List<QuestionFigure> questions, FindingLog log, long outlierCount, List<Finding> outliers, Long customers, int limit,
            java.util.function.UnaryOperator<Finding> firstRow, Map<Dimension, Ratio> weights) {
        EnumMap<Dimension, Moments> dm = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) dm.put(d, new Moments(0, 0, 0));
        for (QuestionFigure f : questions) dm.merge(f.question().dimension(), f.moments(), Moments::plus);
        EnumMap<Dimension, Figure> dims = new EnumMap<>(Dimension.class);
        // overall = Σ w·index / Σ w (equal weights unless given); variance of that mean = Σ w²·var / (Σ w)²
        Ratio sum = Ratio.ZERO;
        Ratio varSum = Ratio.ZERO;
        Ratio wSum = Ratio.ZERO;
        boolean complete = true;
        boolean varComplete = true;
        long answers = 0;
        for (var e : dm.entrySet()) {
            Moments m = e.getValue();
            Ratio w = weights.get(e.getKey());
            dims.put(e.getKey(), Figure.of(m.index(), m.n(), m.varianceOfMean()));
            answers += m.n();
            wSum = wSum.plus(w);
            if (m.n() == 0) complete = false;
            else sum = sum.plus(m.index().times(w));
            if (m.varianceOfMean() == null) varComplete = false;
            else varSum = varSum.plus(m.varianceOfMean().times(w).times(w));
        }
        Figure overall = complete
                ? Figure.of(sum.dividedBy(wSum), answers, varComplete ? varSum.dividedBy(wSum.times(wSum)) : null)
                : new Figure(null, answers, null, null);
        Map<Rule, Long> counts = log.counts();
        counts.put(Rule.OUTLIER, outlierCount);
        List<Finding> listed = new ArrayList<>();
        for (Rule r : Rule.values()) listed.addAll(r == Rule.OUTLIER ? outliers : r == Rule.DUPLICATE ? log.listed(r).stream().map(firstRow).toList() : log.listed(r));
        return new SurveyReport(file, q.id(), q.version(), rows, respondents, valid, from, to, dims, overall, questions,
                Sample.of(customers, q.minShare(), q.minCount(), valid), counts, listed, limit, q.minDurationSeconds(), weights);
    }

    /** Questions with answers, weakest (lowest index) first, ties by questionnaire order. */
    public List<QuestionFigure> weakest(int n) {
        return questions.stream().filter(f -> f.moments().n() > 0)
                .sorted(Comparator.comparing(QuestionFigure::index)).limit(n).toList();
    }

    /** True when some findings were counted but not listed. */
    public boolean findingsTruncated() {
        long total = findingsByRule.values().stream().mapToLong(Long::longValue).sum();
        return total > findings.size();
    }
}
