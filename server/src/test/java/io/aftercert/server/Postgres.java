package io.aftercert.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL cluster for the tests: Debian's server binaries (initdb, pg_ctl) in a
 * temporary folder on a free port, run as the postgres user when the tests run as root (PostgreSQL
 * refuses root). {@link #available()} is false only when no binaries are installed; CI installs them.
 */
final class Postgres implements AutoCloseable {
    static final Path BIN = findBin();
    private static Postgres shared;

    private final Path dir;
    final int port;

    private static Path findBin() {
        for (String v : List.of("17", "16", "15")) {
            Path p = Path.of("/usr/lib/postgresql", v, "bin");
            if (Files.isExecutable(p.resolve("initdb"))) return p;
        }
        return null;
    }

    static boolean available() {
        return BIN != null;
    }

    /** One cluster for the whole test run, stopped when the JVM exits. */
    static synchronized Postgres shared() throws Exception {
        if (shared == null) {
            shared = new Postgres();
            Postgres p = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(p::close));
        }
        return shared;
    }

    private Postgres() throws Exception {
        dir = Files.createTempDirectory("aftercert-pg");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (root()) run(List.of("chown", "postgres:postgres", dir.toString()));
        run(asPostgres(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "aftercert",
                "--no-sync", "-E", "UTF8", "--locale=C"));
        run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    /** A new empty database; its JDBC URL. */
    String newDatabase() throws Exception {
        String name = "t" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=aftercert");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=aftercert";
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asPostgres(String... cmd) {
        List<String> l = new ArrayList<>();
        if (root()) l.addAll(List.of("runuser", "-u", "postgres", "--"));
        l.addAll(List.of(cmd));
        return l;
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + new String(out, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        try {
            run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
            run(List.of("rm", "-rf", dir.toString()));
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL cluster in " + dir + ": " + e.getMessage());
        }
    }
}
