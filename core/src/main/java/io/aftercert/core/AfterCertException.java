package io.aftercert.core;

import org.jspecify.annotations.Nullable;
/**
 * The one base of what the SDK throws about its inputs and its surroundings, said in both
 * languages: {@link #getMessage()} in English (logs, JSON APIs), {@link #text()} and
 * {@link #describe(Lang)} in the reader's language. Unchecked, like Jackson's and the JDK's
 * parse errors, so a caller catches it where it can answer the user and nowhere else.
 *
 * <ul>
 *   <li>{@link InvalidInputException}: input that cannot be used, with every {@link Problem} found;</li>
 *   <li>{@link UnknownRubricException}: no usable rubric of the id asked for is installed;</li>
 *   <li>{@link AfterCertIOException}: a resource or file could not be read or written.</li>
 * </ul>
 *
 * <p>Arguments built wrongly in code (a null where a value is required, a grade bound outside
 * [0, 100]) are {@link IllegalArgumentException}s or {@link NullPointerException}s, as in the JDK;
 * the rubric model's own are {@link io.aftercert.core.model.InvalidModelException}s, which carry
 * both languages too.
 *
 * @since 1.0
 */
public abstract class AfterCertException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Text text;

    /**
     * An exception whose message is the English of {@code text}.
     *
     * @param text  what went wrong, in both languages
     * @param cause the cause, or null
     */
    protected AfterCertException(Text text, @Nullable Throwable cause) {
        super(text.en(), cause);
        this.text = text;
    }

    /**
     * An exception with a message of its own (a longer English text than {@code text.en()}).
     *
     * @param message the English message
     * @param text    what went wrong, in both languages
     * @param cause   the cause, or null
     */
    protected AfterCertException(String message, Text text, @Nullable Throwable cause) {
        super(message, cause);
        this.text = text;
    }

    /** {@return what went wrong, in both languages} */
    public Text text() {
        return text;
    }

    /**
     * What went wrong in one language, complete (an {@link InvalidInputException} lists every problem).
     *
     * @param lang the reader's language
     * @return the text; in English it is {@link #getMessage()}
     */
    public String describe(Lang lang) {
        return lang == Lang.EN ? getMessage() : text.in(lang);
    }
}
