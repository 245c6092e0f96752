package io.aftercert.server;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Flyway wants a {@link DataSource}: this one opens a connection of its own through {@link Db#open()}. */
final class SimpleDataSource implements DataSource {
    /** Opens a connection. */
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener db;

    SimpleDataSource(Opener db) {
        this.db = db;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return db.open();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return db.open();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
