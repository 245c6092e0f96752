package io.aftercert.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK version, generated from the POM at build time (as Jackson's {@code PackageVersion}).
 *
 * @since 1.0
 */
public final class SdkVersion {
    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static final String VERSION = load();

    private SdkVersion() {
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
