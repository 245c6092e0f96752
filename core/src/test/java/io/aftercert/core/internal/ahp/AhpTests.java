package io.aftercert.core.internal.ahp;

import io.aftercert.core.internal.json.SharedMapper;
import io.aftercert.core.Ratio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AHP against the classic 3×3 textbook matrix (Saaty) [[1,3,5],[1/3,1,3],[1/5,1/3,1]], whose
 * values are computed here independently of the power iteration: for a 3×3 reciprocal matrix the
 * characteristic equation reduces to μ³ − 3μ − (c + 1/c) = 0 with μ = λ − 1 and
 * c = a12·a23 / a13, so λmax = 1 + c^(1/3) + c^(−1/3); the eigenvector is the cross product of two
 * rows of (A − λI).
 */
class AhpTests {
    private static final double[][] SAATY = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};

    @Test
    void textbookMatrixWeightsLambdaAndConsistency() {
        double c = 3.0 * 3.0 / 5.0;
        double lambda = 1 + Math.cbrt(c) + 1 / Math.cbrt(c);          // 3.03851
        double[] r1 = {1 - lambda, 3, 5};
        double[] r2 = {1.0 / 3, 1 - lambda, 3};
        double[] v = {r1[1] * r2[2] - r1[2] * r2[1], r1[2] * r2[0] - r1[0] * r2[2], r1[0] * r2[1] - r1[1] * r2[0]};
        double sum = v[0] + v[1] + v[2];
        double ci = (lambda - 3) / 2;
        double cr = ci / 0.58;

        Ahp.Result result = Ahp.weights(SAATY);
        assertEquals(lambda, result.lambdaMax(), 1e-9);
        assertEquals(ci, result.ci(), 1e-9);
        assertEquals(cr, result.cr(), 1e-9);
        for (int i = 0; i < 3; i++) assertEquals(v[i] / sum, result.weights()[i], 1e-9, "weight " + i);
        // the published figures: w ≈ (0.637, 0.258, 0.105), λmax ≈ 3.039, CR ≈ 0.033
        assertEquals(0.637, result.weights()[0], 5e-4);
        assertEquals(0.258, result.weights()[1], 5e-4);
        assertEquals(0.105, result.weights()[2], 5e-4);
        assertEquals(0.033, result.cr(), 5e-4);
        assertEquals(List.of(Ratio.parse("63.70"), Ratio.parse("25.83"), Ratio.parse("10.47")), result.percentWeights());
        assertEquals(Ratio.HUNDRED, result.percentWeights().stream().reduce(Ratio.ZERO, Ratio::plus));
    }

    @Test
    void aConsistentMatrixHasZeroInconsistency() {
        // w = (4, 2, 1)/7 exactly: a_ij = w_i / w_j
        Ahp.Result r = Ahp.weights(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        assertEquals(3, r.lambdaMax(), 1e-12);
        assertEquals(0, r.cr(), 1e-12);
        assertEquals(4.0 / 7, r.weights()[0], 1e-12);
    }

    @Test
    void aTooInconsistentMatrixIsRefusedSayingHowInconsistent() {
        // cyclic judgements: c = 9·9·9 = 729, λmax = 1 + 9 + 1/9 = 10.11, CI = 3.56, CR = 6.13
        double[][] cyclic = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
        Ahp.InvalidMatrixException e = assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.weights(cyclic));
        assertTrue(e.getMessage().contains("CR = 6.130"), e.getMessage());
        assertTrue(e.getMessage().contains("61.3×"), e.getMessage());
    }

    @Test
    void aMatrixThatIsNotPositiveReciprocalIsRefusedNamingTheCell() {
        Ahp.InvalidMatrixException e = assertThrows(Ahp.InvalidMatrixException.class,
                () -> Ahp.weights(new double[][] {{1, 3}, {0.5, 1}}));
        assertTrue(e.getMessage().contains("[1][2] = 3.0 and [2][1] = 0.5 are not reciprocal"), e.getMessage());
        assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.weights(new double[][] {{1, -1}, {-1, 1}}));
        assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.weights(new double[][] {{1, 2, 3}, {0.5, 1}}));
    }

    @Test
    void percentagesGoToTheLargestRemaindersNotTheFirstIndices() {
        // 0.10004, 0.20007, 0.69989 → 1000.4, 2000.7, 6998.9 hundredths of a percent; floors add up to 9998,
        // two hundredths are missing: they go to the remainders .9 (index 2) and .7 (index 1), not to index 0
        assertEquals(List.of(Ratio.parse("10.00"), Ratio.parse("20.01"), Ratio.parse("69.99")),
                Ahp.percentages(new double[] {0.10004, 0.20007, 0.69989}));
        // 0.12341, 0.12346, 0.75313 → remainders .1 .6 .3; one hundredth missing: index 1
        assertEquals(List.of(Ratio.parse("12.34"), Ratio.parse("12.35"), Ratio.parse("75.31")),
                Ahp.percentages(new double[] {0.12341, 0.12346, 0.75313}));
        // exact thirds of 10 000 hundredths: 3333.33… each, one missing, the first of equal remainders takes it
        List<Ratio> thirds = Ahp.percentages(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertEquals(Ratio.HUNDRED, thirds.stream().reduce(Ratio.ZERO, Ratio::plus));
        assertEquals(2, thirds.stream().filter(t -> t.equals(Ratio.parse("33.33"))).count(), thirds.toString());
    }

    @Test
    void decimalsAsPeopleWriteThemAreReadAsTheSaatyReciprocalTheyStandFor() {
        // 0.33 / 0.333 / 0.33333 are 1/3 rounded to 2, 3, 5 places: |v − 1/3| < 10^−places
        assertEquals(1.0 / 3, Ahp.entry(new java.math.BigDecimal("0.33")));
        assertEquals(1.0 / 3, Ahp.entry(new java.math.BigDecimal("0.333")));
        assertEquals(1.0 / 3, Ahp.entry(new java.math.BigDecimal("0.33333")));
        assertEquals(1.0 / 7, Ahp.entry(new java.math.BigDecimal("0.14")));
        assertEquals(1.0 / 7, Ahp.entry(new java.math.BigDecimal("0.143")));
        assertEquals(1.0 / 9, Ahp.entry(new java.math.BigDecimal("0.11")));
        assertEquals(1.0 / 6, Ahp.entry(new java.math.BigDecimal("0.167")));
        assertEquals(0.5, Ahp.entry(new java.math.BigDecimal("0.5")));
        // one place is too coarse to stand for a reciprocal: 0.3 stays 0.3
        assertEquals(0.3, Ahp.entry(new java.math.BigDecimal("0.3")));
        // 0.12 is within 0.01 of both 1/8 (0.005) and 1/9 (0.0089): the nearest, 1/8
        assertEquals(1.0 / 8, Ahp.entry(new java.math.BigDecimal("0.12")));
        // 0.45 (two places) is no reciprocal: |0.45 − 0.5| = 0.05 ≥ 0.01
        assertEquals(0.45, Ahp.entry(new java.math.BigDecimal("0.45")));
        assertEquals(3.0, Ahp.entry(new java.math.BigDecimal("3")));
        assertEquals(1.0 / 3, Ahp.entry("1/3"));
        assertEquals(0.2, Ahp.entry(" 1/5 "));
        assertThrows(NumberFormatException.class, () -> Ahp.entry("a third"));
    }

    @Test
    void entriesOutsideTheSaatyScaleAreRefusedNamingTheCell() {
        Ahp.InvalidMatrixException e = assertThrows(Ahp.InvalidMatrixException.class,
                () -> Ahp.weights(new double[][] {{1, 12}, {1.0 / 12, 1}}));
        assertTrue(e.getMessage().contains("entry [1][2] = 12.0 lies outside Saaty's scale 1/9 … 9"), e.getMessage());
    }

    @Test
    void theDocumentedAhpExampleRunsAsPrinted() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "scoring.md"));
        String line = readme.lines().filter(l -> l.strip().startsWith("\"ahp\":")).findFirst().orElseThrow();
        String object = line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1);
        var spec = SharedMapper.get().readValue(object, io.aftercert.core.tailoring.Tailoring.AhpSpec.class);
        assertEquals(List.of("A", "B", "C", "D"), spec.codes());
        assertEquals(1.0 / 3, spec.matrix()[3][0], "0.33333 is read as 1/3");
        Ahp.Result r = Ahp.weights(spec.matrix());
        // rows A and B are identical, so are their weights; C is judged most important
        assertEquals(r.weights()[0], r.weights()[1], 1e-12);
        assertTrue(r.weights()[2] > r.weights()[0] && r.weights()[0] > r.weights()[3]);
        assertTrue(r.cr() < Ahp.MAX_CR, "CR " + r.cr());
        assertEquals(Ratio.HUNDRED, r.percentWeights().stream().reduce(Ratio.ZERO, Ratio::plus));
        // "1/3" strings read the same
        var strings = SharedMapper.get().readValue(object.replace("0.33333", "\"1/3\""),
                io.aftercert.core.tailoring.Tailoring.AhpSpec.class);
        assertEquals(r.percentWeights(), Ahp.weights(strings.matrix()).percentWeights());
    }

    @Test
    void aTooInconsistentMatrixNamesLambdaAndCiToo() {
        // cyclic judgements as above: λmax = 1 + 9 + 1/9 = 10.111, CI = (10.111 − 3) / 2 = 3.556
        double[][] cyclic = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
        Ahp.InvalidMatrixException e = assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.weights(cyclic));
        assertTrue(e.getMessage().contains("λmax = 10.111, CI = 3.556"), e.getMessage());
        // compute() reports the same figures without refusing
        Ahp.Result r = Ahp.compute(cyclic);
        assertEquals(1 + 9 + 1.0 / 9, r.lambdaMax(), 1e-9);
        assertEquals((1 + 9 + 1.0 / 9 - 3) / 2 / 0.58, r.cr(), 1e-9);
    }

    @Test
    void oneOrTwoElementsAreAlwaysConsistent() {
        // n = 1: the single element takes everything; n ≤ 2 has CI = CR = 0 by definition (RI is 0 there)
        Ahp.Result one = Ahp.weights(new double[][] {{1}});
        assertEquals(1.0, one.weights()[0], 1e-15);
        assertEquals(List.of(Ratio.parse("100.00")), one.percentWeights());
        assertEquals(0.0, one.ci());
        assertEquals(0.0, one.cr());
        // 2×2 with 9 and 1/9: w = (9, 1) / 10 → 90.00 / 10.00; λmax = 2 exactly for any reciprocal 2×2
        Ahp.Result two = Ahp.weights(new double[][] {{1, 9}, {1.0 / 9, 1}});
        assertEquals(0.9, two.weights()[0], 1e-12);
        assertEquals(2.0, two.lambdaMax(), 1e-12);
        assertEquals(0.0, two.ci());
        assertEquals(0.0, two.cr());
        assertEquals(List.of(Ratio.parse("90.00"), Ratio.parse("10.00")), two.percentWeights());
        // 5 : 1 → w = (5/6, 1/6); here λ comes out of the iteration as 2 − 2.2·10^−16, yet CI and CR are exactly 0
        Ahp.Result five = Ahp.weights(new double[][] {{1, 5}, {0.2, 1}});
        assertEquals(5.0 / 6, five.weights()[0], 1e-12);
        assertEquals(0.0, five.ci());
        assertEquals(0.0, five.cr());
        assertEquals(List.of(Ratio.parse("83.33"), Ratio.parse("16.67")), five.percentWeights());
    }

    @Test
    void theEndsOfSaatysScaleAreAcceptedAndJustBeyondRefused() {
        // 9 and 1/9 are the ends of the scale: accepted (see above); 9.001 and 1/9.001 are not
        Ahp.InvalidMatrixException over = assertThrows(Ahp.InvalidMatrixException.class,
                () -> Ahp.weights(new double[][] {{1, 9.001}, {1 / 9.001, 1}}));
        assertTrue(over.getMessage().contains("entry [1][2] = 9.001 lies outside"), over.getMessage());
        Ahp.InvalidMatrixException under = assertThrows(Ahp.InvalidMatrixException.class,
                () -> Ahp.weights(new double[][] {{1, 0.11}, {1 / 0.11, 1}}));
        assertTrue(under.getMessage().contains("entry [1][2] = 0.11 lies outside"), under.getMessage());
    }

    @Test
    void eachMalformedMatrixIsRefusedWithItsOwnMessage() {
        assertEquals("the comparison matrix is empty",
                assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.compute(new double[0][])).getMessage());
        assertEquals("row 2 has 1 entries, not 2",
                assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.compute(new double[][] {{1, 2}, {0.5}})).getMessage());
        assertEquals("entry [1][2] = 0.0 must be positive",
                assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.compute(new double[][] {{1, 0}, {0, 1}})).getMessage());
        assertEquals("entry [1][2] = NaN must be positive",
                assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.compute(new double[][] {{1, Double.NaN}, {1, 1}})).getMessage());
        assertTrue(assertThrows(Ahp.InvalidMatrixException.class,
                () -> Ahp.compute(new double[][] {{1, Double.POSITIVE_INFINITY}, {0, 1}})).getMessage().startsWith("entry [1][2] = Infinity"));
        // a diagonal of 2 is reciprocal to itself only if 2 · 2 = 1: the message says what is wrong, the diagonal
        assertEquals("diagonal entry [1][1] must be 1, not 2.0",
                assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.compute(new double[][] {{2, 1}, {1, 0.5}})).getMessage());
    }

    @Test
    void fifteenElementsCanBeComparedSixteenCannot() {
        // all ones: 15 equal weights of 1/15 = 6.666…%: 666 hundredths each (9990), ten more hundredths go to ten of them
        double[][] ones15 = new double[15][15];
        for (double[] row : ones15) java.util.Arrays.fill(row, 1);
        Ahp.Result r = Ahp.weights(ones15);
        assertEquals(15, r.lambdaMax(), 1e-9);
        assertEquals(0, r.cr(), 1e-12);
        assertEquals(10, r.percentWeights().stream().filter(p -> p.equals(Ratio.parse("6.67"))).count(), r.percentWeights().toString());
        assertEquals(5, r.percentWeights().stream().filter(p -> p.equals(Ratio.parse("6.66"))).count(), r.percentWeights().toString());
        double[][] ones16 = new double[16][16];
        for (double[] row : ones16) java.util.Arrays.fill(row, 1);
        assertEquals("at most 15 elements can be compared, not 16",
                assertThrows(Ahp.InvalidMatrixException.class, () -> Ahp.compute(ones16)).getMessage());
    }

    @Test
    void aDecimalExactlyOnePlaceUnitAwayFromAReciprocalIsNotReadAsIt() {
        // |0.49 − 1/2| = 0.01 is not below 10^−2: 0.49 stays 0.49 (the rule is strictly less than)
        assertEquals(0.49, Ahp.entry(new java.math.BigDecimal("0.49")));
        assertEquals(0.51, Ahp.entry(new java.math.BigDecimal("0.51")));
        // a trailing zero does not make the decimal coarser or finer than it is written: 0.330 is within 10^−3 of nothing
        assertEquals(0.33, Ahp.entry(new java.math.BigDecimal("0.330")));
        // 1.00, 2.50 and −0.33 are no reciprocals of 2 … 9
        assertEquals(1.0, Ahp.entry(new java.math.BigDecimal("1.00")));
        assertEquals(2.5, Ahp.entry(new java.math.BigDecimal("2.50")));
        assertEquals(-0.33, Ahp.entry(new java.math.BigDecimal("-0.33")));
        // text decimals are read the same way as numbers
        assertEquals(1.0 / 3, Ahp.entry("0.33"));
        assertEquals(0.3, Ahp.entry("0.3"));
    }

    @Test
    void theMatrixDeserializerNamesTheCellItCannotRead() throws Exception {
        var mapper = SharedMapper.get();
        Class<io.aftercert.core.tailoring.Tailoring.AhpSpec> t = io.aftercert.core.tailoring.Tailoring.AhpSpec.class;
        var row = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"codes\":[\"A\",\"B\"],\"matrix\":[[1,2],3]}", t));
        assertTrue(row.getMessage().contains("row 2 of the matrix must be an array"), row.getMessage());
        var bool = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"codes\":[\"A\",\"B\"],\"matrix\":[[1,true],[0.5,1]]}", t));
        assertTrue(bool.getMessage().contains("entry [1][2] must be a number or a fraction like \"1/3\", not true"), bool.getMessage());
        var text = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"codes\":[\"A\",\"B\"],\"matrix\":[[1,2],[\"half\",1]]}", t));
        assertTrue(text.getMessage().contains("entry [2][1] must be a number"), text.getMessage());
        var notRows = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"codes\":[\"A\"],\"matrix\":3}", t));
        assertTrue(notRows.getMessage().contains("the matrix must be an array of rows, not number"), notRows.getMessage());
        // numbers and fractions side by side, read as the judgements they stand for
        var ok = mapper.readValue("{\"codes\":[\"A\",\"B\"],\"matrix\":[[1,\"3\"],[0.33,1]]}", t);
        assertEquals(3.0, ok.matrix()[0][1]);
        assertEquals(1.0 / 3, ok.matrix()[1][0]);
        assertEquals(1.0, ok.matrix()[1][1]);
    }

    @Test
    void theSmallestWeightTheScaleAllowsIsFarFromZero() {
        // 15 elements, the first judged 1/9 against each other one, the others equal: consistent with
        // w = (1, 9, 9, …, 9) / (1 + 14 · 9) = 1/127 = 0.787… % for the first → 0.79 %, never 0 %
        double[][] a = new double[15][15];
        for (double[] row : a) java.util.Arrays.fill(row, 1);
        for (int j = 1; j < 15; j++) {
            a[0][j] = 1.0 / 9;
            a[j][0] = 9;
        }
        Ahp.Result r = Ahp.weights(a);
        assertEquals(1.0 / 127, r.weights()[0], 1e-12);
        assertEquals(Ratio.parse("0.79"), r.percentWeights().get(0));
        assertEquals(0, r.cr(), 1e-9);
    }
}
