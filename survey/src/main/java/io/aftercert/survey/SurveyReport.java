package io.aftercert.survey;

import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The survey's figures: per dimension and overall the index (exact), the number of answers and a
 * 95 % confidence interval; per question the same; sample adequacy; data-quality findings.
 *
 * <p>Definitions: answer score = (answer − 1) / 4 × 100, or answer × 20 under {@link Scale#TIMES20}
 * (both readings: T/GXDSL 244 gives no formula); a dimension's index = the mean of the
 * answer scores of all valid answers to its questions; overall = the mean of the six dimension
 * indices (equal weights unless {@link SurveyAccumulator#result(String, Long, Map)} is given others:
 * then Σ w·index / Σ w), null unless every dimension has answers: the project's own method (derived).
 * The overall-satisfaction question is counted in no dimension and reported on its own. Confidence intervals: normal
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
 * @param scale           the 0–100 conversion applied
 * @param otherOverall    the overall index under the other conversion, or null
 * @param overallQuestion the overall-satisfaction question's figure, or null when the questionnaire has none
 * @param period          the year scored ({@code --period}), or null for every row given
 * @param frequency       the quarters with responses, against 004's 每季度至少一次
 * @param maxDurationSeconds the completion time over which a row is flagged (004: 15 minutes)
 */
public record SurveyReport(String file, String questionnaireId, String questionnaireVersion, long rows, long respondents, long valid,
        LocalDate periodFrom, LocalDate periodTo, Map<Dimension, Figure> dimensions, Figure overall, List<QuestionFigure> questions,
        Sample sample, Map<Rule, Long> findingsByRule, List<Finding> findings, int listLimit, long minDurationSeconds,
        Map<Dimension, Ratio> weights, Scale scale, Ratio otherOverall, Figure overallQuestion, Year period, Frequency frequency,
        long maxDurationSeconds) {

    /** Version of the survey report JSON. */
    public static final int SCHEMA_VERSION = 2;
    /** T/GXDSL 244 六: 综合满意度指目标值不低于 85 分（百分制）. */
    public static final int TARGET = 85;
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

        /** The index: mean answer score under {@code scale}; null without answers. */
        Ratio index(Scale scale) {
            return n == 0 ? null : scale.score(mean());
        }

        /** Variance of the mean score (s² / n, scores in points), null with fewer than two answers. */
        Ratio varianceOfMean(Scale scale) {
            return n < 2 ? null : variance().times(scale.varianceFactor()).dividedBy(Ratio.of(n));
        }

        /** The figure with its interval under {@code scale}. */
        Figure figure(Scale scale) {
            return Figure.of(index(scale), n, varianceOfMean(scale));
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
     * @param scale     the 0–100 conversion
     */
    public record QuestionFigure(Question question, long[] histogram, Moments moments, Scale scale) {
        /** The question's index, or null without answers. */
        public Ratio index() {
            return moments.index(scale);
        }

        /** Its figure with interval. */
        public Figure figure() {
            return moments.figure(scale);
        }
    }

    /**
     * What the accumulator counted, before figures.
     *
     * @param rows        data rows read
     * @param respondents distinct respondents (within each file)
     * @param valid       counted respondents with a valid answer
     * @param from        earliest submitted_at day, or null
     * @param to          latest, or null
     * @param period      the year scored, or null
     * @param quarters    rows with a valid answer per quarter submitted ("2026-Q3")
     */
    public record Counts(long rows, long respondents, long valid, LocalDate from, LocalDate to, Year period, Map<String, Long> quarters) {
        public Counts {
            quarters = Map.copyOf(quarters);
        }
    }

    /**
     * 004 ch. 七's recommended frequency, 建议每季度至少一次, over the period.
     *
     * @param quarters the quarters with responses, in order ("2026-Q1")
     * @param required quarters a year needs (4)
     * @param met      every quarter of the year scored has responses; null without {@code --period}
     */
    public record Frequency(List<String> quarters, int required, Boolean met) {
        public Frequency {
            quarters = List.copyOf(quarters);
        }

        static Frequency of(Year period, Map<String, Long> seen) {
            List<String> qs = new java.util.TreeMap<>(seen).keySet().stream().toList();
            if (period == null) return new Frequency(qs, 4, null);
            return new Frequency(qs, 4, qs.size() == 4);
        }

        /** The quarters of the year scored without responses. */
        public List<String> missing(Year period) {
            List<String> m = new ArrayList<>();
            for (int i = 1; i <= 4; i++) if (!quarters.contains(period + "-Q" + i)) m.add(period + "-Q" + i);
            return m;
        }
    }

    /**
     * Sample adequacy per 004 ch. 七 (and 001 ch. 十一): a year's valid responses ≥ 5 % of customers
     * (as the standard counts them: {@code basis}) and ≥ 500.
     *
     * @param customers the number of customers, or null when not given
     * @param minShare  share required
     * @param minCount  count required
     * @param required  responses required (max of both), or null without customers
     * @param valid     valid respondents
     * @param adequate  whether valid ≥ required: true or false over a year; over anything else
     *                  ({@code annual} false) true when already reached, else null (not judged: the rule is annual)
     * @param shortfall responses missing (0 when adequate), or null without customers
     * @param basis     the count of customers the standard names
     * @param annual    whether the responses are one year's ({@code --period})
     */
    public record Sample(Long customers, Ratio minShare, long minCount, Long required, long valid, Boolean adequate, Long shortfall,
            SampleBasis basis, boolean annual) {
        /** A year's sample judged against {@link SampleBasis#TOTAL_CUSTOMERS}. */
        static Sample of(Long customers, Ratio minShare, long minCount, long valid) {
            return of(customers, minShare, minCount, valid, SampleBasis.TOTAL_CUSTOMERS, true);
        }

        static Sample of(Long customers, Ratio minShare, long minCount, long valid, SampleBasis basis, boolean annual) {
            if (customers == null) return new Sample(null, minShare, minCount, null, valid, null, null, basis, annual);
            if (customers < 0) throw new IllegalArgumentException("customers must be ≥ 0, not " + customers);
            Ratio share = minShare.times(Ratio.of(customers));
            long byShare = share.numerator().add(share.denominator()).subtract(java.math.BigInteger.ONE).divide(share.denominator()).longValueExact(); // ceiling
            long required = Math.max(byShare, minCount);
            boolean reached = valid >= required;
            return new Sample(customers, minShare, minCount, required, valid, reached || annual ? reached : null, Math.max(0, required - valid), basis, annual);
        }
    }

    /**
     * What one pass over the responses tallied: the counts, each question's figure, the findings
     * logged, the outliers found (their exact count and the listed ones), the list limit and how to
     * name a duplicate's first row in the whole.
     */
    record Tally(Counts counts, List<QuestionFigure> questions, FindingLog log, long outlierCount, List<Finding> outliers, int limit,
                 java.util.function.UnaryOperator<Finding> firstRow) {
    }

    /** How the tally is scored: the customers served (for the sample), the dimension weights, the 0–100 conversion, the sample's basis. */
    record Scoring(Long customers, Map<Dimension, Ratio> weights, Scale scale, SampleBasis basis) {
    }

    static SurveyReport of(String file, Questionnaire q, Tally t, Scoring s) {
        Counts c = t.counts();
        List<QuestionFigure> questions = t.questions();
        FindingLog log = t.log();
        Map<Dimension, Ratio> weights = s.weights();
        Scale scale = s.scale();
        EnumMap<Dimension, Moments> dm = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) dm.put(d, new Moments(0, 0, 0));
        Figure overallQuestion = null;
        for (QuestionFigure f : questions) {
            if (f.question().overall()) overallQuestion = f.figure();
            else dm.merge(f.question().dimension(), f.moments(), Moments::plus);
        }
        Figure overall = overall(dm, weights, scale);
        Ratio other = overall(dm, weights, scale.other()).index();
        Map<Rule, Long> counts = log.counts();
        counts.put(Rule.OUTLIER, t.outlierCount());
        List<Finding> listed = new ArrayList<>();
        for (Rule r : Rule.values()) listed.addAll(r == Rule.OUTLIER ? t.outliers() : r == Rule.DUPLICATE ? log.listed(r).stream().map(t.firstRow()).toList() : log.listed(r));
        EnumMap<Dimension, Figure> dims = new EnumMap<>(Dimension.class);
        dm.forEach((d, m) -> dims.put(d, m.figure(scale)));
        return new SurveyReport(file, q.id(), q.version(), c.rows(), c.respondents(), c.valid(), c.from(), c.to(), dims, overall, questions,
                Sample.of(s.customers(), q.minShare(), q.minCount(), c.valid(), s.basis(), c.period() != null), counts, listed, t.limit(), q.minDurationSeconds(),
                weights, scale, other, overallQuestion, c.period(), Frequency.of(c.period(), c.quarters()), q.maxDurationSeconds());
    }

    /** Σ w·index / Σ w of the dimensions under {@code scale}, with its interval; null index unless every dimension has answers. */
    private static Figure overall(Map<Dimension, Moments> dm, Map<Dimension, Ratio> weights, Scale scale) {
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
            answers += m.n();
            wSum = wSum.plus(w);
            if (m.n() == 0) complete = false;
            else sum = sum.plus(m.index(scale).times(w));
            if (m.varianceOfMean(scale) == null) varComplete = false;
            else varSum = varSum.plus(m.varianceOfMean(scale).times(w).times(w));
        }
        return complete
                ? Figure.of(sum.dividedBy(wSum), answers, varComplete ? varSum.dividedBy(wSum.times(wSum)) : null)
                : new Figure(null, answers, null, null);
    }

    /** Whether the overall index meets T/GXDSL 244's 85 under {@code index} (null when not computed). */
    public static Boolean meetsTarget(Ratio index) {
        return index == null ? null : index.compareTo(Ratio.of(TARGET)) >= 0;
    }

    /** True when the other 0–100 conversion would turn the verdict against 85 the other way. */
    public boolean otherScaleChangesVerdict() {
        return overall.index() != null && !meetsTarget(overall.index()).equals(meetsTarget(otherOverall));
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
