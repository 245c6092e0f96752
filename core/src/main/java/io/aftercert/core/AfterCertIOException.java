package io.aftercert.core;

import java.io.IOException;

/**
 * A resource or file the SDK reads or writes could not be: a rubric's data missing from its
 * module, a device error. The cause is the {@link IOException}.
 *
 * @since 1.0
 */
public final class AfterCertIOException extends AfterCertException {
    private static final long serialVersionUID = 1L;

    /**
     * An I/O failure.
     *
     * @param text  what could not be read or written, in both languages
     * @param cause the I/O error
     */
    public AfterCertIOException(Text text, IOException cause) {
        super(text, cause);
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
