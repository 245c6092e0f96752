package io.aftercert.core.internal.ahp;

import io.aftercert.core.internal.input.NumberBounds;
import io.aftercert.core.Ratio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Analytic Hierarchy Process weights from a pairwise comparison matrix (T/GXDSL 244—2025 六:
 * 权重…建议结合层次分析法（AHP）和专家咨询法).
 *
 * <p>{@code a[i][j]} says how much more important element i is than j (Saaty's 1–9 scale); the
 * matrix must be positive and reciprocal ({@code a[j][i] = 1 / a[i][j]}, ones on the diagonal).
 * The weights are the normalised principal eigenvector (power iteration), λmax its eigenvalue,
 * CI = (λmax − n) / (n − 1) and CR = CI / RI with Saaty's random index. A matrix with CR ≥ 0.10 is
 * refused. Eigenvectors are irrational in general, so this is the one place that computes in
 * {@code double}; the weights it returns are exact percentages rounded to two decimals whose sum
 * is exactly 100 (largest-remainder rounding), ready to be used as rubric weights.
 */
public final class Ahp {
    /** Saaty's random consistency index for n = 1 … 15. */
    static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    /** The largest acceptable consistency ratio (exclusive). */
    public static final double MAX_CR = 0.10;

    private Ahp() {
    }

    /**
     * The result of an AHP computation.
     *
     * @param weights        normalised eigenvector (sums to 1)
     * @param percentWeights the weights as exact percentages with two decimals, summing to 100
     * @param lambdaMax      principal eigenvalue
     * @param ci             consistency index
     * @param cr             consistency ratio (0 for n ≤ 2)
     */
    public record Result(double[] weights, List<Ratio> percentWeights, double lambdaMax, double ci, double cr) {
    }

    /** Thrown when the matrix is not a positive reciprocal matrix or is too inconsistent. */
    public static final class InvalidMatrixException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidMatrixException(String message) {
            super(message);
        }
    }

    /**
     * Computes the weights.
     *
     * @param a the pairwise comparison matrix, n × n with 1 ≤ n ≤ 15
     * @return the weights and the consistency figures
     * @throws InvalidMatrixException naming the offending cell, or the CR when it is ≥ 0.10
     */
    public static Result weights(double[][] a) {
        Result r = compute(a);
        if (r.cr() >= MAX_CR) {
            throw new InvalidMatrixException(String.format(java.util.Locale.ROOT,
                    "the comparison matrix is too inconsistent: CR = %.3f (λmax = %.3f, CI = %.3f), "
                            + "at or above the limit of 0.10 — %.1f× the acceptable inconsistency; revise the judgements",
                    r.cr(), r.lambdaMax(), r.ci(), r.cr() / MAX_CR));
        }
        return r;
    }

    /**
     * Computes the weights without the CR limit (to report how inconsistent a matrix is).
     *
     * @param a the pairwise comparison matrix, n × n with 1 ≤ n ≤ 15
     * @return the weights and the consistency figures, whatever the CR
     * @throws InvalidMatrixException naming the offending cell when the matrix is not square, not
     *                                positive, outside Saaty's scale 1/9 … 9 or not reciprocal
     */
    public static Result compute(double[][] a) {
        int n = a.length;
        if (n == 0) throw new InvalidMatrixException("the comparison matrix is empty");
        if (n > RANDOM_INDEX.length) throw new InvalidMatrixException("at most " + RANDOM_INDEX.length + " elements can be compared, not " + n);
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) throw new InvalidMatrixException("row " + (i + 1) + " has " + a[i].length + " entries, not " + n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                if (!(v > 0)) { // zero, negative or NaN; infinity fails the scale check below
                    throw new InvalidMatrixException("entry [" + (i + 1) + "][" + (j + 1) + "] = " + v + " must be positive");
                }
                if (v < 1.0 / 9 - 1e-9 || v > 9 + 1e-9) {
                    throw new InvalidMatrixException("entry [" + (i + 1) + "][" + (j + 1) + "] = " + v
                            + " lies outside Saaty's scale 1/9 … 9");
                }
                if (i == j && Math.abs(v - 1) > 1e-9) {
                    throw new InvalidMatrixException("diagonal entry [" + (i + 1) + "][" + (i + 1) + "] must be 1, not " + v);
                }
                if (Math.abs(v * a[j][i] - 1) > 1e-6) {
                    throw new InvalidMatrixException("entries [" + (i + 1) + "][" + (j + 1) + "] = " + v + " and [" + (j + 1) + "]["
                            + (i + 1) + "] = " + a[j][i] + " are not reciprocal");
                }
            }
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double lambda = n;
        for (int iter = 0; iter < 10_000; iter++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += a[i][j] * w[j];
                next[i] = s;
            }
            double sum = 0;
            for (double x : next) sum += x;
            double delta = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                delta = Math.max(delta, Math.abs(next[i] - w[i]));
            }
            w = next;
            lambda = sum; // Σ (A w)_i with Σ w_i = 1
            if (delta < 1e-15) break;
        }
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n - 1];
        return new Result(w, percentages(w), lambda, ci, cr);
    }

    /**
     * A matrix entry as people write it, read as the judgement it stands for: a number, or a string
     * {@code "1/3"} or {@code "0.5"}. A decimal below 1 with two or more places that is the rounded
     * or cut decimal of a Saaty reciprocal 1/2 … 1/9 (0.33, 0.333, 0.33333, 0.14, 0.143, 0.11, …) is
     * read as that reciprocal exactly: {@code |v − 1/k| < 10^−places}, the nearest k when two
     * qualify. One place is too coarse to tell (0.3 stays 0.3, and fails the reciprocity check
     * against 3 with a message naming both cells).
     *
     * @param v the entry as written
     * @return the judgement it stands for
     */
    public static double entry(BigDecimal v) {
        // two or more places (so the tolerance is at most 0.01): a number ≤ 0 or ≥ 1 is then never within
        // the tolerance of a reciprocal 1/2 … 1/9, so it needs no guard of its own
        if (v.stripTrailingZeros().scale() >= 2) {
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(v.scale());
            // the first k that qualifies is the nearest: the reciprocals lie at least 1/8 − 1/9 = 0.0139 apart, so
            // within 10^−3 at most one qualifies, and within 10^−2 only 0.12 is near two (1/8 at 0.005, 1/9 at 0.0089)
            for (int k = 2; k <= 9; k++) {
                BigDecimal diff = v.subtract(BigDecimal.ONE.divide(BigDecimal.valueOf(k), 20, RoundingMode.HALF_EVEN)).abs();
                if (diff.compareTo(tolerance) < 0) return 1.0 / k;
            }
        }
        return v.doubleValue();
    }

    /**
     * {@link #entry(BigDecimal)} for text: {@code "1/3"} exactly, a decimal as {@link #entry(BigDecimal)} reads it.
     *
     * @param text a fraction {@code p/q} or a decimal, within {@link NumberBounds}
     * @return the judgement it stands for
     * @throws NumberFormatException when the text is neither a fraction nor a decimal, or out of bounds
     */
    public static double entry(String text) {
        String t = text.strip();
        Ratio r = NumberBounds.parse(t); // the bounds every number read passes: "1e-99999999" fails at once
        if (t.contains("/")) return r.toDouble();
        return entry(new BigDecimal(t));
    }

    /**
     * Reads a comparison matrix from JSON: an array of rows, each an array of numbers or strings
     * ({@code "1/3"}), every entry read by {@link #entry}. Used by tailoring files.
     */
    public static final class MatrixDeserializer extends com.fasterxml.jackson.databind.JsonDeserializer<double[][]> {
        /** Creates the deserializer; Jackson instantiates it from {@code @JsonDeserialize(using = ...)}. */
        public MatrixDeserializer() {
        }

        @Override
        public double[][] deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws java.io.IOException {
            com.fasterxml.jackson.databind.JsonNode m = ctxt.readTree(p);
            if (!m.isArray()) {
                throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(p, double[][].class,
                        "the matrix must be an array of rows, not " + m.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            double[][] out = new double[m.size()][];
            for (int i = 0; i < m.size(); i++) {
                com.fasterxml.jackson.databind.JsonNode row = m.get(i);
                if (!row.isArray()) {
                    throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(p, double[][].class,
                            "row " + (i + 1) + " of the matrix must be an array");
                }
                out[i] = new double[row.size()];
                for (int j = 0; j < row.size(); j++) {
                    com.fasterxml.jackson.databind.JsonNode e = row.get(j);
                    try {
                        if (e.isNumber()) out[i][j] = entry(e.decimalValue());
                        else if (e.isTextual()) out[i][j] = entry(e.textValue());
                        else throw new NumberFormatException("not a number");
                    } catch (NumberFormatException | ArithmeticException x) {
                        throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, "entry [" + (i + 1) + "][" + (j + 1)
                                + "] must be a number or a fraction like \"1/3\", not " + e, e.toString(), double.class);
                    }
                }
            }
            return out;
        }
    }

    /** Largest-remainder rounding of weights to percentages with two decimals that sum to exactly 100. */
    static List<Ratio> percentages(double[] w) {
        int n = w.length;
        long[] cents = new long[n];
        double[] rest = new double[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            double c = w[i] * 10_000;
            cents[i] = (long) Math.floor(c);
            rest[i] = c - cents[i];
            total += cents[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort((x, y) -> Double.compare(rest[y], rest[x]));
        for (int k = 0; total < 10_000; k++, total++) cents[order.get(k % n)]++;
        List<Ratio> out = new ArrayList<>();
        for (long c : cents) out.add(Ratio.of(new BigDecimal(c).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)));
        return out;
    }
}
