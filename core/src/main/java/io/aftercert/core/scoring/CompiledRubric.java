package io.aftercert.core.scoring;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.SpecialRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rubric compiled into flat arrays for the scoring engine (issue 22): the leaves in document
 * order, each one's maximum over a common denominator, the band midpoints, the tree as index
 * ranges for the renormalisation of weighted rubrics, the grade references. Built once per
 * {@link Rubric} instance ({@link #of}); immutable and thread-safe.
 *
 * <p>This is where the scoring rules of architecture §3 are computed, once, for both the fast answer
 * ({@link ScoringEngine#finalScore}) and the full {@link AssessmentResult}: {@link #figures} runs
 * them and keeps the intermediate figures (per-item credit and maximum, totals, score, bonus,
 * deductions, final score, grade); the full result only dresses those figures with texts, gaps,
 * the ledger and the next-grade plan. The sums are exact {@code long} arithmetic
 * ({@code Math.*Exact}); on overflow the same figures are summed as {@link Ratio}s.
 */
final class CompiledRubric {
    /**
     * The compiled forms of the rubrics in use. {@link Rubric} has identity equality, so this is an
     * identity map whose entries go with their rubric: a compiled form holds its rubric weakly.
     */
    private static final Map<Rubric, CompiledRubric> CACHE = new java.util.WeakHashMap<>();
    /** The last one asked for: most processes score one rubric, and this read takes no lock. */
    private static volatile CompiledRubric last;

    private final java.lang.ref.WeakReference<Rubric> rubric;
    final Indicator[] leaves;
    final String[] codes;
    private final Map<String, Integer> index;
    final boolean weighted;
    /** Per leaf: the value a tailoring's exclusion puts in place of any evidence, or null. */
    final EvidenceValue.NotApplicable[] excluded;
    /** Per leaf: its maximum when every item is applicable (points, or the weighted share). */
    final Ratio[] allMax;
    /** {@link #allMax} as whole multiples of 1/{@link #unit}; null when that does not fit a long. */
    private final long[] allUnits;
    private final long unit;
    /** Band midpoints by band number (index 0 unused). */
    private final Ratio[] midpoints;
    // the indicator tree in preorder: leaf ranges and children, for weighted renormalisation
    private final int[] leafFrom;
    private final int[] leafTo;
    private final int[][] children;
    private final Ratio[] weights;
    private final boolean[] isLeaf;
    private final int[] leafOfNode;
    private final int[] top;
    private final GradeRef[] gradeRefs; // by position in the scale
    private final GradeRef noneRef;
    private final SpecialRules specialRules;
    private final GradeScale gradeScale;

    private CompiledRubric(Rubric r) {
        this.rubric = new java.lang.ref.WeakReference<>(r);
        this.specialRules = r.specialRules();
        this.gradeScale = r.gradeScale();
        List<Indicator> ls = r.leaves();
        int n = ls.size();
        leaves = ls.toArray(new Indicator[0]);
        codes = new String[n];
        index = new HashMap<>(n * 2);
        excluded = new EvidenceValue.NotApplicable[n];
        for (int i = 0; i < n; i++) {
            codes[i] = leaves[i].code();
            index.put(codes[i], i);
            String why = r.exclusions().get(codes[i]);
            if (why != null) excluded[i] = new EvidenceValue.NotApplicable("剪裁 / tailoring: " + why);
        }
        weighted = r.mode() == ScoringMode.WEIGHTED;
        midpoints = midpoints(r.bands());

        List<Indicator> nodes = new ArrayList<>();
        List<int[]> kids = new ArrayList<>();
        List<Integer> tops = new ArrayList<>();
        int[] leafCounter = {0};
        List<int[]> ranges = new ArrayList<>();
        for (Indicator t : r.indicators()) tops.add(flatten(t, nodes, kids, ranges, leafCounter));
        int m = nodes.size();
        leafFrom = new int[m];
        leafTo = new int[m];
        children = new int[m][];
        weights = new Ratio[m];
        isLeaf = new boolean[m];
        leafOfNode = new int[m];
        for (int k = 0; k < m; k++) {
            leafFrom[k] = ranges.get(k)[0];
            leafTo[k] = ranges.get(k)[1];
            children[k] = kids.get(k);
            Indicator x = nodes.get(k);
            weights[k] = x.weight() == null ? Ratio.ONE : x.weight();
            isLeaf[k] = x.isLeaf();
            leafOfNode[k] = x.isLeaf() ? leafFrom[k] : -1;
        }
        top = tops.stream().mapToInt(Integer::intValue).toArray();

        boolean[] none = new boolean[n];
        allMax = weighted ? shares(none) : nominal();
        long[] units;
        long u;
        try {
            u = commonUnit(allMax);
            units = inUnits(allMax, u);
        } catch (ArithmeticException tooBig) {
            units = null;
            u = 1;
        }
        allUnits = units;
        unit = u;

        gradeRefs = gradeRefs(gradeScale);
        noneRef = gradeScale == null ? null : GradeRef.of(Optional.empty(), gradeScale);
    }

    /** Each band's midpoint credit by band number (index 0 unused). */
    private static Ratio[] midpoints(List<Band> bands) {
        Ratio[] midpoints = new Ratio[bands.size() + 1];
        for (Band b : bands) midpoints[b.number()] = b.midpoint();
        return midpoints;
    }

    /** The least common denominator of the maxima (null ones, of not-applicable leaves, skipped). */
    private static long commonUnit(Ratio[] max) {
        long u = 1;
        for (Ratio x : max) if (x != null) u = lcm(u, x.longDenominator());
        return u;
    }

    /** Each maximum as a whole number of {@code u}ths (0 for a null one). */
    private static long[] inUnits(Ratio[] max, long u) {
        long[] units = new long[max.length];
        for (int i = 0; i < max.length; i++) {
            if (max[i] != null) units[i] = Math.multiplyExact(max[i].longNumerator(), u / max[i].longDenominator());
        }
        return units;
    }

    /** The reference of each grade of the scale, by position (none without a scale). */
    private static GradeRef[] gradeRefs(GradeScale scale) {
        if (scale == null) return new GradeRef[0];
        GradeRef[] refs = new GradeRef[scale.grades().size()];
        for (int g = 0; g < refs.length; g++) refs[g] = GradeRef.of(Optional.of(scale.grades().get(g)), scale);
        return refs;
    }

    private static int flatten(Indicator node, List<Indicator> nodes, List<int[]> kids, List<int[]> ranges, int[] leafCounter) {
        int at = nodes.size();
        nodes.add(node);
        kids.add(null);
        ranges.add(null);
        int from = leafCounter[0];
        int[] k = new int[node.children().size()];
        for (int c = 0; c < k.length; c++) k[c] = flatten(node.children().get(c), nodes, kids, ranges, leafCounter);
        if (node.isLeaf()) leafCounter[0]++;
        kids.set(at, k);
        ranges.set(at, new int[] {from, leafCounter[0]});
        return at;
    }

    /**
     * The compiled form of a rubric, built on its first use and kept as long as the rubric is; a
     * tailored rubric is another instance with its own.
     *
     * @param rubric the rubric
     * @return its compiled form, the same instance on every call while the rubric lives
     */
    static CompiledRubric of(Rubric rubric) {
        CompiledRubric c = last;
        if (c != null && c.rubric.get() == rubric) return c;
        synchronized (CACHE) {
            c = CACHE.computeIfAbsent(rubric, CompiledRubric::new);
        }
        last = c;
        return c;
    }

    /** {@return the rubric this was compiled from (its callers hold it, so it is never collected here)} */
    Rubric rubric() {
        return rubric.get();
    }

    /**
     * The position of a leaf in {@link Rubric#leaves()}.
     *
     * @param code a leaf code
     * @return its position, or -1 when {@code code} is not a leaf of the rubric
     */
    int leafIndex(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    private Ratio[] nominal() {
        Ratio[] out = new Ratio[leaves.length];
        for (int i = 0; i < out.length; i++) out[i] = leaves[i].points();
        return out;
    }

    private static long lcm(long a, long b) {
        return Math.multiplyExact(a / gcd(a, b), b);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    // ---------------------------------------------------------------- the rules, once

    /**
     * credit(evidence) — one rule for the assessor's verdict, whatever the indicator's kind
     * (architecture §3, issue 12): conforms → 1 / 0; credit → as given; band → its midpoint unless a
     * credit inside the band is given; sample → conforming / sampled; value (metric indicators
     * only) → the metric's credit curve, at most its {@code valueCreditCap}.
     */
    Ratio credit(int leaf, EvidenceValue v) {
        if (v instanceof EvidenceValue.Conforms c) return c.conforms() ? Ratio.ONE : Ratio.ZERO;
        if (v instanceof EvidenceValue.Credit c) return c.credit();
        if (v instanceof EvidenceValue.Banded b) return b.credit() != null ? b.credit() : midpoints[b.band()];
        if (v instanceof EvidenceValue.Sample s) return s.credit();
        if (v instanceof EvidenceValue.Measured m) return leaves[leaf].metric().credit(m.value());
        throw new IllegalStateException("unhandled evidence form " + v.form());
    }

    /**
     * Weighted rubrics: each applicable leaf's share of the 0–100 index after sibling
     * renormalisation (a not-applicable item's weight goes to its applicable siblings); null for a
     * leaf that is not applicable.
     */
    private Ratio[] shares(boolean[] notApplicable) {
        Ratio[] out = new Ratio[leaves.length];
        distribute(top, Ratio.HUNDRED, notApplicable, out);
        return out;
    }

    private void distribute(int[] siblings, Ratio budget, boolean[] na, Ratio[] out) {
        Ratio sum = Ratio.ZERO;
        for (int s : siblings) if (applicable(s, na)) sum = sum.plus(weights[s]);
        for (int s : siblings) {
            if (!applicable(s, na)) continue;
            Ratio share = budget.times(weights[s]).dividedBy(sum);
            if (isLeaf[s]) out[leafOfNode[s]] = share;
            else distribute(children[s], share, na, out);
        }
    }

    private boolean applicable(int node, boolean[] na) {
        for (int i = leafFrom[node]; i < leafTo[node]; i++) if (!na[i]) return true;
        return false;
    }

    /**
     * Runs the scoring rules on one assessment, which must already have passed
     * {@link EvidenceCheck}. {@code given} is the evidence per leaf when the caller has it resolved
     * (a {@link ValidatedAssessment}), else null; {@code full} keeps the per-item figures the full
     * result is built from.
     */
    Figures figures(Assessment a, Evidence[] given, boolean full) {
        int n = leaves.length;
        Map<String, Evidence> map = a.evidence();
        EvidenceValue[] values = new EvidenceValue[n];
        Evidence[] evidence = full ? new Evidence[n] : null;
        boolean anyNa = false;
        for (int i = 0; i < n; i++) {
            Evidence g = given != null ? given[i] : map.isEmpty() ? null : map.get(codes[i]);
            if (full) evidence[i] = g;
            EvidenceValue v = excluded[i] != null ? excluded[i] : g == null ? null : g.value();
            values[i] = v;
            if (v instanceof EvidenceValue.NotApplicable) anyNa = true;
        }
        // 2: a not-applicable item leaves the applicable total; weighted: its siblings share its weight
        Ratio[] max = allMax;
        long[] units = allUnits;
        long u = unit;
        if (weighted && anyNa) {
            boolean[] na = new boolean[n];
            for (int i = 0; i < n; i++) na[i] = values[i] instanceof EvidenceValue.NotApplicable;
            max = shares(na);
            try {
                u = commonUnit(max);
                units = inUnits(max, u);
            } catch (ArithmeticException tooBig) {
                units = null;
            }
        }
        Ratio[] credits = full ? new Ratio[n] : null;
        Figures f = new Figures(this, evidence, values, max, credits);
        // 1–3: earned = max × credit; score = Σ earned / Σ applicable × 100 — exact in longs ...
        if (units == null || !sumInLongs(f, units, u)) sumInRatios(f); // ... or, beyond long, the same sums in Ratio
        specialFindingsAndGrade(f, a);
        return f;
    }

    /** Steps 1–3 in longs over common units; false when a sum would overflow (then {@link #sumInRatios} runs). */
    private boolean sumInLongs(Figures f, long[] units, long u) {
        int n = leaves.length;
        EvidenceValue[] values = f.values;
        Ratio[] credits = f.credits;
        try {
            long applicable = 0;
            long en = 0;
            long ed = 1;
            for (int i = 0; i < n; i++) {
                EvidenceValue v = values[i];
                if (v instanceof EvidenceValue.NotApplicable) continue;
                long ui = units[i];
                applicable = Math.addExact(applicable, ui);
                if (v == null) continue; // not assessed: credit 0
                Ratio c = credit(i, v);
                if (credits != null) credits[i] = c;
                long cn = c.longNumerator();
                if (cn == 0) continue;
                long cd = c.longDenominator();
                long t = Math.multiplyExact(ui, cn);
                if (cd == ed) {
                    en = Math.addExact(en, t);
                } else {
                    long g = gcd(ed, cd);
                    long ma = cd / g;
                    en = Math.addExact(Math.multiplyExact(en, ma), Math.multiplyExact(t, ed / g));
                    ed = Math.multiplyExact(ed, ma);
                }
            }
            f.applicableUnits = applicable;
            f.earnedNum = en;
            f.earnedDen = Math.multiplyExact(ed, u);
            f.unit = u;
            f.score = applicable == 0 ? Ratio.ZERO : Ratio.of(Math.multiplyExact(en, 100), Math.multiplyExact(ed, applicable));
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    /** Steps 1–3 in Ratio: the same sums as {@link #sumInLongs}, for figures beyond long. */
    private void sumInRatios(Figures f) {
        int n = leaves.length;
        EvidenceValue[] values = f.values;
        Ratio[] max = f.max;
        Ratio[] credits = f.credits;
        Ratio earned = Ratio.ZERO;
        Ratio applicable = Ratio.ZERO;
        for (int i = 0; i < n; i++) {
            EvidenceValue v = values[i];
            if (v instanceof EvidenceValue.NotApplicable) continue;
            applicable = applicable.plus(max[i]);
            if (v == null) continue;
            Ratio c = credit(i, v);
            if (credits != null) credits[i] = c;
            earned = earned.plus(max[i].times(c));
        }
        f.earned = earned;
        f.applicable = applicable;
        f.score = applicable.isZero() ? Ratio.ZERO : earned.dividedBy(applicable).times(Ratio.HUNDRED);
    }

    /** Steps 4–7: special findings, the final score, the grade and pass. */
    private void specialFindingsAndGrade(Figures f, Assessment a) {
        // 4–5: special findings
        SpecialRules rules = specialRules;
        int deductionCount = 0;
        int bonusCount = 0;
        for (Finding x : a.findings()) {
            if (x.type() == Finding.Type.DEDUCTION) deductionCount++;
            else bonusCount++;
        }
        f.deductionCount = deductionCount;
        f.bonusCount = bonusCount;
        f.bonusesCounted = rules == null ? 0 : Math.min(bonusCount, rules.maxBonuses());
        f.bonus = f.bonusesCounted == 0 ? Ratio.ZERO : rules.bonusPoints().times(f.bonusesCounted);
        f.deductions = deductionCount == 0 ? Ratio.ZERO : rules.deductionPoints().times(deductionCount);
        // 6: final = score + bonus − deductions, kept within [0, 100]
        f.unclamped = f.score.plus(f.bonus).minus(f.deductions);
        f.finalScore = f.unclamped.clamp(Ratio.ZERO, Ratio.HUNDRED);
        // 7: grade from the exact final score; more than maxDeductions fails whatever the score
        f.deductionsFail = rules != null && rules.deductionsFail(deductionCount);
        GradeScale scale = gradeScale;
        if (scale != null) {
            f.byScore = scale.gradeFor(f.finalScore);
            f.gradeByScore = f.byScore.isEmpty() ? noneRef : gradeRefs[position(scale, f.byScore.get())];
            f.passed = Verdict.of(!f.deductionsFail && f.byScore.isPresent());
            f.grade = f.deductionsFail ? noneRef : f.gradeByScore;
        } else if (rules != null) {
            f.passed = Verdict.of(!f.deductionsFail);
        }
    }

    private static int position(GradeScale scale, Grade g) {
        List<Grade> gs = scale.grades();
        for (int i = 0; i < gs.size(); i++) if (gs.get(i) == g) return i;
        return gs.indexOf(g);
    }

    /** The intermediate figures of one scoring run: what the full result is dressed from. */
    static final class Figures {
        final CompiledRubric compiled;
        /** the evidence given per leaf (full runs), or null */
        final Evidence[] evidence;
        /** the value scored per leaf: the evidence's, a tailoring's not-applicable, or null (not assessed) */
        final EvidenceValue[] values;
        /** the maximum each leaf is scored against (null for a not-applicable leaf of a weighted rubric) */
        final Ratio[] max;
        /** credit per assessed leaf (full runs), else null */
        final Ratio[] credits;
        long applicableUnits;
        long earnedNum;
        long earnedDen;
        long unit;
        Ratio earned;
        Ratio applicable;
        Ratio score;
        int deductionCount;
        int bonusCount;
        int bonusesCounted;
        Ratio bonus;
        Ratio deductions;
        Ratio unclamped;
        Ratio finalScore;
        boolean deductionsFail;
        Optional<Grade> byScore = Optional.empty();
        GradeRef grade;
        GradeRef gradeByScore;
        Verdict passed = Verdict.NOT_JUDGED;

        Figures(CompiledRubric compiled, Evidence[] evidence, EvidenceValue[] values, Ratio[] max, Ratio[] credits) {
            this.compiled = compiled;
            this.evidence = evidence;
            this.values = values;
            this.max = max;
            this.credits = credits;
        }

        Ratio earned() {
            if (earned == null) earned = Ratio.of(earnedNum, earnedDen);
            return earned;
        }

        Ratio applicable() {
            if (applicable == null) applicable = Ratio.of(applicableUnits, unit);
            return applicable;
        }
    }
}
