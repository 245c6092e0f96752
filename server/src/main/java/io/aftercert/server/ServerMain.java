package io.aftercert.server;

import io.aftercert.core.SdkVersion;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aftercert serve}: runs the server until SIGTERM or SIGINT, which finish requests in flight. */
@Command(name = "aftercert serve", mixinStandardHelpOptions = true, versionProvider = ServerMain.Version.class, subcommands = Backup.class,
        description = "Serve the AfterCert HTTP API (/api/v1, OpenAPI at /api/v1/openapi.json).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:stopped", "1:internal error", "2:bad option or the database cannot be opened"})
public final class ServerMain implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "port (default 8080; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1: this machine only)")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data directory (default ~/.aftercert/server): SQLite file, uploads")
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL", description = "database: jdbc:postgresql://HOST/DB?user=…&password=… (default: SQLite in the data directory)")
    String db;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "admin token to accept (default: env AFTERCERT_ADMIN_TOKEN, else one is made and printed at the first start)")
    String adminToken;

    @Option(names = "--trust-proxy", description = "behind a reverse proxy: take the scheme and host from X-Forwarded-Proto and X-Forwarded-Host"
            + " (for the Secure cookie flag and the Origin check); off by default, when those headers are ignored")
    boolean trustProxy;

    @Option(names = "--require-token", description = "ask for a token on loopback too (always asked for when --host is not loopback)")
    boolean requireToken;

    @Option(names = "--max-upload", paramLabel = "BYTES", description = "largest record or survey upload (default 4 GiB)")
    long maxUpload = ServerConfig.DEFAULT_MAX_UPLOAD;

    @Option(names = "--idle-timeout", paramLabel = "MS", description = "close a connection idle this long (default 30000)")
    long idleTimeout = ServerConfig.DEFAULT_IDLE_TIMEOUT;

    @Option(names = "--access-log", description = "log every request (SLF4J logger io.aftercert.server.access)")
    boolean accessLog;

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.aftercert.server.access", "info");
        System.setProperty("org.jboss.logging.provider", "slf4j");
        CommandLine cl = new CommandLine(new ServerMain());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("aftercert serve: " + ex.getMessage());
            return ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof org.flywaydb.core.api.FlywayException || ex instanceof IllegalStateException ? 2 : 1;
        });
        int code = cl.execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        String token = adminToken != null ? adminToken : System.getenv("AFTERCERT_ADMIN_TOKEN");
        ServerConfig cfg = new ServerConfig(host, port, dataDir == null ? ServerConfig.defaultDataDir() : dataDir, db, token, !requireToken,
                maxUpload, idleTimeout, accessLog, trustProxy);
        AfterCertServer server = new AfterCertServer(cfg).start(System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "aftercert-shutdown"));
        System.out.println("aftercert serve: listening on http://" + host + ":" + server.port() + "/api/v1 (data " + cfg.dataDir()
                + ", database " + server.db().describe() + ")");
        System.out.println("aftercert serve: web pages at http://" + host + ":" + server.port() + "/");
        System.out.flush();
        stopped.await();
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"AfterCert server " + SdkVersion.VERSION};
        }
    }
}
