package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A grade of a rubric's scale.
 *
 * @param id       stable id ({@code qualified}, {@code three-star}, …)
 * @param label    label as the source prints it ({@code 达标}, {@code 三星})
 * @param minScore the inclusive lower bound of the final score
 * @param star     true when certification bodies normally grant it only after the qualifying
 *                 period at the lowest grade (GB/T 27922 star levels)
 *
 * @since 1.0
 */
public record Grade(String id, Text label, Ratio minScore, boolean star) {
    /** The id a result gives when no grade is reached or the evaluation is not passed; no grade may use it. */
    public static final String NONE_ID = "none";

    /**
     * Checks the grade.
     *
     * @param id       stable id ({@code qualified}, {@code three-star}, …)
     * @param label    label as the source prints it ({@code 达标}, {@code 三星})
     * @param minScore the inclusive lower bound of the final score
     * @param star     true when certification bodies normally grant it only after the qualifying
     *                 period at the lowest grade (GB/T 27922 star levels)
     * @throws InvalidModelException when the id is blank or {@value #NONE_ID}, the label is
     *                               missing, or the bound lies outside [0, 100]
     */
    public Grade {
        List<Problem> ps = problems(id, label, minScore);
        if (!ps.isEmpty()) throw new InvalidModelException(ps.get(0));
    }

    /**
     * Every reason the constructor would refuse these values, in both languages, each with the
     * field it concerns as its path ({@code id}, {@code label}, {@code min}); for a reader of a
     * file that reports them all at their place.
     *
     * @param id       the id
     * @param label    the label
     * @param minScore the lower bound
     * @return the problems (file and code null), empty when the grade can be built
     */
    public static List<Problem> problems(String id, Text label, Ratio minScore) {
        if (id == null || id.isBlank() || NONE_ID.equals(id)) { // without an id nothing else can be named
            return List.of(Problem.of(null, "id", null, "每个等级须有 id，且不能是“none”",
                    id == null || id.isBlank() ? "grade id must not be blank" : "grade id 'none' is reserved for 'no grade'"));
        }
        List<Problem> ps = new ArrayList<>();
        if (label == null) ps.add(Problem.of(null, "label", null, "等级“" + id + "”须有名称（label）", "grade " + id + " needs a label"));
        if (minScore == null || minScore.signum() < 0 || minScore.compareTo(Ratio.HUNDRED) > 0) {
            ps.add(Problem.of(null, "min", null, "等级“" + id + "”的下限（min）应在 0 至 100 之间",
                    "grade " + id + " bound must lie in [0, 100], not " + minScore));
        }
        return ps;
    }
}
