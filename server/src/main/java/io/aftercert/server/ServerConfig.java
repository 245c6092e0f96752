package io.aftercert.server;

import java.nio.file.Path;

/**
 * How a server runs.
 *
 * @param host              address to bind (127.0.0.1 by default)
 * @param port              port (0: any free port)
 * @param dataDir           the data directory: the SQLite file, uploads, temporary files
 * @param dbUrl             a JDBC URL ({@code jdbc:postgresql://…}), or null for SQLite under {@code dataDir}
 * @param adminToken        the admin token to register, or null (one is made and printed at the first start)
 * @param openOnLoopback    serve loopback requests without a token (only when bound to loopback)
 * @param maxUploadBytes    largest record or survey upload
 * @param idleTimeoutMillis a connection idle this long is closed (slow clients)
 * @param accessLog         log every request (SLF4J logger io.aftercert.server.access, INFO)
 * @param trustProxy        believe X-Forwarded-Proto and X-Forwarded-Host (only behind a reverse proxy that sets them)
 */
record ServerConfig(String host, int port, Path dataDir, String dbUrl, String adminToken, boolean openOnLoopback, long maxUploadBytes,
        long idleTimeoutMillis, boolean accessLog, boolean trustProxy) {
    static final long DEFAULT_MAX_UPLOAD = 4L << 30;
    static final long DEFAULT_IDLE_TIMEOUT = 30_000;

    static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".aftercert", "server");
    }

    /** Whether the server answers only on loopback. */
    boolean loopbackOnly() {
        return Auth.loopback(host);
    }
}
