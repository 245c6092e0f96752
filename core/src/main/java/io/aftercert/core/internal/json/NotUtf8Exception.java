package io.aftercert.core.internal.json;

/** A file that is not UTF-8 (most often GBK / GB18030 from a Chinese Windows editor). */
public final class NotUtf8Exception extends com.fasterxml.jackson.core.JsonParseException {
    private static final long serialVersionUID = 1L;

    /**
     * The parser's failure, told as what the file most likely is.
     *
     * @param cause   the parser's failure (its place is kept)
     * @param message what the file is and what to do ({@link Encodings#describe})
     */
    public NotUtf8Exception(com.fasterxml.jackson.core.JsonParseException cause, String message) {
        super(null, message, cause.getLocation(), cause);
    }
}
