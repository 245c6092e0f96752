package io.aftercert.core.internal.input;

import io.aftercert.core.Lang;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for misspelt codes and ids.
 *
 * @since 1.0
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code input} by edit distance, if it is near enough to be a
     * plausible misspelling: at most max(2, a third of the input's length) edits.
     *
     * @param input      what the user typed
     * @param candidates the valid codes or ids
     * @return the nearest candidate (the first of equally near ones), or empty when none is near enough
     */
    public static Optional<String> nearest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(input, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, input.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The Levenshtein distance: the fewest single-character insertions, deletions and
     * substitutions that turn {@code a} into {@code b} (UTF-16 units; codes and ids are ASCII).
     * Two rows of the Wagner–Fischer table, O(|a|·|b|) time and O(|b|) space; replaces the one
     * call this project made into commons-text.
     */
    static int distance(CharSequence a, CharSequence b) {
        int n = b.length();
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int substitute = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }

    /**
     * The suggestion as a message suffix.
     *
     * @param input      what the user typed
     * @param candidates the valid codes or ids
     * @return {@code " (did you mean '5.1.2.2'?)"} for the {@link #nearest} candidate, or the empty string
     */
    public static String didYouMean(String input, Collection<String> candidates) {
        return didYouMean(input, candidates, Lang.EN);
    }

    /**
     * The suggestion as a message suffix in one language.
     *
     * @param input      what the user typed
     * @param candidates the valid codes or ids
     * @param lang       the reader's language
     * @return {@code "（可能应为“5.1.2.2”）"} or {@code " (did you mean '5.1.2.2'?)"}, or the empty string
     */
    public static String didYouMean(String input, Collection<String> candidates, Lang lang) {
        return nearest(input, candidates).map(s -> lang == Lang.EN ? " (did you mean '" + s + "'?)" : "（可能应为“" + s + "”）").orElse("");
    }
}
