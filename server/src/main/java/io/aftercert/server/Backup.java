package io.aftercert.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aftercert serve backup --data-dir DIR --to NEW}: a consistent copy of a SQLite data directory,
 * also while the server runs. The database is copied with {@code VACUUM INTO} (one transaction's
 * snapshot), then the upload files its rows name (files are written before their row, and never
 * changed, so each named file is complete). Restore: start the server with {@code --data-dir NEW}.
 * PostgreSQL installations use {@code pg_dump} for the database and copy {@code uploads/} alike.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy a SQLite data directory (database and uploads) into a new folder, also while the server runs.")
final class Backup implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "the data directory (default ~/.aftercert/server)")
    Path dataDir;

    @Option(names = "--to", paramLabel = "NEW", required = true, description = "a folder that does not exist yet")
    Path target;

    @Override
    public Integer call() throws Exception {
        Path from = dataDir == null ? ServerConfig.defaultDataDir() : dataDir;
        int files = run(from, target);
        System.out.println("aftercert serve backup: " + from + " → " + target + " (database and " + files + " upload files);"
                + " restore with: aftercert serve --data-dir " + target);
        return 0;
    }

    /** Copies {@code from} into the new folder {@code to}; the number of upload files copied. */
    static int run(Path from, Path to) throws IOException, SQLException {
        Path db = from.resolve(Db.SQLITE_FILE);
        if (!Files.isRegularFile(db)) throw new IllegalArgumentException("no " + Db.SQLITE_FILE + " in " + from + ": not a SQLite data directory");
        if (Files.exists(to)) throw new IllegalArgumentException(to + " exists: give a new folder");
        Files.createDirectories(to.resolve("uploads"));
        Path copy = to.resolve(Db.SQLITE_FILE).toAbsolutePath();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, copy.toString());
            ps.execute();
        }
        int n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT file FROM uploads")) {
            while (rs.next()) {
                String file = rs.getString(1);
                Files.copy(from.resolve("uploads").resolve(file), to.resolve("uploads").resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
                n++;
            }
        }
        return n;
    }
}
