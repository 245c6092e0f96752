package io.aftercert.server;

import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The databases storage tests run against: SQLite (null URL) and a throw-away PostgreSQL. */
final class Databases {
    private Databases() {
    }

    static Stream<String> both() {
        return Stream.of("sqlite", "postgresql");
    }

    /** The JDBC URL for a kind (null = SQLite in the data directory); PostgreSQL is skipped only without its binaries outside CI. */
    static String url(String kind) throws Exception {
        if (kind.equals("sqlite")) return null;
        if (!Postgres.available()) {
            if (System.getenv("CI") != null) throw new AssertionError("PostgreSQL server binaries are missing (apt-get install postgresql)");
            Assumptions.abort("no PostgreSQL server binaries under /usr/lib/postgresql: the PostgreSQL half is skipped");
        }
        return Postgres.shared().newDatabase();
    }
}
