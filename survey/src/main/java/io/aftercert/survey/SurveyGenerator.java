package io.aftercert.survey;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Synthetic survey responses for tests, demos and benchmarks: deterministic for a seed, streamed
 * row by row, with faults injected at known rows so tests can check that every one is found.
 * Clean rows never trip a rule by chance: their answers are integers 1–5, no two clean rows share
 * an id, their durations are at least twice the minimum, and a clean row never gives one answer
 * to every question.
 */
public final class SurveyGenerator {
    /**
     * How many faults of each kind were injected.
     *
     * @param rows          data rows written
     * @param range         answers outside 1–5 or not integers
     * @param duplicates    rows repeating an earlier respondent id
     * @param straight      rows answering every question the same
     * @param tooFast       rows completed under the minimum time
     * @param missingId     rows without respondent id
     * @param blanks        answers left blank (missing, not a fault)
     */
    public record Injected(long rows, long range, long duplicates, long straight, long tooFast, long missingId, long blanks) {
    }

    private final Questionnaire q;
    private final long seed;
    private final double faultRate;

    /**
     * @param q         the questionnaire
     * @param seed      the seed: the same seed gives the same file
     * @param faultRate the chance of each fault kind per row (0 for a clean file)
     */
    public SurveyGenerator(Questionnaire q, long seed, double faultRate) {
        if (faultRate < 0 || faultRate > 0.1) throw new IllegalArgumentException("faultRate must lie in [0, 0.1], not " + faultRate);
        this.q = q;
        this.seed = seed;
        this.faultRate = faultRate;
    }

    /** Writes a header and {@code n} rows of CSV. */
    // long by design: one row's columns and its injected faults drawn in a fixed order, which the seed's reproducibility rests on
    public Injected write(long n, Writer out) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int nq = q.questions().size();
        out.write(String.join(",", q.columns()));
        out.write("\r\n");
        long range = 0, dup = 0, straight = 0, fast = 0, missing = 0, blanks = 0;
        LocalDateTime start = LocalDateTime.of(2026, 7, 1, 8, 0);
        double[] dimBias = new double[Dimension.values().length];
        for (int d = 0; d < dimBias.length; d++) dimBias[d] = rnd.nextDouble(-0.6, 0.4);
        StringBuilder sb = new StringBuilder(256);
        int[] answers = new int[nq];
        String lastId = null;
        for (long i = 1; i <= n; i++) {
            sb.setLength(0);
            boolean isDup = i > 10 && rnd.nextDouble() < faultRate;
            boolean isMissing = !isDup && rnd.nextDouble() < faultRate;
            boolean isStraight = rnd.nextDouble() < faultRate;
            boolean isFast = rnd.nextDouble() < faultRate;
            if (isDup && lastId == null) isDup = false;
            if (isMissing) missing++;
            else if (isDup) {
                dup++;
                sb.append(lastId);
            } else {
                lastId = String.format("R%07d", i);
                sb.append(lastId);
            }
            double mood = 3.9 + rnd.nextDouble(-1.2, 1.0);
            int same = 1 + rnd.nextInt(5);
            for (int k = 0; k < nq; k++) {
                answers[k] = isStraight ? same : (int) Math.round(Math.max(1, Math.min(5, mood + (q.questions().get(k).overall() ? 0 : dimBias[q.questions().get(k).dimension().ordinal()]) + rnd.nextDouble(-1.0, 1.0))));
            }
            // a clean row never straight-lines: its first two answers differ and are never blank or faulty
            if (!isStraight && answers[0] == answers[1]) answers[1] = answers[0] == 5 ? 4 : answers[0] + 1;
            if (isStraight) straight++;
            for (int k = 0; k < nq; k++) {
                sb.append(',');
                if (isStraight || k < 2) {
                    sb.append(answers[k]);
                    continue;
                }
                if (rnd.nextDouble() < 0.02) {
                    blanks++;
                    continue;
                }
                if (rnd.nextDouble() < faultRate) {
                    range++;
                    String[] bad = {"6", "0", "4.5", "x", "-1", "55"};
                    sb.append(bad[rnd.nextInt(bad.length)]);
                    continue;
                }
                sb.append(answers[k]);
            }
            sb.append(',').append(start.plusMinutes(rnd.nextLong(60L * 24 * 91)).toString().replace('T', ' '));
            long minimum = q.minDurationSeconds();
            if (isFast) {
                fast++;
                sb.append(',').append(rnd.nextLong(Math.max(1, minimum)));
            } else {
                sb.append(',').append(2 * minimum + rnd.nextLong(Math.max(1, q.maxDurationSeconds() - 2 * minimum)));
            }
            sb.append("\r\n");
            out.append(sb);
        }
        return new Injected(n, range, dup, straight, fast, missing, blanks);
    }
}
