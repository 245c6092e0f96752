package io.aftercert.server;

import io.aftercert.core.internal.io.AtomicFiles;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/**
 * Who may do what. A token is {@code Authorization: Bearer act_…}; the database keeps only its SHA-256.
 * An admin token creates organisations and their tokens; an organisation's token reaches that
 * organisation's data and the stateless resources. Without a token, only a request from loopback
 * to a server bound to loopback is let in (one user on their own machine, as with the CLI).
 */
final class Auth {
    /** The caller: an admin, one organisation, or the local user (loopback, no token: everything). */
    record Caller(boolean admin, String organizationId, boolean local) {
        static final Caller LOCAL = new Caller(true, null, true);

        boolean reaches(String org) {
            return local || org.equals(organizationId);
        }
    }

    static final String ATTRIBUTE = "aftercert.caller";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final boolean openOnLoopback;

    Auth(Store store, boolean openOnLoopback) {
        this.store = store;
        this.openOnLoopback = openOnLoopback;
    }

    /** A new random token: "act_" and 43 characters (256 bits). */
    static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "act_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        return AtomicFiles.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the caller of a request under /api/v1, or refuses it with 401. */
    void authenticate(Context ctx) throws SQLException {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            if (openOnLoopback && loopback(ctx.req().getRemoteAddr())) {
                ctx.attribute(ATTRIBUTE, Caller.LOCAL);
                return;
            }
            throw new ApiException(401, "unauthorized", "this server needs a token: Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "unauthorized", "the Authorization header must be 'Bearer <token>'");
        }
        Optional<String> owner = store.tokenOwner(hash(header.substring(7).strip()));
        if (owner.isEmpty()) throw new ApiException(401, "unauthorized", "the token is not valid");
        String org = owner.get();
        ctx.attribute(ATTRIBUTE, org.isEmpty() ? new Caller(true, null, false) : new Caller(false, org, false));
    }

    static Caller caller(Context ctx) {
        Caller c = ctx.attribute(ATTRIBUTE);
        if (c == null) throw new ApiException(401, "unauthorized", "this server needs a token: Authorization: Bearer <token>");
        return c;
    }

    /**
     * Checks the access an operation declares ({@link Op#access}) before it runs: the one place the
     * API's access rules are applied, from the same entry the OpenAPI document states them with.
     */
    static void require(Context ctx, String access) {
        switch (access) {
            case "public" -> {
            }
            case "any" -> caller(ctx);
            case "admin" -> requireAdmin(ctx);
            case "organization" -> organization(ctx);
            default -> throw new IllegalStateException("no access rule '" + access + "'");
        }
    }

    /** Refuses anyone but an admin (or the local user). */
    static void requireAdmin(Context ctx) {
        if (!caller(ctx).admin()) throw new ApiException(403, "forbidden", "only an admin token may do this");
    }

    /** The organisation in the path, when the caller may reach it (else 403, whether or not it exists). */
    static String organization(Context ctx) {
        String org = ctx.pathParam("organizationId");
        if (!caller(ctx).reaches(org)) {
            throw new ApiException(403, "forbidden", "this token does not reach organisation " + org);
        }
        return org;
    }

    static boolean loopback(String address) {
        if (address == null) return false;
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
