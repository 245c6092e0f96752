package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import java.util.List;
import java.util.Objects;

/**
 * A node of a rubric's indicator tree: a group (first or second level, with children) or a leaf
 * (a check item or KPI, with a {@link #kind()}).
 *
 * @param code        the clause code exactly as the source prints it ({@code 5.1.2.2})
 * @param title       Chinese title as printed, with an English title
 * @param requirement the requirement / check text verbatim in Chinese (leaves), or null
 * @param kind        leaf kind; null for a group
 * @param points      the node's maximum in score points. For a points rubric the published (or
 *                    derived) points; for a weighted rubric the nominal share of the 0–100 index
 *                    that follows from the weights
 * @param weight      for a weighted rubric: the weight among its siblings (percent for the first
 *                    level, relative below); null for a points rubric
 * @param recommendedWeight the range the source recommends for {@code weight}, or null
 * @param metric      metric details for a {@link IndicatorKind#METRIC} leaf, else null
 * @param checklist   the elements the requirement enumerates (for display and sample counting)
 * @param provenance  source clause and whether the points are derived
 * @param guidance    requirement text of related documents shown to a self-assessor
 * @param children    sub-indicators; empty for a leaf
 *
 * @since 1.0
 */
public record Indicator(String code, Text title, @Nullable String requirement, @Nullable IndicatorKind kind, Ratio points,
                        @Nullable Ratio weight, @Nullable WeightRange recommendedWeight, MetricSpec metric, List<String> checklist,
                        Provenance provenance, List<Guidance> guidance, List<Indicator> children) {
    /**
     * Checks the node and copies its lists.
     *
     * @param code        the clause code exactly as the source prints it ({@code 5.1.2.2})
     * @param title       Chinese title as printed, with an English title
     * @param requirement the requirement / check text verbatim in Chinese (leaves), or null
     * @param kind        leaf kind; null for a group
     * @param points      the node's maximum in score points. For a points rubric the published (or
     *                    derived) points; for a weighted rubric the nominal share of the 0–100 index
     *                    that follows from the weights
     * @param weight      for a weighted rubric: the weight among its siblings (percent for the first
     *                    level, relative below); null for a points rubric
     * @param recommendedWeight the range the source recommends for {@code weight}, or null
     * @param metric      metric details for a {@link IndicatorKind#METRIC} leaf, else null
     * @param checklist   the elements the requirement enumerates (for display and sample counting)
     * @param provenance  source clause and whether the points are derived
     * @param guidance    requirement text of related documents shown to a self-assessor
     * @param children    sub-indicators; empty for a leaf
     * @throws IllegalArgumentException naming the code when the code is blank, the title missing, the points
     *         negative or the weight not positive, a leaf has no kind, metric details are given
     *         without kind metric (or missing for it), or a group has a kind
     * @throws NullPointerException     when the points are missing
     */
    public Indicator {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("indicator code must not be blank");
        if (title == null) throw new IllegalArgumentException("indicator " + code + " needs a title");
        Objects.requireNonNull(points, () -> "indicator " + code + " needs points");
        if (points.signum() < 0) throw new IllegalArgumentException("indicator " + code + " has negative points " + points);
        if (weight != null && weight.signum() <= 0) {
            throw new IllegalArgumentException("indicator " + code + " has non-positive weight " + weight);
        }
        children = children == null ? List.of() : List.copyOf(children);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        if (children.isEmpty()) {
            if (kind == null) throw new IllegalArgumentException("leaf indicator " + code + " needs a kind");
            if ((kind == IndicatorKind.METRIC) != (metric != null)) {
                throw new IllegalArgumentException("indicator " + code + ": metric details are required for, and only for, kind metric");
            }
        } else if (kind != null) {
            throw new IllegalArgumentException("group " + code + " has children and must not have a kind (" + kind.json() + ")");
        }
    }

    /** {@return true for a leaf (a check item or KPI): a node without children} */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** {@return true when the points (or weight) are allocated by the rubric rather than published} */
    public boolean derived() {
        return provenance != null && provenance.derived();
    }

    /**
     * A copy with other points (tailoring, weight resolution).
     *
     * @param newPoints the points, not negative
     * @return the copy
     */
    public Indicator withPoints(Ratio newPoints) {
        return new Indicator(code, title, requirement, kind, newPoints, weight, recommendedWeight, metric, checklist,
                provenance, guidance, children);
    }

    /**
     * A copy with another weight (tailoring).
     *
     * @param newWeight the weight, positive, or null
     * @return the copy
     */
    public Indicator withWeight(@Nullable Ratio newWeight) {
        return new Indicator(code, title, requirement, kind, points, newWeight, recommendedWeight, metric, checklist,
                provenance, guidance, children);
    }

    /**
     * A copy with other children (tailoring, weight resolution).
     *
     * @param newChildren the children (none makes a leaf, which needs a kind)
     * @return the copy
     */
    public Indicator withChildren(List<Indicator> newChildren) {
        return new Indicator(code, title, requirement, kind, points, weight, recommendedWeight, metric, checklist,
                provenance, guidance, newChildren);
    }

    /**
     * A copy with other metric details (a tailored target).
     *
     * @param newMetric the metric details of a metric leaf
     * @return the copy
     */
    public Indicator withMetric(MetricSpec newMetric) {
        return new Indicator(code, title, requirement, kind, points, weight, recommendedWeight, newMetric, checklist,
                provenance, guidance, children);
    }

    /**
     * A copy with another provenance (a tailoring marks the values it changes as derived).
     *
     * @param newProvenance the provenance
     * @return the copy
     */
    public Indicator withProvenance(Provenance newProvenance) {
        return new Indicator(code, title, requirement, kind, points, weight, recommendedWeight, metric, checklist,
                newProvenance, guidance, children);
    }
}
