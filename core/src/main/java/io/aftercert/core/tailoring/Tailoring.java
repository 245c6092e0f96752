package io.aftercert.core.tailoring;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.aftercert.core.internal.ahp.Ahp;
import io.aftercert.core.internal.io.AtomicFiles;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.Text;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.AppliedTailoring;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.InvalidModelException;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Provenance;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adjusts a rubric without code (architecture §5): exclude items with a justification, override points,
 * weights (directly or by AHP) and metric targets, replace the grade scale. {@link #applyTo}
 * refuses a tailoring that breaks the rubric's invariants — unknown codes, totals that no longer
 * add up, weights that no longer make 100 %, an inconsistent AHP matrix — listing every problem
 * with its JSON path. The tailored rubric records the tailoring's name and the SHA-256 of its file.
 *
 * <p>Rules: a leaf's points may change freely, but every group keeps its points unless the
 * tailoring overrides the group too, and each group's items must add up to it; the rubric total
 * never changes. Overridden points count as published by the tailoring's author (no longer
 * derived).
 *
 * @param name        the tailoring's name (recorded in results and reports)
 * @param rubric      the rubric id it is for
 * @param description what it is, or null
 * @param exclude     code → justification: items (or all items of a group) excluded from scoring
 * @param points      code → points
 * @param weights     code → weight (weighted rubrics)
 * @param ahp         pairwise comparison of sibling codes, giving their weights
 * @param targets     metric code → target
 * @param gradeScale  a replacement grade scale, or null
 * @param sha256      SHA-256 of the file it was read from
 * @param file        the file name, for problems
 *
 * @since 1.0
 */
public record Tailoring(String name, String rubric, @Nullable String description, Map<String, String> exclude,
                        Map<String, Ratio> points, Map<String, Ratio> weights, AhpSpec ahp, Map<String, Ratio> targets,
                        @Nullable GradeScaleSpec gradeScale, String sha256, String file) {

    /**
     * Sibling codes compared pairwise; {@code matrix[i][j]}: how much more important codes[i] is than codes[j].
     *
     * @param codes  the sibling codes compared, all of one group
     * @param matrix the positive reciprocal comparison matrix on Saaty's 1–9 scale, in the order of
     *               {@code codes}; refused when its consistency ratio is 0.10 or more ({@link io.aftercert.core.internal.ahp.Ahp})
     */
    public record AhpSpec(List<String> codes,
                          @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = io.aftercert.core.internal.ahp.Ahp.MatrixDeserializer.class) double[][] matrix) {
    }

    /**
     * A replacement grade scale.
     *
     * @param grades           the grades, ascending by bound
     * @param none             the label below the lowest bound, or null to keep the rubric's
     * @param derived          true when the bounds are derived rather than published; null means false
     * @param qualifyingMonths months at the lowest grade before star grades, or null to keep the rubric's (12 without one)
     * @param starCaveat       the caveat shown with a star grade, or null to keep the rubric's
     */
    public record GradeScaleSpec(List<GradeSpec> grades, @Nullable Text none, @Nullable Boolean derived, @Nullable Integer qualifyingMonths, @Nullable Text starCaveat) {
    }

    /**
     * One grade of a replacement scale.
     *
     * @param id    the grade id
     * @param label its label
     * @param min   its inclusive lower bound of the final score, in [0, 100]
     * @param star  true for a star grade
     */
    public record GradeSpec(String id, Text label, Ratio min, boolean star) {
    }

    private record Dto(@JsonProperty("$schema") String schema, String name, String rubric, String description,
                       Map<String, String> exclude, Map<String, Ratio> points, Map<String, Ratio> weights, AhpSpec ahp,
                       Map<String, Ratio> targets, GradeScaleSpec gradeScale) {
    }

    /**
     * Reads a tailoring file; its codes are checked when it is applied.
     *
     * @param json the file's bytes
     * @param file the file name used in problems
     * @return the tailoring, with the SHA-256 of {@code json}
     * @throws InvalidInputException naming the file and JSON path
     */
    public static Tailoring read(byte[] json, String file) {
        Dto d = Json.readValue(json, Dto.class, fileSummary(file), file);
        List<Problem> ps = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) ps.add(Problem.of(file, "$.name", null, "剪裁须有名称（name）", "a tailoring needs a name"));
        if (d.rubric() == null || d.rubric().isBlank()) {
            ps.add(Problem.of(file, "$.rubric", null, "剪裁须写明适用的评分标准（rubric）", "a tailoring names the rubric it is for"));
        }
        if (!ps.isEmpty()) throw new InvalidInputException(fileSummary(file), ps);
        return new Tailoring(d.name(), d.rubric(), d.description(), orEmpty(d.exclude()), orEmpty(d.points()),
                orEmpty(d.weights()), d.ahp(), orEmpty(d.targets()), d.gradeScale(), AtomicFiles.sha256(json), file);
    }

    private static <V> Map<String, V> orEmpty(Map<String, V> m) {
        return m == null ? Map.of() : new LinkedHashMap<>(m);
    }

    /**
     * The tailored rubric.
     *
     * @param base the rubric the tailoring names
     * @return a new rubric with the adjustments, recording this tailoring's name and SHA-256
     * @throws InvalidInputException listing every problem, each with its JSON path and code
     */
    public Rubric applyTo(Rubric base) {
        List<Problem> ps = new ArrayList<>();
        if (!base.id().equals(rubric)) {
            ps.add(Problem.of(file, "$.rubric", null, "此剪裁适用于评分标准 " + rubric + "，不是 " + base.id(),
                    "this tailoring is for rubric '" + rubric + "', not '" + base.id() + "'"));
            throw new InvalidInputException(Text.of("剪裁“" + name + "”有误", "invalid tailoring " + name), ps);
        }
        Map<String, String> excluded = exclusions(base, ps);
        checkPoints(base, ps);
        Map<String, Ratio> newWeights = tailoredWeights(base, ps);
        checkTargets(base, ps);
        GradeScale scale = base.gradeScale();
        if (gradeScale != null) {
            GradeScale tailored = tailoredScale(base, ps);
            if (tailored != null) scale = tailored;
        }
        if (!ps.isEmpty()) throw new InvalidInputException(misfit(name, base), ps);

        List<Indicator> top = new ArrayList<>();
        try {
            for (Indicator i : base.indicators()) top.add(rebuild(i, newWeights, ps));
        } catch (IllegalArgumentException e) { // a value the checks above did not foresee: still the user's input
            throw new InvalidInputException(misfit(name, base), List.of(new Problem(file, JsonPath.ROOT, null, e.getMessage())));
        }
        checkTotal(base, top, ps);
        if (!ps.isEmpty()) throw new InvalidInputException(misfit(name, base), ps);
        try {
            return base.toBuilder().indicators(top).total(base.total()).gradeScale(scale).exclusions(excluded)
                    .tailoring(new AppliedTailoring(name, sha256)).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(misfit(name, base), List.of(new Problem(file, null, null, e.getMessage())));
        }
    }

    /** The base rubric's exclusions with this tailoring's, each leaf under an excluded node by its reason. */
    private Map<String, String> exclusions(Rubric base, List<Problem> ps) {
        Map<String, String> excluded = new LinkedHashMap<>(base.exclusions());
        exclude.forEach((code, why) -> {
            String path = JsonPath.field("$.exclude", code);
            Indicator node = known(base, code, path, ps);
            if (node == null) return;
            if (why == null || why.isBlank()) {
                ps.add(Problem.of(file, path, code, "删减须写明理由", "an exclusion needs a justification"));
                return;
            }
            leavesOf(node).forEach(l -> excluded.put(l.code(), why));
        });
        return excluded;
    }

    /** Points are for a points table, and at least 0. */
    private void checkPoints(Rubric base, List<Problem> ps) {
        if (!points.isEmpty() && base.mode() != ScoringMode.POINTS) {
            ps.add(Problem.of(file, "$.points", null, "评分标准 " + base.id() + " 为加权制：请设置权重（weights），不要设置分值（points）",
                    "rubric " + base.id() + " is weighted: set \"weights\", not \"points\""));
        }
        points.forEach((code, p) -> {
            String path = JsonPath.field("$.points", code);
            if (known(base, code, path, ps) != null && p.signum() < 0) {
                ps.add(Problem.of(file, path, code, "分值（points）不能小于 0，不能是 " + p, "points must be ≥ 0, not " + p));
            }
        });
    }

    /** The weights to set, direct or by AHP, with a problem for each that does not fit. */
    private Map<String, Ratio> tailoredWeights(Rubric base, List<Problem> ps) {
        Map<String, Ratio> newWeights = new LinkedHashMap<>(weights);
        if (!weights.isEmpty() && base.mode() != ScoringMode.WEIGHTED) {
            ps.add(Problem.of(file, "$.weights", null, "评分标准 " + base.id() + " 为计分制：请设置分值（points），不要设置权重（weights）",
                    "rubric " + base.id() + " is a points table: set \"points\", not \"weights\""));
        }
        weights.forEach((code, w) -> {
            String path = JsonPath.field("$.weights", code);
            if (known(base, code, path, ps) != null && w.signum() <= 0) {
                ps.add(Problem.of(file, path, code, "权重（weights）应大于 0，不能是 " + w, "a weight must be > 0, not " + w));
            }
        });
        if (ahp != null && base.mode() != ScoringMode.WEIGHTED) {
            // a points table has no weights for AHP to set (its items carry points, not shares)
            ps.add(Problem.of(file, "$.ahp", null, "评分标准 " + base.id() + " 为计分制：请设置分值（points），不要设置层次分析（ahp）",
                    "rubric " + base.id() + " is a points table: set \"points\", not \"ahp\""));
        } else if (ahp != null) {
            ahpWeights(base, newWeights, ps);
        }
        return newWeights;
    }

    /** Each target is on a metric indicator whose curve still holds with it. */
    private void checkTargets(Rubric base, List<Problem> ps) {
        targets.forEach((code, t) -> {
            String path = JsonPath.field("$.targets", code);
            Indicator node = known(base, code, path, ps);
            if (node != null && node.kind() != IndicatorKind.METRIC) {
                ps.add(Problem.of(file, path, code, code + " 不是指标值条款，没有目标值", code + " is not a metric indicator and has no target"));
            } else if (node != null) { // a metric indicator always has its metric details (Indicator checks)
                try {
                    node.metric().withTarget(t); // the curve must still hold: refused here, with the path, rather than scored wrong
                } catch (IllegalArgumentException e) {
                    ps.add(Problem.of(file, path, code, "目标值 " + t + " 不适用于 " + code + "：" + e.getMessage(),
                            "target " + t + " does not fit " + code + ": " + e.getMessage()));
                }
            }
        });
    }

    /** The rebuilt rubric still adds up: to its total (points) or to 100 % at the first level (weighted). */
    private void checkTotal(Rubric base, List<Indicator> top, List<Problem> ps) {
        if (base.mode() == ScoringMode.POINTS) {
            Ratio total = top.stream().map(Indicator::points).reduce(Ratio.ZERO, Ratio::plus);
            if (!total.equals(base.total())) {
                ps.add(Problem.of(file, "$.points", null, "剪裁后总分为 " + total + "，不是 " + base.total(), "the rubric now adds up to " + total + ", not " + base.total()));
            }
        } else {
            Ratio sum = top.stream().map(Indicator::weight).reduce(Ratio.ZERO, Ratio::plus);
            if (!sum.equals(Ratio.HUNDRED)) {
                ps.add(Problem.of(file, ahp != null ? "$.ahp" : "$.weights", null, "一级权重之和为 " + sum + "%，不是 100%",
                        "the first-level weights now add up to " + sum + " %, not 100 %"));
            }
        }
    }

    /**
     * The tailoring's grade scale, checked by {@link Grade#problems} and {@link GradeScale#problems}
     * (the model's own rules and words): each becomes a problem at its place in the file.
     *
     * @return the scale, or null when a problem was added
     */
    private @Nullable GradeScale tailoredScale(Rubric base, List<Problem> ps) {
        List<GradeSpec> specs = gradeScale.grades() == null ? List.of() : gradeScale.grades();
        List<Grade> gs = new ArrayList<>();
        int before = ps.size();
        for (int i = 0; i < specs.size(); i++) {
            GradeSpec g = specs.get(i);
            List<Problem> own = g == null ? Grade.problems(null, null, null) : Grade.problems(g.id(), g.label(), g.min());
            for (Problem p : own) ps.add(new Problem(file, "$.gradeScale.grades[" + i + "]." + p.path(), null, p.text()));
            gs.add(own.isEmpty() ? new Grade(g.id(), g.label(), g.min(), g.star()) : null);
        }
        int months = gradeScale.qualifyingMonths() != null ? gradeScale.qualifyingMonths()
                : base.gradeScale() == null ? 12 : base.gradeScale().qualifyingMonths();
        for (Problem p : GradeScale.problems(gs, months)) ps.add(new Problem(file, "$.gradeScale." + p.path(), null, p.text()));
        if (ps.size() > before) { // in file order: grade by grade, then the scale's own fields
            List<Problem> mine = new ArrayList<>(ps.subList(before, ps.size()));
            mine.sort(java.util.Comparator.comparingInt(Tailoring::gradePosition));
            ps.subList(before, ps.size()).clear();
            ps.addAll(mine);
            return null;
        }
        GradeScale old = base.gradeScale();
        try {
            return new GradeScale(gs, gradeScale.none() != null ? gradeScale.none() : old == null ? null : old.noneLabel(),
                    gradeScale.derived() != null && gradeScale.derived(),
                    months,
                    gradeScale.starCaveat() != null ? gradeScale.starCaveat() : old == null ? null : old.starCaveat(),
                    new Provenance("tailoring", name, false, "grade scale of tailoring '" + name + "'"));
        } catch (InvalidModelException e) { // checked above; kept so a rule added to the model alone is still reported in place
            ps.add(new Problem(file, "$.gradeScale." + e.path(), null, e.text()));
            return null;
        }
    }

    /** The grade a grade-scale problem concerns: -1 for the list itself, after every grade for the other fields. */
    private static int gradePosition(Problem p) {
        String path = p.path();
        int open = path.indexOf("grades[");
        if (open >= 0) return Integer.parseInt(path.substring(open + 7, path.indexOf(']', open)));
        return path.endsWith(".grades") ? -1 : Integer.MAX_VALUE;
    }

    private void ahpWeights(Rubric base, Map<String, Ratio> out, List<Problem> ps) {
        List<String> codes = ahp.codes() == null ? List.of() : ahp.codes();
        if (codes.isEmpty()) {
            ps.add(Problem.of(file, "$.ahp.codes", null, "请列出判断矩阵所比较的同级条款号", "name the sibling codes the matrix compares"));
            return;
        }
        String parent = null;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Indicator node = known(base, code, JsonPath.index("$.ahp.codes", i), ps);
            if (node == null) return;
            String p = base.parent(code).map(Indicator::code).orElse("");
            if (i == 0) parent = p;
            else if (!p.equals(parent)) {
                ps.add(Problem.of(file, JsonPath.index("$.ahp.codes", i), code, "层次分析只比较同级条款：" + code + " 与 " + codes.get(0) + " 不属于同一上级",
                        "AHP compares siblings: " + code + " does not share a parent with " + codes.get(0)));
                return;
            }
            if (out.containsKey(code)) ps.add(Problem.of(file, JsonPath.field("$.weights", code), code,
                    code + " 的权重同时由权重（weights）和层次分析（ahp）给出", code + " gets its weight from both \"weights\" and \"ahp\""));
        }
        if (ahp.matrix() == null || ahp.matrix().length != codes.size()) {
            ps.add(Problem.of(file, "$.ahp.matrix", null, "判断矩阵应每个条款一行（共 " + codes.size() + " 行）", "the matrix must have one row per code (" + codes.size() + ")"));
            return;
        }
        try {
            Ahp.Result r = Ahp.weights(ahp.matrix());
            // below the first level weights are relative: the AHP shares divide what the compared siblings had together
            Ratio together = Ratio.ZERO;
            for (String c : codes) together = together.plus(base.indicator(c).orElseThrow().weight());
            // no weight rounds to 0 %: with every entry at least 1/9, (A·w)_i ≥ Σ w_j / 9 in each step of the
            // power iteration, so each normalised weight is at least 1 / (9 · 9n) ≥ 1/1215 ≈ 0.08 % for n ≤ 15
            for (int i = 0; i < codes.size(); i++) {
                Ratio pct = r.percentWeights().get(i);
                out.put(codes.get(i), parent.isEmpty() ? pct : pct.times(together).dividedBy(Ratio.HUNDRED));
            }
        } catch (Ahp.InvalidMatrixException e) {
            ps.add(new Problem(file, "$.ahp.matrix", null, e.getMessage()));
        }
    }

    private Indicator rebuild(Indicator node, Map<String, Ratio> newWeights, List<Problem> ps) {
        Indicator n = node;
        if (newWeights.containsKey(n.code())) n = n.withWeight(newWeights.get(n.code()));
        if (targets.containsKey(n.code())) { // applyTo refused a target on anything but a metric indicator
            n = n.withMetric(n.metric().withTarget(targets.get(n.code())))
                    .withProvenance(tailored(n, "target " + targets.get(n.code())));
        }
        if (n.isLeaf()) {
            if (points.containsKey(n.code())) n = n.withPoints(points.get(n.code())).withProvenance(tailored(n, "points"));
            return n;
        }
        List<Indicator> kids = new ArrayList<>();
        for (Indicator c : n.children()) kids.add(rebuild(c, newWeights, ps));
        n = n.withChildren(kids);
        if (points.containsKey(n.code())) n = n.withPoints(points.get(n.code())).withProvenance(tailored(n, "points"));
        // a weighted rubric's points follow from its weights, which tailoring changes without touching points,
        // so its groups always add up: only a points table can fail here
        Ratio sum = kids.stream().map(Indicator::points).reduce(Ratio.ZERO, Ratio::plus);
        if (!sum.equals(n.points())) {
            ps.add(Problem.of(file, points.containsKey(n.code()) ? JsonPath.field("$.points", n.code()) : "$.points", n.code(),
                    n.code() + " 下各条款之和为 " + sum + "，不是其 " + n.points() + " 分"
                            + (points.containsKey(n.code()) ? "" : "（请同时修改 " + n.code() + " 的分值，或重新分配其下条款）"),
                    "the items of " + n.code() + " now add up to " + sum + ", not its " + n.points() + " points"
                            + (points.containsKey(n.code()) ? "" : " (override " + n.code() + " too, or rebalance its items)")));
        }
        return n;
    }

    private Provenance tailored(Indicator n, String what) {
        return new Provenance(n.provenance() == null ? "tailoring" : n.provenance().source(),
                n.provenance() == null ? n.code() : n.provenance().clause(), false,
                what + " set by tailoring '" + name + "'");
    }

    private static Text fileSummary(String file) {
        return Text.of("剪裁文件 " + file + " 有误", "invalid tailoring file " + file);
    }

    private static Text misfit(String name, Rubric base) {
        return Text.of("剪裁“" + name + "”与评分标准 " + base.id() + " 不符", "tailoring '" + name + "' does not fit rubric " + base.id());
    }

    private Indicator known(Rubric base, String code, String path, List<Problem> ps) {
        var node = base.indicator(code);
        if (node.isEmpty()) {
            ps.add(Problem.of(file, path, code, "评分标准 " + base.id() + " 中没有条款“" + code + "”"
                    + Suggestions.didYouMean(code, base.codes(), io.aftercert.core.Lang.ZH),
                    "rubric " + base.id() + " has no indicator '" + code + "'" + Suggestions.didYouMean(code, base.codes())));
            return null;
        }
        return node.get();
    }

    private static List<Indicator> leavesOf(Indicator node) {
        if (node.isLeaf()) return List.of(node);
        List<Indicator> out = new ArrayList<>();
        for (Indicator c : node.children()) out.addAll(leavesOf(c));
        return out;
    }
}
