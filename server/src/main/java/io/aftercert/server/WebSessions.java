package io.aftercert.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is using the web pages, and the forms' CSRF tokens. A browser signs in with an API token
 * (the same tokens and rules as {@code /api/v1}); the server remembers the sign-in under a random
 * session id in an {@code HttpOnly}, {@code SameSite=Strict} cookie. On a server open to its own
 * machine (loopback, no {@code --require-token}), a browser on that machine is the local user
 * without signing in, as with the API.
 *
 * <p>CSRF: every session holds a random token (the synchronizer-token pattern); every form carries it
 * in a hidden field {@code _csrf}, and every POST must send it back (compared in constant time).
 * Sessions live in memory: a restart signs everyone out.
 */
final class WebSessions {
    static final String COOKIE = "aftercert_session";
    static final String CSRF_FIELD = "_csrf";
    /** A session unused this long is forgotten. */
    static final long IDLE_MILLIS = 8L * 60 * 60 * 1000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SESSIONS = 10_000;

    /** One browser's session: its CSRF token and, once signed in, its caller. */
    static final class Session {
        final String id;
        final String csrf;
        final Auth.Caller caller;
        volatile long lastUsed;

        Session(String id, String csrf, Auth.Caller caller) {
            this.id = id;
            this.csrf = csrf;
            this.caller = caller;
            this.lastUsed = System.currentTimeMillis();
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final boolean openOnLoopback;

    WebSessions(boolean openOnLoopback) {
        this.openOnLoopback = openOnLoopback;
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The request's session, made (and its cookie set) when it has none. */
    Session session(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session s = id == null ? null : sessions.get(id);
        long now = System.currentTimeMillis();
        if (s != null && now - s.lastUsed > IDLE_MILLIS) {
            sessions.remove(s.id);
            s = null;
        }
        if (s == null) s = start(ctx, null);
        s.lastUsed = now;
        return s;
    }

    /** A new session for {@code caller} (a sign-in: a new id, so an id known before signing in is worth nothing). */
    Session start(Context ctx, Auth.Caller caller) {
        String old = ctx.cookie(COOKIE);
        if (old != null) sessions.remove(old);
        if (sessions.size() >= MAX_SESSIONS) expire();
        Session s = new Session(random(), random(), caller);
        sessions.put(s.id, s);
        Cookie c = new Cookie(COOKIE, s.id);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setSecure(ctx.req().isSecure());
        ctx.cookie(c);
        return s;
    }

    void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) sessions.remove(id);
        start(ctx, null);
    }

    private void expire() {
        long now = System.currentTimeMillis();
        sessions.values().removeIf(s -> now - s.lastUsed > IDLE_MILLIS);
        if (sessions.size() >= MAX_SESSIONS) sessions.clear();
    }

    /** Who this session acts for: the signed-in caller, else the local user on an open loopback server, else null (sign in). */
    Auth.Caller caller(Context ctx, Session s) {
        if (s.caller != null) return s.caller;
        if (openOnLoopback && Auth.loopback(ctx.req().getRemoteAddr())) return Auth.Caller.LOCAL;
        return null;
    }

    /** Whether a POST carries its session's CSRF token (form field, or header {@code X-CSRF-Token}). */
    static boolean csrfOk(Context ctx, Session s) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) sent = ctx.formParam(CSRF_FIELD);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.csrf.getBytes(StandardCharsets.UTF_8));
    }
}
