package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scoring rubric: metadata, the indicator tree, and the scoring policy.
 *
 * <p>Immutable and thread-safe: one instance can be shared by every thread and request. Built
 * through {@link #builder()} (or parsed from rubric JSON by {@code RubricJson}); construction
 * checks the invariants of architecture §4 that the data alone must satisfy and names the offending
 * code when one fails:
 * <ul>
 *   <li>codes are unique;</li>
 *   <li>points rubric: every group's points equal the sum of its children's, and the top-level
 *       groups add up to the declared total;</li>
 *   <li>weighted rubric: the first-level weights add up to 100 %; every node's points (its share
 *       of the index) follow from the weights.</li>
 * </ul>
 *
 * @since 1.0
 */
public final class Rubric {

    private final String id;
    private final String version;
    private final Text title;
    private final Text issuer;
    private final List<Source> sources;
    private final ScoringMode mode;
    private final Ratio total;
    private final GradeScale gradeScale;
    private final SpecialRules specialRules;
    private final List<Band> bands;
    private final List<Indicator> indicators;
    private final Text allocationRule;
    private final ResultKind declaredResult;
    private final AppliedTailoring tailoring;
    private final Map<String, String> exclusions;

    private final Map<String, Indicator> byCode;
    private final Map<String, Indicator> parents;
    private final List<Indicator> leaves;

    private Rubric(Builder b) {
        this.id = requireText(b.id, "rubric id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("rubric id '" + id + "' must be lower-case letters, digits and '-'");
        }
        this.version = requireText(b.version, "rubric " + id + " version");
        this.title = Objects.requireNonNull(b.title, () -> "rubric " + id + " needs a title");
        this.issuer = b.issuer;
        this.sources = List.copyOf(b.sources);
        this.mode = Objects.requireNonNull(b.mode, () -> "rubric " + id + " needs a scoring mode");
        this.gradeScale = b.gradeScale;
        this.specialRules = b.specialRules;
        this.bands = List.copyOf(b.bands);
        this.allocationRule = b.allocationRule;
        if (b.result == ResultKind.GRADED) {
            throw new IllegalArgumentException("rubric " + id + ": a graded result follows from a grade scale; declare index or conformance");
        }
        this.declaredResult = b.result;
        this.tailoring = b.tailoring;
        this.exclusions = Collections.unmodifiableMap(new LinkedHashMap<>(b.exclusions));
        if (b.indicators.isEmpty()) throw new IllegalArgumentException("rubric " + id + " has no indicators");

        List<Indicator> top = mode == ScoringMode.WEIGHTED ? resolveWeights(b.indicators) : List.copyOf(b.indicators);
        this.indicators = top;

        Map<String, Indicator> codes = new LinkedHashMap<>();
        Map<String, Indicator> parentMap = new LinkedHashMap<>();
        List<Indicator> leafList = new ArrayList<>();
        for (Indicator i : top) index(i, null, codes, parentMap, leafList);
        this.byCode = Collections.unmodifiableMap(codes);
        this.parents = Collections.unmodifiableMap(parentMap);
        this.leaves = List.copyOf(leafList);

        Ratio sum = Ratio.ZERO;
        for (Indicator i : top) sum = sum.plus(i.points());
        this.total = sum;
        if (b.total != null && !b.total.equals(sum)) {
            throw new IllegalArgumentException("rubric " + id + ": the top-level groups add up to " + sum
                    + ", not the declared total " + b.total);
        }
        for (String code : exclusions.keySet()) {
            Indicator x = codes.get(code);
            if (x == null || !x.isLeaf()) {
                throw new IllegalArgumentException("rubric " + id + ": excluded code '" + code + "' is not an item of the rubric");
            }
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).number() != i + 1) {
                throw new IllegalArgumentException("rubric " + id + ": bands must be numbered 1, 2, … in order");
            }
        }
    }

    private void index(Indicator node, Indicator parent, Map<String, Indicator> codes, Map<String, Indicator> parentMap,
                       List<Indicator> leafList) {
        if (codes.putIfAbsent(node.code(), node) != null) {
            throw new IllegalArgumentException("rubric " + id + ": indicator code '" + node.code() + "' is used twice");
        }
        if (parent != null) parentMap.put(node.code(), parent);
        if (node.isLeaf()) {
            leafList.add(node);
            return;
        }
        if (mode == ScoringMode.POINTS) {
            Ratio sum = Ratio.ZERO;
            for (Indicator c : node.children()) sum = sum.plus(c.points());
            if (!sum.equals(node.points())) {
                throw new IllegalArgumentException("rubric " + id + ": the children of " + node.code() + " add up to "
                        + sum + ", not its points " + node.points());
            }
        }
        for (Indicator c : node.children()) index(c, node, codes, parentMap, leafList);
    }

    /** First-level weights are percentages adding to 100; below, weights are relative (default equal). */
    private List<Indicator> resolveWeights(List<Indicator> top) {
        Ratio sum = Ratio.ZERO;
        for (Indicator i : top) {
            if (i.weight() == null) {
                throw new IllegalArgumentException("rubric " + id + ": first-level dimension " + i.code() + " needs a weight");
            }
            sum = sum.plus(i.weight());
        }
        if (!sum.equals(Ratio.HUNDRED)) {
            throw new IllegalArgumentException("rubric " + id + ": the first-level weights add up to " + sum + " %, not 100 %");
        }
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : top) out.add(distribute(i.withPoints(i.weight())));
        return out;
    }

    private static Indicator distribute(Indicator node) {
        if (node.isLeaf()) return node;
        Ratio sum = Ratio.ZERO;
        for (Indicator c : node.children()) sum = sum.plus(c.weight() == null ? Ratio.ONE : c.weight());
        List<Indicator> kids = new ArrayList<>();
        for (Indicator c : node.children()) {
            Ratio w = c.weight() == null ? Ratio.ONE : c.weight();
            kids.add(distribute(c.withWeight(w).withPoints(node.points().times(w).dividedBy(sum))));
        }
        return node.withChildren(kids);
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return s;
    }

    /** {@return the rubric id ({@code gbt27922}): lower-case letters, digits and '-'} */
    public String id() { return id; }
    /** {@return the rubric data's version} */
    public String version() { return version; }
    /** {@return the scheme's title} */
    public Text title() { return title; }
    /** {@return the certification body or association that issues the scheme, or null} */
    public @Nullable Text issuer() { return issuer; }
    /** {@return the source documents the rubric is built from} */
    public List<Source> sources() { return sources; }
    /** {@return how scores add up: points, or weights of a quality index} */
    public ScoringMode mode() { return mode; }
    /** {@return the sum of the top-level points (100 for the seed rubrics)} */
    public Ratio total() { return total; }
    /** {@return the grade scale, or null where the source defines none (gxdsl244)} */
    public @Nullable GradeScale gradeScale() { return gradeScale; }
    /** {@return the special deduction / bonus rules, or null where the source has none} */
    public @Nullable SpecialRules specialRules() { return specialRules; }
    /** {@return the rating bands for qualitative items, numbered 1, 2, … (may be empty)} */
    public List<Band> bands() { return bands; }
    /** {@return the top-level groups in document order} */
    public List<Indicator> indicators() { return indicators; }
    /** {@return how derived points were allocated, or null when all are published} */
    public @Nullable Text allocationRule() { return allocationRule; }
    /** {@return the tailoring applied to this rubric, or null} */
    public @Nullable AppliedTailoring tailoring() { return tailoring; }

    /**
     * What the result means to a reader: {@link ResultKind#GRADED} whenever there is a grade scale
     * (published or tailored in); otherwise the kind the rubric data declares
     * ({@code scoring.result}), {@link ResultKind#INDEX} when it declares none (the default that
     * keeps rubrics written before the field was introduced as they were).
     *
     * @return the result kind, never null
     */
    public ResultKind resultKind() {
        if (gradeScale != null) return ResultKind.GRADED;
        return declaredResult != null ? declaredResult : ResultKind.INDEX;
    }

    /** {@return the result kind the rubric data declares ({@code scoring.result}), or null when it declares none} */
    public ResultKind declaredResult() { return declaredResult; }
    /** {@return the items a tailoring excludes from scoring, code → justification (always not applicable)} */
    public Map<String, String> exclusions() { return exclusions; }

    /** {@return every leaf (check item or KPI) in document order} */
    public List<Indicator> leaves() { return leaves; }

    /**
     * Finds an indicator, group or leaf.
     *
     * @param code the code as the source prints it ({@code 5.1.2.2})
     * @return the indicator, or empty when the rubric has no such code
     */
    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** {@return all codes, groups and leaves, in document order} */
    public java.util.Set<String> codes() {
        return byCode.keySet();
    }

    /**
     * The group an indicator belongs to.
     *
     * @param code an indicator code
     * @return the parent group of {@code code}, or empty for a top-level group or an unknown code
     */
    public Optional<Indicator> parent(String code) {
        return Optional.ofNullable(parents.get(code));
    }

    /**
     * The top-level group containing an indicator.
     *
     * @param code an indicator code
     * @return its top-level group (the indicator itself when it is one)
     * @throws IllegalArgumentException when the rubric has no such code
     */
    public Indicator topLevelOf(String code) {
        Indicator node = byCode.get(code);
        if (node == null) throw new IllegalArgumentException("rubric " + id + " has no indicator " + code);
        Indicator p;
        while ((p = parents.get(node.code())) != null) node = p;
        return node;
    }

    /**
     * One rating band.
     *
     * @param number the band's number, from 1
     * @return the band, or empty when there is no band of that number
     */
    public Optional<Band> band(int number) {
        return number >= 1 && number <= bands.size() ? Optional.of(bands.get(number - 1)) : Optional.empty();
    }

    /** {@return true when any points, weights or the grade scale are derived rather than published} */
    public boolean hasDerivedValues() {
        if (gradeScale != null && gradeScale.derived()) return true;
        return byCode.values().stream().anyMatch(Indicator::derived); // derived credit curves are marked on each metric
    }

    /**
     * A builder holding this rubric's values, to derive an adjusted rubric (tailoring). The declared
     * total is not carried over: the adjusted rubric's total is the sum of its top level.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id; b.version = version; b.title = title; b.issuer = issuer; b.sources = sources; b.mode = mode;
        b.total = null; b.gradeScale = gradeScale; b.specialRules = specialRules; b.bands = bands;
        b.indicators = indicators; b.allocationRule = allocationRule; b.result = declaredResult; b.tailoring = tailoring;
        b.exclusions = exclusions;
        return b;
    }

    /** {@return an empty builder (scoring mode {@link ScoringMode#POINTS})} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "Rubric[" + id + " " + version + ", " + leaves.size() + " items]";
    }

    /** Assembles a {@link Rubric}; {@link #build()} runs every check. */
    public static final class Builder {
        private String id;
        private String version;
        private Text title;
        private Text issuer;
        private List<Source> sources = List.of();
        private ScoringMode mode = ScoringMode.POINTS;
        private Ratio total;
        private GradeScale gradeScale;
        private SpecialRules specialRules;
        private List<Band> bands = List.of();
        private List<Indicator> indicators = List.of();
        private Text allocationRule;
        private ResultKind result;
        private AppliedTailoring tailoring;
        private Map<String, String> exclusions = Map.of();

        private Builder() {
        }

        /**
         * Sets the rubric id (lower-case letters, digits and '-'; required).
         *
         * @param v the value
         * @return this builder
         */
        public Builder id(String v) { id = v; return this; }
        /**
         * Sets the version (required).
         *
         * @param v the value
         * @return this builder
         */
        public Builder version(String v) { version = v; return this; }
        /**
         * Sets the title (required).
         *
         * @param v the value
         * @return this builder
         */
        public Builder title(Text v) { title = v; return this; }
        /**
         * Sets the issuing body (optional).
         *
         * @param v the value
         * @return this builder
         */
        public Builder issuer(Text v) { issuer = v; return this; }
        /**
         * Sets the source documents.
         *
         * @param v the value
         * @return this builder
         */
        public Builder sources(List<Source> v) { sources = v; return this; }
        /**
         * Sets the scoring mode (default {@link ScoringMode#POINTS}).
         *
         * @param v the value
         * @return this builder
         */
        public Builder mode(ScoringMode v) { mode = v; return this; }
        /**
         * Sets the declared total the top level must add up to (checked).
         *
         * @param v the total, or null to accept the sum
         * @return this builder
         */
        public Builder total(@Nullable Ratio v) { total = v; return this; }
        /**
         * Sets the grade scale (null: no grades).
         *
         * @param v the value
         * @return this builder
         */
        public Builder gradeScale(GradeScale v) { gradeScale = v; return this; }
        /**
         * Sets the special deduction / bonus rules (null: none).
         *
         * @param v the value
         * @return this builder
         */
        public Builder specialRules(SpecialRules v) { specialRules = v; return this; }
        /**
         * Sets the rating bands, numbered 1, 2, … in order.
         *
         * @param v the value
         * @return this builder
         */
        public Builder bands(List<Band> v) { bands = v; return this; }
        /**
         * Sets the top-level groups (at least one).
         *
         * @param v the value
         * @return this builder
         */
        public Builder indicators(List<Indicator> v) { indicators = v; return this; }
        /**
         * Sets how derived points were allocated (null when all are published).
         *
         * @param v the value
         * @return this builder
         */
        public Builder allocationRule(Text v) { allocationRule = v; return this; }
        /**
         * Sets what a result without grades means ({@code index} or {@code conformance}); a grade
         * scale makes the result graded whatever is set here.
         *
         * @param v the declared kind, or null for the default, index
         * @return this builder
         * @throws IllegalArgumentException from {@link #build()} when it is {@link ResultKind#GRADED}
         */
        public Builder result(@Nullable ResultKind v) { result = v; return this; }
        /**
         * Sets the tailoring applied (null: none).
         *
         * @param v the value
         * @return this builder
         */
        public Builder tailoring(AppliedTailoring v) { tailoring = v; return this; }
        /**
         * Sets the items excluded from scoring.
         *
         * @param v code → justification; every code must be a leaf
         * @return this builder
         */
        public Builder exclusions(Map<String, String> v) { exclusions = v; return this; }

        /**
         * Builds the rubric, checking the invariants listed on {@link Rubric}.
         *
         * @return the rubric
         * @throws IllegalArgumentException naming the offending id or code when a check fails
         * @throws NullPointerException     when the title or the scoring mode is missing
         */
        public Rubric build() {
            return new Rubric(this);
        }
    }
}
