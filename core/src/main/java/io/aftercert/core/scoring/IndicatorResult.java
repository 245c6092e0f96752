package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.model.IndicatorKind;
import java.util.List;

/**
 * The score of one leaf indicator.
 *
 * @param code          clause code
 * @param title         title
 * @param kind          qualitative, sampled or metric
 * @param max           the maximum the item is scored against: its points, or in a weighted rubric its
 *                      share after the weights of not-applicable siblings moved to it (an item that
 *                      is itself not applicable keeps its nominal points). 0 ≤ earned ≤ max always
 * @param nominalMax    the rubric's nominal maximum where it differs from {@code max}, else null
 * @param applicable    points counted in the applicable total (0 when not applicable)
 * @param earned        points earned (0 ≤ earned ≤ applicable)
 * @param status        assessed / not_applicable / not_assessed
 * @param credit        credit in [0, 1]; null when not applicable
 * @param form          the evidence form given ({@code conforms}, {@code band}, …), or null
 * @param band          the band given, or null
 * @param conforming    sampled evidence: conforming cases, or null
 * @param sampled       sampled evidence: cases sampled, or null
 * @param metric        metric value against target, or null
 * @param justification the not-applicable justification, or null
 * @param notes         the evidence notes, or null
 * @param attachments   attachment references (text only)
 * @param derived       true when the item's points are derived, not published
 *
 * @since 1.0
 */
public record IndicatorResult(String code, Text title, IndicatorKind kind, Ratio max, @Nullable Ratio nominalMax, Ratio applicable, Ratio earned,
                              Status status, @Nullable Ratio credit, @Nullable String form, @Nullable Integer band, @Nullable Integer conforming,
                              @Nullable Integer sampled, @Nullable MetricResult metric, @Nullable String justification, @Nullable String notes,
                              List<String> attachments, boolean derived) {
    /**
     * Copies the attachments (null: none).
     *
     * @param code          clause code
     * @param title         title
     * @param kind          qualitative, sampled or metric
     * @param max           the maximum the item is scored against: its points, or in a weighted rubric its
     *                      share after the weights of not-applicable siblings moved to it (an item that
     *                      is itself not applicable keeps its nominal points). 0 ≤ earned ≤ max always
     * @param nominalMax    the rubric's nominal maximum where it differs from {@code max}, else null
     * @param applicable    points counted in the applicable total (0 when not applicable)
     * @param earned        points earned (0 ≤ earned ≤ applicable)
     * @param status        assessed / not_applicable / not_assessed
     * @param credit        credit in [0, 1]; null when not applicable
     * @param form          the evidence form given ({@code conforms}, {@code band}, …), or null
     * @param band          the band given, or null
     * @param conforming    sampled evidence: conforming cases, or null
     * @param sampled       sampled evidence: cases sampled, or null
     * @param metric        metric value against target, or null
     * @param justification the not-applicable justification, or null
     * @param notes         the evidence notes, or null
     * @param attachments   attachment references (text only)
     * @param derived       true when the item's points are derived, not published
     */
    public IndicatorResult {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** {@return the points full credit would add to Σ earned: applicable − earned} */
    public Ratio lost() {
        return applicable.minus(earned);
    }
}
