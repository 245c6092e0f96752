package io.aftercert.survey;

import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where survey responses are checked and counted: {@link #add(Response)} rows,
 * {@link #merge(SurveyAccumulator)} the accumulator of another part of the file, then
 * {@link #result(String, Long)}. Any split of a file into parts, each accumulated and then merged,
 * gives the same figures and findings as accumulating the whole file (duplicates are resolved by
 * row number whatever the order of merging).
 *
 * <p>Memory: per question a histogram of the five answers (the figures are exact functions of it:
 * answers are integers), the findings of the lowest rows up to a limit per rule, and the
 * {@link RespondentIndex} of distinct respondents (about 60 bytes each) for the duplicate rule.
 *
 * <p>Not thread-safe: one accumulator per thread, merged at the end.
 */
public final class SurveyAccumulator {
    /** Findings listed per rule (all are counted). */
    public static final int DEFAULT_LIST_LIMIT = 1000;

    private final Questionnaire q;
    private final int nq;
    private final int limit;
    private final long[] hist;          // [question * 5 + answer - 1]: counted answers
    private final RespondentIndex index = new RespondentIndex();
    private final FindingLog findings;
    private final List<List<Finding>> occurrences = new ArrayList<>(); // per histogram cell: the lowest rows (outlier candidates)
    private final long[] occThreshold;
    private long rows;
    private long valid;
    private LocalDate from;
    private LocalDate to;
    private final Year period;
    private final String file;
    private final java.util.TreeMap<String, Long> quarters = new java.util.TreeMap<>(); // "2026-Q3" → rows submitted then

    /** An accumulator for {@code questionnaire}, listing up to {@link #DEFAULT_LIST_LIMIT} findings per rule. */
    public SurveyAccumulator(Questionnaire questionnaire) {
        this(questionnaire, DEFAULT_LIST_LIMIT);
    }

    /** An accumulator listing up to {@code listLimit} findings per rule. */
    public SurveyAccumulator(Questionnaire questionnaire, int listLimit) {
        this(questionnaire, listLimit, null, null);
    }

    /**
     * An accumulator for one of several files scored together.
     *
     * @param period only rows submitted in this year count (a row outside it is excluded as
     *               {@link Rule#OUT_OF_PERIOD}; a row without a readable date is kept), or null for every row
     * @param file   the file's name when several are merged (duplicates are then looked for within
     *               each file, and findings name their file), or null for one file
     */
    public SurveyAccumulator(Questionnaire questionnaire, int listLimit, Year period, String file) {
        this.period = period;
        this.file = file;
        if (listLimit < 1) throw new IllegalArgumentException("listLimit must be ≥ 1, not " + listLimit);
        this.q = questionnaire;
        this.nq = questionnaire.questions().size();
        this.limit = listLimit;
        this.hist = new long[nq * 5];
        this.findings = new FindingLog(listLimit);
        this.occThreshold = new long[nq * 5];
        for (int i = 0; i < nq * 5; i++) {
            occurrences.add(new ArrayList<>());
            occThreshold[i] = Long.MAX_VALUE;
        }
    }

    /** The questionnaire the rows answer. */
    public Questionnaire questionnaire() {
        return q;
    }

    /** Checks and counts one row. */
    public void add(Response r) {
        if (r.answers().length != nq) throw new IllegalArgumentException("row " + r.row() + ": " + r.answers().length + " answers for " + nq + " questions");
        rows++;
        String who = r.respondentId();
        int[] answers = new int[nq];
        int answered = 0;
        int first = 0;
        boolean same = true;
        for (int i = 0; i < nq; i++) {
            String raw = r.answers()[i];
            if (raw == null) continue;
            int v = likert(raw);
            if (v == 0) {
                note(new Finding(Rule.RANGE, r.row(), who, q.questions().get(i).id(), null, raw, 0, i));
                continue;
            }
            answers[i] = v;
            if (answered++ == 0) first = v;
            else if (v != first) same = false;
        }
        LocalDate day = r.submittedAt() == null ? null : date(r.submittedAt());
        if (day != null && period != null && day.getYear() != period.getValue()) {
            note(new Finding(Rule.OUT_OF_PERIOD, r.row(), who, null, Questionnaire.SUBMITTED, r.submittedAt().strip(), 0, -1));
            return;
        }
        if (r.duration() != null) duration(r, who);
        if (r.submittedAt() != null) {
            if (day == null) {
                note(new Finding(Rule.FORMAT, r.row(), who, null, Questionnaire.SUBMITTED, r.submittedAt(), 0, -1));
            } else {
                if (from == null || day.isBefore(from)) from = day;
                if (to == null || day.isAfter(to)) to = day;
                if (answered > 0 && who != null) quarters.merge(day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3), 1L, Long::sum);
            }
        }
        if (same && answered >= q.straightLiningMinAnswers()) {
            note(new Finding(Rule.STRAIGHT_LINING, r.row(), who, null, null, Integer.toString(first), 0, -1));
        }
        if (answered == 0) note(new Finding(Rule.NO_ANSWERS, r.row(), who, null, null, null, 0, -1));
        if (who == null) {
            note(new Finding(Rule.MISSING_ID, r.row(), null, null, null, null, 0, -1));
            return;
        }
        byte[] id = key(file, who);
        long h = RespondentIndex.hash(id);
        long lo = RespondentIndex.packLo(answers);
        long hi = RespondentIndex.packHi(answers);
        int e = index.find(id, h);
        if (e < 0) {
            index.insert(id, h, r.row(), lo, hi);
            count(r.row(), who, lo, hi, +1);
        } else if (index.row(e) < r.row()) {
            note(new Finding(Rule.DUPLICATE, r.row(), who, null, null, null, index.row(e), -1));
        } else { // rows added out of order: the earlier row wins
            note(new Finding(Rule.DUPLICATE, index.row(e), who, null, null, null, r.row(), -1));
            count(index.row(e), who, index.lo(e), index.hi(e), -1);
            index.set(e, r.row(), lo, hi);
            count(r.row(), who, lo, hi, +1);
        }
    }

    /** Checks a completion time: unreadable, faster than the minimum, or slower than 004's 15 minutes. */
    private void duration(Response r, String who) {
        BigDecimal d = decimal(r.duration());
        if (d == null || d.signum() < 0) {
            note(new Finding(Rule.FORMAT, r.row(), who, null, Questionnaire.DURATION, r.duration(), 0, -1));
        } else if (d.compareTo(BigDecimal.valueOf(q.minDurationSeconds())) < 0) {
            note(new Finding(Rule.TOO_FAST, r.row(), who, null, null, d.stripTrailingZeros().toPlainString(), 0, -1));
        } else if (d.compareTo(BigDecimal.valueOf(q.maxDurationSeconds())) > 0) {
            note(new Finding(Rule.TOO_SLOW, r.row(), who, null, null, d.stripTrailingZeros().toPlainString(), 0, -1));
        }
    }

    private void note(Finding f) {
        findings.add(f.inFile(file));
    }

    /** The duplicate rule's key: the respondent id, within its file when several are merged. */
    private static byte[] key(String file, String who) {
        return (file == null ? who : file + '\u0000' + who).getBytes(StandardCharsets.UTF_8);
    }

    /** The respondent id of a key. */
    private static String who(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }

    /** Adds ({@code sign} +1) or takes back (-1) a counted row. */
    private void count(long row, String who, long lo, long hi, int sign) {
        boolean any = false;
        for (int i = 0; i < nq; i++) {
            int v = RespondentIndex.answer(lo, hi, i);
            if (v == 0) continue;
            any = true;
            int cell = i * 5 + v - 1;
            hist[cell] += sign;
            List<Finding> occ = occurrences.get(cell);
            if (sign > 0) {
                if (row <= occThreshold[cell]) {
                    occ.add(new Finding(Rule.OUTLIER, row, who, q.questions().get(i).id(), null, Integer.toString(v), 0, i, file));
                    if (occ.size() >= 2 * limit) trimOccurrences(cell);
                }
            } else {
                occ.removeIf(f -> f.row() == row && java.util.Objects.equals(f.file(), file));
            }
        }
        if (any) valid += sign;
    }

    private void trimOccurrences(int cell) {
        List<Finding> occ = occurrences.get(cell);
        occ.sort(Finding.BY_ROW);
        occ.subList(limit, occ.size()).clear();
        occThreshold[cell] = occ.get(occ.size() - 1).row();
    }

    /**
     * Adds the rows of another accumulator (another part of the same file, rows numbered in the
     * same file). {@code other} is not changed.
     */
    public void merge(SurveyAccumulator other) {
        if (!other.q.equals(q)) throw new IllegalArgumentException("cannot merge accumulators of different questionnaires");
        if (!java.util.Objects.equals(other.period, period)) throw new IllegalArgumentException("cannot merge accumulators of different periods");
        other.quarters.forEach((k, v) -> quarters.merge(k, v, Long::sum));
        rows += other.rows;
        valid += other.valid;
        for (int i = 0; i < hist.length; i++) {
            hist[i] += other.hist[i];
            List<Finding> occ = occurrences.get(i);
            occ.addAll(other.occurrences.get(i));
            occThreshold[i] = Math.min(occThreshold[i], other.occThreshold[i]);
            if (occ.size() >= 2 * limit) trimOccurrences(i); // the same bound as count(): the lowest rows are kept either way
        }
        findings.merge(other.findings);
        if (other.from != null && (from == null || other.from.isBefore(from))) from = other.from;
        if (other.to != null && (to == null || other.to.isAfter(to))) to = other.to;
        for (int o = 0; o < other.index.size(); o++) {
            byte[] id = other.index.idBytes(o);
            long h = other.index.hashOf(o);
            int e = index.find(id, h);
            long orow = other.index.row(o);
            if (e < 0) {
                index.insert(id, h, orow, other.index.lo(o), other.index.hi(o));
                continue;
            }
            String who = who(index.id(e));
            if (index.row(e) < orow) {
                note(new Finding(Rule.DUPLICATE, orow, who, null, null, null, index.row(e), -1));
                count(orow, who, other.index.lo(o), other.index.hi(o), -1);
            } else {
                note(new Finding(Rule.DUPLICATE, index.row(e), who, null, null, null, orow, -1));
                count(index.row(e), who, index.lo(e), index.hi(e), -1);
                index.set(e, orow, other.index.lo(o), other.index.hi(o));
            }
        }
    }

    /** The figures so far, for {@code file}, with sample adequacy when {@code customers} is given; equal weights. */
    public SurveyReport result(String file, Long customers) {
        return result(file, customers, equalWeights());
    }

    /** Every dimension weight 1. */
    public static Map<Dimension, Ratio> equalWeights() {
        EnumMap<Dimension, Ratio> w = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) w.put(d, Ratio.ONE);
        return w;
    }

    /**
     * The figures so far, the overall index weighting the dimensions by {@code weights} (every
     * dimension, each ≥ 0, not all 0; only their proportions matter).
     */
    public SurveyReport result(String file, Long customers, Map<Dimension, Ratio> weights) {
        return result(file, customers, weights, Scale.LINEAR, SampleBasis.TOTAL_CUSTOMERS);
    }

    /**
     * The figures so far under {@code scale}, the sample judged against the count of customers
     * {@code basis} names ({@code customers} is that count, or null).
     */
    public SurveyReport result(String file, Long customers, Map<Dimension, Ratio> weights, Scale scale, SampleBasis basis) {
        Ratio total = Ratio.ZERO;
        for (Dimension d : Dimension.values()) {
            Ratio w = weights.get(d);
            if (w == null) throw new IllegalArgumentException("weight of dimension " + d.id() + " is missing");
            if (w.signum() < 0) throw new IllegalArgumentException("weight of dimension " + d.id() + " must be ≥ 0, not " + w);
            total = total.plus(w);
        }
        if (total.isZero()) throw new IllegalArgumentException("the dimension weights are all 0");
        List<SurveyReport.QuestionFigure> questions = new ArrayList<>();
        List<Finding> outliers = new ArrayList<>();
        long outlierCount = 0;
        for (int i = 0; i < nq; i++) {
            long[] h = new long[5];
            System.arraycopy(hist, i * 5, h, 0, 5);
            SurveyReport.Moments m = SurveyReport.Moments.of(h);
            questions.add(new SurveyReport.QuestionFigure(q.questions().get(i), h, m, scale));
            if (m.n() < 2) continue;
            // |z| > 3  ⇔  (v − mean)² > 9 · variance  (sample variance, exact)
            Ratio var = m.variance();
            for (int v = 1; v <= 5; v++) { // an answer nobody gave adds 0 and lists no occurrence
                Ratio dev = Ratio.of(v - 1).minus(m.mean());
                if (dev.times(dev).compareTo(var.times(9)) > 0) {
                    outlierCount += h[v - 1];
                    outliers.addAll(occurrences.get(i * 5 + v - 1));
                }
            }
        }
        outliers.sort(Finding.BY_ROW);
        if (outliers.size() > limit) outliers = new ArrayList<>(outliers.subList(0, limit));
        // a part saw only its own first row of a respondent: name the row that counts in the whole
        java.util.function.UnaryOperator<Finding> firstRow = f -> {
            byte[] id = key(f.file(), f.respondent());
            int e = index.find(id, RespondentIndex.hash(id));
            return new Finding(f.rule(), f.row(), f.respondent(), f.question(), f.field(), f.value(), index.row(e), f.order(), f.file());
        };
        SurveyReport.Counts counts = new SurveyReport.Counts(rows, index.size(), valid, from, to, period, quarters);
        return SurveyReport.of(file, q, new SurveyReport.Tally(counts, questions, findings, outlierCount, outliers, limit, firstRow),
                new SurveyReport.Scoring(customers, weights, scale, basis));
    }

    /** A Likert answer 1–5, or 0 when the text is not an integer in range ("4.0" is 4). */
    static int likert(String raw) {
        if (raw.length() == 1) {
            char c = raw.charAt(0);
            return c >= '1' && c <= '5' ? c - '0' : 0;
        }
        BigDecimal d = decimal(raw);
        if (d == null) return 0;
        try {
            int v = d.intValueExact();
            return v >= 1 && v <= 5 ? v : 0;
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    private static BigDecimal decimal(String raw) {
        if (raw.length() > 40) return null;
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The calendar day of a submitted_at value as written (ISO date or date-time, 'T' or space, optional offset), or null. */
    static LocalDate date(String raw) {
        String s = raw.strip();
        if (s.length() > 40) return null;
        try {
            if (s.length() == 10) return LocalDate.parse(s);
            String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            try {
                return LocalDateTime.parse(t).toLocalDate();
            } catch (DateTimeParseException e) {
                return OffsetDateTime.parse(t).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
