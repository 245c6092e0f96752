package io.aftercert.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Who is using the web pages, and the forms' CSRF tokens. A browser signs in with an API token
 * (the same tokens and rules as {@code /api/v1}); the server remembers the sign-in under a random
 * session id in an {@code HttpOnly}, {@code SameSite=Strict} cookie. On a server open to its own
 * machine (loopback, no {@code --require-token}), a browser on that machine is the local user
 * without signing in, as with the API.
 *
 * <p>CSRF: every session holds a random token (the synchronizer-token pattern); every form carries it
 * in a hidden field {@code _csrf}, and every POST must send it back (compared in constant time).
 *
 * <p>Sessions that act for someone (signed in, or the local user's) are kept in the database's
 * {@code web_sessions} table under the SHA-256 of their id, never the id, so a restart signs nobody
 * out; a session idle for {@link #IDLE_MILLIS} is refused and removed, and signing out removes it.
 * Sessions of browsers that have not signed in stay in memory only (they are worth nothing).
 */
final class WebSessions {
    static final String COOKIE = "aftercert_session";
    static final String CSRF_FIELD = "_csrf";
    /** A session unused this long is forgotten. */
    static final long IDLE_MILLIS = 8L * 60 * 60 * 1000;
    /** A kept session's last use is written at most this often (not on every request). */
    static final long TOUCH_MILLIS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SESSIONS = 10_000;

    /** One browser's session: its CSRF token and, once signed in, its caller. */
    static final class Session {
        final String id;
        final String csrf;
        final Auth.Caller caller;
        volatile long lastUsed;
        /** When the last use was written to the database; -1 while the session is not kept there. */
        volatile long written = -1;

        Session(String id, String csrf, Auth.Caller caller, long now) {
            this.id = id;
            this.csrf = csrf;
            this.caller = caller;
            this.lastUsed = now;
        }
    }

    /** Sessions in use, by id (a cache of the kept ones, and the anonymous ones). */
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final boolean openOnLoopback;
    private final Store store;
    private final LongSupplier clock;

    private final Forwarded forwarded;

    WebSessions(boolean openOnLoopback, Store store, LongSupplier clock, Forwarded forwarded) {
        this.forwarded = forwarded;
        this.openOnLoopback = openOnLoopback;
        this.store = store;
        this.clock = clock;
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The request's session, made (and its cookie set) when it has none or its own has ended. */
    Session session(Context ctx) throws SQLException {
        String id = ctx.cookie(COOKIE);
        long now = clock.getAsLong();
        Session s = id == null ? null : find(id);
        if (s != null && now - s.lastUsed > IDLE_MILLIS) {
            forget(s.id);
            s = null;
        }
        if (s == null) return start(ctx, null);
        s.lastUsed = now;
        if (s.written >= 0 && now - s.written > TOUCH_MILLIS) {
            store.touchWebSession(Auth.hash(s.id), now);
            s.written = now;
        }
        return s;
    }

    private Session find(String id) throws SQLException {
        Session s = sessions.get(id);
        if (s != null) return s;
        Optional<Store.WebSession> kept = store.webSession(Auth.hash(id));
        if (kept.isEmpty()) return null;
        Store.WebSession w = kept.get();
        Auth.Caller caller = switch (w.kind()) {
            case "admin" -> new Auth.Caller(true, null, false);
            case "organization" -> new Auth.Caller(false, w.organizationId(), false);
            default -> null; // the local user: worked out from the request again
        };
        s = new Session(id, w.csrf(), caller, w.lastUsed());
        s.written = w.lastUsed();
        cache(s);
        return s;
    }

    private void cache(Session s) {
        if (sessions.size() >= MAX_SESSIONS) expire();
        sessions.put(s.id, s);
    }

    /** A new session for {@code caller} (a sign-in: a new id, so an id known before signing in is worth nothing). */
    Session start(Context ctx, Auth.Caller caller) throws SQLException {
        String old = ctx.cookie(COOKIE);
        if (old != null) forget(old);
        Session s = new Session(random(), random(), caller, clock.getAsLong());
        if (caller != null) keep(s, caller.admin() ? "admin" : "organization", caller.organizationId());
        cache(s);
        Cookie c = new Cookie(COOKIE, s.id);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setSecure(forwarded.secure(ctx)); // behind a trusted proxy that ends TLS: Secure too
        ctx.cookie(c);
        return s;
    }

    private void keep(Session s, String kind, String organizationId) throws SQLException {
        store.insert(new Store.WebSession(Auth.hash(s.id), s.csrf, kind, organizationId, s.lastUsed));
        s.written = s.lastUsed;
    }

    /** Signing out: the session is removed (from the database too) and a fresh one begins. */
    void end(Context ctx) throws SQLException {
        start(ctx, null);
    }

    private void forget(String id) throws SQLException {
        sessions.remove(id);
        store.deleteWebSession(Auth.hash(id));
    }

    /** Drops the idle sessions from memory and the database (and, when still full, the anonymous ones from memory). */
    private void expire() {
        long now = clock.getAsLong();
        sessions.values().removeIf(s -> now - s.lastUsed > IDLE_MILLIS);
        try {
            store.deleteWebSessionsUsedBefore(now - IDLE_MILLIS);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove idle sessions", e);
        }
        if (sessions.size() >= MAX_SESSIONS) sessions.clear(); // the kept ones are read back from the database when used
    }

    /** Who this session acts for: the signed-in caller, else the local user on an open loopback server, else null (sign in). */
    Auth.Caller caller(Context ctx, Session s) throws SQLException {
        if (s.caller != null) return s.caller;
        if (openOnLoopback && Auth.loopback(ctx.req().getRemoteAddr())) {
            // the local user's session is kept too, so that a restart does not expire the forms it has open
            synchronized (s) {
                if (s.written < 0) keep(s, "local", null);
            }
            return Auth.Caller.LOCAL;
        }
        return null;
    }

    /** Whether a POST carries its session's CSRF token (form field, or header {@code X-CSRF-Token}). */
    static boolean csrfOk(Context ctx, Session s) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) sent = ctx.formParam(CSRF_FIELD);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.csrf.getBytes(StandardCharsets.UTF_8));
    }
}
