package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A bound on the work a call does, without a clock: the bytes the calling thread allocates while
 * it runs (HotSpot counts them per thread). A hostile input that makes a reader expand a number to
 * millions of digits, or loop over a huge structure, allocates far beyond the bound however fast
 * or loaded the machine is; a timed assertion would instead fail on a busy machine and pass a slow
 * regression on a quick one.
 */
public final class Allocation {
    private static final Object THREADS;
    private static final Method ALLOCATED;

    static {
        Object threads = null;
        Method allocated = null;
        try { // by reflection: the module under test need not read java.management
            threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
            allocated.invoke(threads, Thread.currentThread().getId());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notHotSpot) {
            allocated = null;
        }
        THREADS = threads;
        ALLOCATED = allocated;
    }

    private Allocation() {
    }

    /** {@return the bytes this thread has allocated so far, or -1 when the JVM does not count them} */
    public static long allocated() {
        if (ALLOCATED == null) return -1;
        try {
            return (long) ALLOCATED.invoke(THREADS, Thread.currentThread().getId());
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    /**
     * Runs {@code work} on this thread and fails when it allocated more than {@code maxBytes}.
     *
     * @param <T>      the result type
     * @param maxBytes the bound
     * @param work     the call
     * @return what the call answered
     */
    public static <T> T atMost(long maxBytes, ThrowingSupplier<T> work) {
        long before = allocated();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        long after = allocated();
        if (before >= 0 && after >= 0) {
            long used = after - before;
            assertTrue(used <= maxBytes, "allocated " + used + " bytes, bound " + maxBytes);
        }
        return result;
    }
}
