package io.aftercert.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * The database: SQLite (one file under the data directory, WAL journal, {@code synchronous=FULL} so a
 * committed transaction survives a crash or a power loss) or PostgreSQL ({@code jdbc:postgresql://…}).
 * Both get the same Flyway migrations ({@code db/migration}) and plain JDBC.
 *
 * <p>Connections are kept open between requests (opening one costs more than most statements: a file
 * opened and its schema read, or a PostgreSQL log-in), at most {@link #IDLE} idle ones. Stored
 * assessments go through {@link #groupCommit}: one writer thread commits every insert waiting at that
 * moment in one transaction, so many writes share one forced write of the journal, and each waiter is
 * answered only after that commit.
 */
final class Db implements AutoCloseable {
    /** The SQLite file's name under the data directory. */
    static final String SQLITE_FILE = "aftercert.db";

    /** Most connections kept open while idle. */
    static final int IDLE = 16;
    /** Most writes committed in one transaction. */
    static final int BATCH = 256;

    private final String url;
    private final boolean sqlite;
    private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger idleCount = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.BlockingQueue<Write> writes = new java.util.concurrent.LinkedBlockingQueue<>();
    private volatile boolean closed;
    private Thread writer;

    private Db(String url) {
        this.url = url;
        this.sqlite = url.startsWith("jdbc:sqlite:");
    }

    /** The database at {@code url}, or the SQLite file under {@code dataDir} when {@code url} is null; migrated. */
    static Db open(String url, Path dataDir) throws java.io.IOException {
        if (url == null) {
            Files.createDirectories(dataDir);
            url = "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath();
        } else if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql:// or jdbc:sqlite: URL, not '" + url + "'");
        }
        Db db = new Db(url);
        db.migrate();
        return db;
    }

    boolean sqlite() {
        return sqlite;
    }

    /** Where the database is, without a password. */
    String describe() {
        return url.replaceAll("(?i)password=[^&]*", "password=…");
    }

    /**
     * A connection for one unit of work; closing it gives it back (in auto-commit mode) for the next. A connection
     * whose work failed is closed for good, so no half-done state is handed on.
     */
    Connection connect() throws SQLException {
        Connection c = idle.pollFirst();
        if (c != null) idleCount.decrementAndGet();
        else c = open();
        return pooled(c);
    }

    /** A connection of its own (Flyway's, the writer's): closing it closes it. */
    Connection open() throws SQLException {
        return connect(false);
    }

    private Connection pooled(Connection raw) {
        boolean[] failed = {false};
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
            if (m.getName().equals("close") && m.getParameterCount() == 0) {
                giveBack(raw, failed[0]);
                return null;
            }
            try {
                return m.invoke(raw, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                failed[0] = true;
                throw e.getCause();
            }
        });
    }

    private void giveBack(Connection c, boolean failed) throws SQLException {
        boolean keep;
        try {
            keep = !failed && !closed && c.getAutoCommit();
        } catch (SQLException e) {
            keep = false;
        }
        if (keep && idleCount.incrementAndGet() <= IDLE) {
            idle.addFirst(c);
            return;
        }
        if (keep) idleCount.decrementAndGet();
        c.close();
    }

    /** A connection; {@code wal}: also switch the file to WAL (once, at start: the mode is stored in the file). */
    private Connection connect(boolean wal) throws SQLException {
        if (!sqlite) return DriverManager.getConnection(url);
        Properties p = new Properties();
        if (wal) p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "FULL");
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "30000");
        return DriverManager.getConnection(url, p);
    }

    private void migrate() {
        try (Connection c = connect(true)) { // sets WAL on the file before Flyway's first statement
            c.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database " + describe() + ": " + e.getMessage(), e);
        }
        Flyway.configure().dataSource(new SimpleDataSource(this::open)).locations("classpath:db/migration")
                .loggers("slf4j").load().migrate();
    }

    /** One write waiting for its group's commit. */
    private record Write(String sql, Object[] args, java.util.concurrent.CompletableFuture<Integer> done) {
    }

    /**
     * Runs one INSERT/UPDATE in the next group commit and answers its row count once that transaction is
     * committed (durable: see the class comment); its own failure (a full disk, a constraint) is thrown here.
     */
    int groupCommit(String sql, Object... args) throws SQLException {
        Write w = new Write(sql, args, new java.util.concurrent.CompletableFuture<>());
        synchronized (this) {
            if (closed) throw new SQLException("the database is closed");
            if (writer == null) {
                writer = new Thread(this::writeLoop, "aftercert-db-writer");
                writer.setDaemon(true);
                writer.start();
            }
            writes.add(w);
        }
        try {
            return w.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the write was committed", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException failed) throw failed;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new SQLException(e.getCause());
        }
    }

    private void writeLoop() {
        java.util.List<Write> batch = new java.util.ArrayList<>();
        Connection c = null;
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(writes.take());
                writes.drainTo(batch, BATCH - 1);
                // close() asks the writer to stop with a write without SQL, queued after every real one
                stop = batch.removeIf(w -> w.sql() == null);
                if (!batch.isEmpty()) {
                    if (c == null) c = open();
                    commit(c, batch);
                }
            } catch (InterruptedException e) {
                stop = true;
            } catch (SQLException | RuntimeException e) {
                batch.forEach(w -> w.done().completeExceptionally(e));
                c = closeQuietly(c);
            }
            batch.clear();
        }
        closeQuietly(c);
        for (Write w; (w = writes.poll()) != null; ) {
            if (w.sql() != null) w.done().completeExceptionally(new SQLException("the database is closed"));
        }
    }

    /**
     * Commits the batch as one transaction; when any statement (or the commit) fails, none of the batch is kept
     * and each is tried again alone, so every write gets its own answer and one bad row fails only its sender.
     */
    private static void commit(Connection c, java.util.List<Write> batch) throws SQLException {
        int[] counts = new int[batch.size()];
        if (batch.size() > 1) {
            try {
                c.setAutoCommit(false);
                for (int i = 0; i < counts.length; i++) counts[i] = execute(c, batch.get(i));
                c.commit();
                c.setAutoCommit(true);
                for (int i = 0; i < counts.length; i++) batch.get(i).done().complete(counts[i]);
                return;
            } catch (SQLException e) {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        for (Write w : batch) {
            try {
                w.done().complete(execute(c, w));
            } catch (SQLException e) {
                w.done().completeExceptionally(e);
            }
        }
    }

    private static int execute(Connection c, Write w) throws SQLException {
        try (java.sql.PreparedStatement ps = Store.prepare(c, w.sql(), w.args())) {
            return ps.executeUpdate();
        }
    }

    private static Connection closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a broken connection is dropped; the next batch opens a new one
            }
        }
        return null;
    }

    /** Lets the waiting writes be committed, stops the writer and closes the idle connections. */
    @Override
    public void close() {
        Thread w;
        synchronized (this) {
            if (closed) return;
            closed = true;
            w = writer;
            if (w != null) writes.add(new Write(null, null, null));
        }
        if (w != null) {
            try {
                w.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Connection c; (c = idle.pollFirst()) != null; ) closeQuietly(c);
    }

    /** Whether the database answers (for /ready). */
    boolean ready() {
        try (Connection c = connect()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
