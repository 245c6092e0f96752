package io.aftercert.server;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The scheme and host a browser used, which differ from the server's own behind a reverse proxy
 * that ends TLS or serves another name. {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are
 * believed only when the server was started with {@code --trust-proxy}: otherwise anyone could send
 * them, so they are ignored and the request's own scheme and {@code Host} count.
 */
final class Forwarded {
    private final boolean trust;

    Forwarded(boolean trust) {
        this.trust = trust;
    }

    boolean trusted() {
        return trust;
    }

    /** "https" or "http": as the proxy says when trusted (its first value), else as this server received it. */
    String scheme(Context ctx) {
        if (trust) {
            String p = first(ctx.header("X-Forwarded-Proto"));
            if (p != null) {
                p = p.toLowerCase(Locale.ROOT);
                if (p.equals("https") || p.equals("http")) return p;
            }
        }
        return ctx.req().isSecure() ? "https" : "http";
    }

    /** The host (and port) the browser asked for: the proxy's X-Forwarded-Host when trusted, else Host; null when neither. */
    String host(Context ctx) {
        if (trust) {
            String h = first(ctx.header("X-Forwarded-Host"));
            if (h != null) return h;
        }
        return ctx.header("Host");
    }

    /** Whether the browser's connection was HTTPS (for a cookie's Secure flag). */
    boolean secure(Context ctx) {
        return scheme(ctx).equals("https");
    }

    /**
     * Whether an {@code Origin} is this site. Trusted: exactly the forwarded scheme and host. Not
     * trusted: the request's {@code Host} with either scheme (a proxy that ends TLS and passes Host on
     * still works, as it always has). No Origin (an older browser, a plain form client) passes: the
     * CSRF token decides.
     */
    boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) return true;
        String host = host(ctx);
        if (host == null) return false;
        if (trust) return origin.equals(scheme(ctx) + "://" + host);
        return origin.equals("http://" + host) || origin.equals("https://" + host);
    }

    private static String first(String header) {
        if (header == null) return null;
        int comma = header.indexOf(',');
        String v = (comma < 0 ? header : header.substring(0, comma)).strip();
        return v.isEmpty() ? null : v;
    }
}
