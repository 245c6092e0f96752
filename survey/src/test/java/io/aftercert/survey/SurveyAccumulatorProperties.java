package io.aftercert.survey;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

import org.junit.jupiter.api.Test;

/**
 * Splitting the rows into parts, accumulating each part on its own and merging the parts (in any
 * order) gives exactly the figures and findings of accumulating all rows at once.
 */
class SurveyAccumulatorProperties {
    private static final Questionnaire Q = Questionnaire.standard();
    private static final String[] CELLS = {null, "1", "2", "3", "4", "5", "5", "4", "3", "7", "2.5"};

    /** Rows with few distinct ids (so duplicates span parts), some blanks, bad answers and fast rows. */
    private static Gen<List<Response>> rows() {
        Gen<Response> one = SourceDSL.integers().between(0, 12).zip(SourceDSL.longs().between(0, Long.MAX_VALUE), SourceDSL.integers().between(0, 9),
                (id, bits, dur) -> {
                    String[] a = new String[Q.questions().size()];
                    long b = bits;
                    boolean straight = (b & 15) == 0;
                    for (int i = 0; i < a.length; i++) {
                        a[i] = straight ? "4" : CELLS[(int) Long.remainderUnsigned(b, CELLS.length)];
                        b = Long.rotateLeft(b * 0x9E3779B97F4A7C15L + i, 17);
                    }
                    return new Response(1, id == 12 ? null : "R" + id, a, dur == 9 ? "bad-date" : "2026-08-0" + (1 + dur), Integer.toString(dur * 20));
                });
        return SourceDSL.lists().of(one).ofSizeBetween(1, 60);
    }

    private static List<Response> numbered(List<Response> rs) {
        List<Response> out = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            Response r = rs.get(i);
            out.add(new Response(i + 2, r.respondentId(), r.answers(), r.submittedAt(), r.duration()));
        }
        return out;
    }

    private static String figures(SurveyReport r) {
        return new String(SurveyJson.write(r), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void splittingAndMergingGivesIdenticalFigures() {
        qt().withExamples(150).forAll(rows(), SourceDSL.integers().between(1, 4), SourceDSL.longs().between(0, Long.MAX_VALUE))
                .checkAssert((raw, parts, seed) -> {
                    List<Response> rs = numbered(raw);
                    SurveyAccumulator whole = new SurveyAccumulator(Q, 5);
                    rs.forEach(whole::add);

                    // cut points from the seed: contiguous parts, then merged in a seed-dependent order
                    int k = Math.min(parts + 1, rs.size());
                    int[] cuts = new int[k + 1];
                    cuts[k] = rs.size();
                    for (int i = 1; i < k; i++) cuts[i] = Math.max(cuts[i - 1], (int) Math.floorMod(seed >>> (i * 7), rs.size() + 1));
                    Arrays.sort(cuts, 1, k);
                    List<SurveyAccumulator> accs = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        SurveyAccumulator a = new SurveyAccumulator(Q, 5);
                        rs.subList(cuts[i], Math.max(cuts[i], cuts[i + 1])).forEach(a::add);
                        accs.add(a);
                    }
                    if (k >= 2) {
                        long nonEmpty = accs.stream().filter(a -> a.result("x", null).rows() > 0).count();
                        if (rs.size() >= 2 && nonEmpty < 2) {
                            // make sure the split really happened: move the last row into its own part
                            accs.clear();
                            SurveyAccumulator a = new SurveyAccumulator(Q, 5);
                            SurveyAccumulator b = new SurveyAccumulator(Q, 5);
                            rs.subList(0, rs.size() - 1).forEach(a::add);
                            b.add(rs.get(rs.size() - 1));
                            accs.add(a);
                            accs.add(b);
                        }
                    }
                    if (rs.size() >= 2 && accs.stream().filter(a -> a.result("x", null).rows() > 0).count() < 2) {
                        throw new AssertionError("the split did not happen");
                    }
                    if ((seed & 1) == 1) java.util.Collections.reverse(accs);
                    SurveyAccumulator merged = new SurveyAccumulator(Q, 5);
                    accs.forEach(merged::merge);
                    String expected = figures(whole.result("f.csv", 1000L));
                    String actual = figures(merged.result("f.csv", 1000L));
                    if (!expected.equals(actual)) throw new AssertionError("split into " + accs.size() + " parts:\nwhole:  " + expected + "\nmerged: " + actual);
                });
    }
}
