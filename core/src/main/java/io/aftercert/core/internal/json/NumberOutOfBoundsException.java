package io.aftercert.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;

/** A number outside {@link io.aftercert.core.NumberBounds}, with the JSON path where it stands. */
public final class NumberOutOfBoundsException extends com.fasterxml.jackson.core.JsonParseException {
    private static final long serialVersionUID = 1L;
    /** The JSON path of the number. */
    private final String path;
    private final String zh;

    /**
     * A number refused where the parser stands.
     *
     * @param p       the parser, on the number
     * @param path    the JSON path of the number
     * @param message what is wrong, in English
     * @param zh      what is wrong, in Chinese
     */
    public NumberOutOfBoundsException(JsonParser p, String path, String message, String zh) {
        super(p, message);
        this.path = path;
        this.zh = zh;
    }

    /** {@return what is wrong with the number, in Chinese} */
    public String messageZh() {
        return zh;
    }

    /** {@return the JSON path of the number ({@code $.evidence["5.1.2.2"].value})} */
    public String path() {
        return path;
    }
}
