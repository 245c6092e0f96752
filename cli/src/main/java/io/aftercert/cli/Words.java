package io.aftercert.cli;

import io.aftercert.core.Lang;
import io.aftercert.core.Text;

/**
 * The command line's wording: the message bundle {@code Words_<lang>.properties} ({@link Text.Bundle}).
 * A value is either plain text with holes {@code {0}}, {@code {1}} ({@link #w}) or, for a line whose
 * columns are laid out, a {@link java.util.Formatter} pattern ({@link #f}); the key's comment in the
 * file says which. The usage help has its own file, {@code HelpZh.properties} ({@link HelpText}).
 */
final class Words {
    private Words() {
    }

    static final Text.Bundle BUNDLE = Text.Bundle.of("Words", n -> Words.class.getResourceAsStream(n));

    /** The text of {@code key} in {@code lang}, its holes {@code {0}}, {@code {1}}, … filled in order. */
    static String w(Lang lang, String key, Object... args) {
        return BUNDLE.format(lang, key, args);
    }

    /** A problem with what the user asked for, in every language: {@code key}'s text with its holes filled. */
    static Main.UserException error(String key, Object... args) {
        return new Main.UserException(BUNDLE.text(key, args));
    }

    /** The {@link java.util.Formatter} pattern {@code key} in {@code lang}, formatted with {@code args}. */
    static String f(Lang lang, String key, Object... args) {
        return String.format(BUNDLE.get(lang, key), args);
    }
}
