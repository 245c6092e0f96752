package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import java.util.List;

/**
 * The cheapest way up to the next grade.
 *
 * @param grade     the grade aimed at
 * @param needed    the final-score rise needed (exact)
 * @param items     the fewest indicators whose full credit reaches it, largest gain first
 * @param gain      the rise those items give together
 * @param reachable false when no set of items reaches it (the note says why)
 * @param note      an explanation, or null (English: the JSON's text)
 * @param why       the explanation in Chinese and English, for output in either language, or null
 *                  (a result written before it existed reads back with {@code note} in both languages)
 *
 * @since 1.0
 */
public record NextGrade(GradeRef grade, Ratio needed, List<String> items, Ratio gain, boolean reachable, @Nullable String note,
                        @Nullable Text why) {
    /**
     * Copies the items (null: none); without {@code why} the note stands for both languages.
     *
     * @param grade     the grade aimed at
     * @param needed    the final-score rise needed (exact)
     * @param items     the fewest indicators whose full credit reaches it, largest gain first
     * @param gain      the rise those items give together
     * @param reachable false when no set of items reaches it (the note says why)
     * @param note      an explanation, or null
     * @param why       the explanation in Chinese and English, or null
     */
    public NextGrade {
        items = items == null ? List.of() : List.copyOf(items);
        if (why == null && note != null) why = Text.of(note, note);
    }

    /**
     * A next grade whose note exists in English only.
     *
     * @param grade     the grade aimed at
     * @param needed    the final-score rise needed (exact)
     * @param items     the fewest indicators whose full credit reaches it, largest gain first
     * @param gain      the rise those items give together
     * @param reachable false when no set of items reaches it (the note says why)
     * @param note      an explanation, or null
     */
    public NextGrade(GradeRef grade, Ratio needed, List<String> items, Ratio gain, boolean reachable, @Nullable String note) {
        this(grade, needed, items, gain, reachable, note, null);
    }

    /**
     * A next grade explained in both languages ({@code note} is the English text).
     *
     * @param grade     the grade aimed at
     * @param needed    the final-score rise needed (exact)
     * @param items     the fewest indicators whose full credit reaches it, largest gain first
     * @param gain      the rise those items give together
     * @param reachable false when no set of items reaches it
     * @param why       the explanation, or null
     */
    public NextGrade(GradeRef grade, Ratio needed, List<String> items, Ratio gain, boolean reachable, @Nullable Text why) {
        this(grade, needed, items, gain, reachable, why == null ? null : why.en(), why);
    }
}
