package io.aftercert.core.plan;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.FindingResult;
import io.aftercert.core.scoring.GradeRef;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two assessments of the same rubric: score and grade, indicators that
 * improved or regressed, exclusions and findings added or removed. For an ERP to show trends.
 *
 * @param rubric        the rubric id
 * @param scoreBefore   final score before
 * @param scoreAfter    final score after
 * @param change        after − before
 * @param gradeBefore   grade before (null without a grade scale)
 * @param gradeAfter    grade after
 * @param improved      indicators whose credit rose (the evidence got better; renormalisation alone is not a change)
 * @param regressed     indicators whose credit fell
 * @param statusChanges indicators whose status changed (newly assessed, newly excluded, …)
 * @param findingsAdded special findings only in the later assessment
 * @param findingsRemoved special findings only in the earlier one
 *
 * @since 1.0
 */
public record Diff(String rubric, Ratio scoreBefore, Ratio scoreAfter, Ratio change, @Nullable GradeRef gradeBefore, GradeRef gradeAfter,
                   List<Change> improved, List<Change> regressed, List<Change> statusChanges, List<FindingResult> findingsAdded,
                   List<FindingResult> findingsRemoved) {

    /**
     * One indicator's change.
     *
     * @param code         code
     * @param statusBefore status before
     * @param statusAfter  status after
     * @param earnedBefore earned before
     * @param earnedAfter  earned after
     * @param creditBefore credit before (null when not applicable)
     * @param creditAfter  credit after
     */
    public record Change(String code, Status statusBefore, Status statusAfter, Ratio earnedBefore, Ratio earnedAfter,
                         @Nullable Ratio creditBefore, Ratio creditAfter) {
    }

    /**
     * Compares two results of the same rubric; indicators are matched by code, findings by type,
     * category and description.
     *
     * @param before the earlier result
     * @param after  the later result
     * @return what changed from {@code before} to {@code after}
     * @throws IllegalArgumentException when the results are of different rubrics
     */
    public static Diff of(AssessmentResult before, AssessmentResult after) {
        if (!before.rubric().id().equals(after.rubric().id())) {
            throw new IllegalArgumentException("cannot compare rubric " + before.rubric().id() + " with " + after.rubric().id());
        }
        Map<String, IndicatorResult> old = new LinkedHashMap<>();
        before.indicators().forEach(i -> old.put(i.code(), i));
        List<Change> improved = new ArrayList<>();
        List<Change> regressed = new ArrayList<>();
        List<Change> status = new ArrayList<>();
        for (IndicatorResult now : after.indicators()) {
            IndicatorResult was = old.get(now.code());
            if (was == null) continue;
            Change c = new Change(now.code(), was.status(), now.status(), was.earned(), now.earned(), was.credit(), now.credit());
            if (was.status() != now.status()) status.add(c);
            // the evidence decides: a credit that rose or fell. Earned points alone also move when
            // other items are excluded (renormalisation), which is no improvement of this item.
            int cmp = was.credit() == null || now.credit() == null ? 0 : now.credit().compareTo(was.credit());
            if (cmp > 0) improved.add(c);
            else if (cmp < 0) regressed.add(c);
        }
        List<FindingResult> added = new ArrayList<>(after.findings());
        List<FindingResult> removed = new ArrayList<>();
        for (FindingResult f : before.findings()) {
            int at = indexOf(added, f);
            if (at >= 0) added.remove(at);
            else removed.add(f);
        }
        return new Diff(after.rubric().id(), before.finalScore(), after.finalScore(), after.finalScore().minus(before.finalScore()),
                before.grade(), after.grade(), improved, regressed, status, added, removed);
    }

    private static int indexOf(List<FindingResult> list, FindingResult f) {
        for (int i = 0; i < list.size(); i++) {
            FindingResult x = list.get(i);
            if (x.type().equals(f.type()) && x.description().equals(f.description())
                    && java.util.Objects.equals(x.category(), f.category())) return i;
        }
        return -1;
    }
}
