package io.aftercert.testkit;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOP_FallbackServiceProvider;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The JSON Schema validator the test kit uses logs through SLF4J. A rubric author's test build
 * usually has no SLF4J provider, and SLF4J then prints its "No SLF4J providers were found"
 * warning into every build. When no provider is on the class path, SLF4J is initialised here once
 * with its own no-operation provider, explicitly and quietly; the two system properties that
 * select it are removed again straight after. A build that has a provider (Logback, …) is left
 * alone, and so is one whose SLF4J was initialised before.
 */
final class QuietSlf4j {
    private static final String PROVIDER = "slf4j.provider";
    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietSlf4j() {
    }

    static synchronized void init() {
        if (System.getProperty(PROVIDER) != null || hasProvider()) return;
        boolean setVerbosity = System.getProperty(VERBOSITY) == null;
        System.setProperty(PROVIDER, NOP_FallbackServiceProvider.class.getName());
        if (setVerbosity) System.setProperty(VERBOSITY, "WARN"); // hides only "Attempting to load provider …" (INFO)
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(PROVIDER);
            if (setVerbosity) System.clearProperty(VERBOSITY);
        }
    }

    private static boolean hasProvider() {
        try {
            ClassLoader cl = QuietSlf4j.class.getClassLoader();
            return ServiceLoader.load(SLF4JServiceProvider.class, cl).iterator().hasNext();
        } catch (ServiceConfigurationError e) {
            return true; // a provider is there, if broken: let SLF4J report it
        }
    }
}
