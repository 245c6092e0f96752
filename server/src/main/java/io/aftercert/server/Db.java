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
 * committed transaction survives a crash) or PostgreSQL ({@code jdbc:postgresql://…}). Both get the
 * same Flyway migrations ({@code db/migration}) and plain JDBC.
 */
final class Db {
    /** The SQLite file's name under the data directory. */
    static final String SQLITE_FILE = "aftercert.db";

    private final String url;
    private final boolean sqlite;

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

    Connection connect() throws SQLException {
        return connect(false);
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
        Flyway.configure().dataSource(new SimpleDataSource(this)).locations("classpath:db/migration")
                .loggers("slf4j").load().migrate();
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
