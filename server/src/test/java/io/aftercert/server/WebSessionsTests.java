package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web sessions kept in the database: a signed-in browser stays signed in across a restart (and its
 * open forms still post), while a signed-out or idle session is refused; only hashes of session ids
 * are stored.
 */
class WebSessionsTests {
    @TempDir
    Path dir;

    /** A browser by hand: its session cookie and the CSRF token of the last page it read. */
    static final class Browser {
        String cookie;
        String csrf;

        HttpResponse<String> get(TestServer s, String path) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).GET();
            if (cookie != null) b.header("Cookie", WebSessions.COOKIE + "=" + cookie);
            HttpResponse<String> r = s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            take(r);
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
            if (m.find()) csrf = m.group(1);
            return r;
        }

        /** Posts a form; {@code headers} are name, value, … (a proxy's X-Forwarded-*, an Origin). */
        HttpResponse<String> post(TestServer s, String path, Map<String, String> form, String... headers) throws Exception {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
            if (cookie != null) b.header("Cookie", WebSessions.COOKIE + "=" + cookie);
            HttpResponse<String> r = s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            take(r);
            return r;
        }

        private void take(HttpResponse<?> r) {
            for (String c : r.headers().allValues("Set-Cookie")) {
                if (c.startsWith(WebSessions.COOKIE + "=")) cookie = c.substring(WebSessions.COOKIE.length() + 1, c.indexOf(';'));
            }
        }

        Browser signIn(TestServer s, String token) throws Exception {
            get(s, "/sign-in");
            assertEquals(303, post(s, "/sign-in", Map.of("_csrf", csrf, "token", token)).statusCode());
            return this;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse(null);
    }

    private Set<String> keptHashes(Path data) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("aftercert.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT id_sha256 FROM web_sessions")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void aSignedInSessionOutlivesARestartButNotSigningOutOrIdleness() throws Exception {
        Path data = dir.resolve("data");
        String org;
        String page;
        Browser kept = new Browser();
        Browser signedOut = new Browser();
        Browser idle = new Browser();
        try (TestServer s = new TestServer(data, null)) {
            org = s.organization("会话公司");
            page = "/organizations/" + org;
            for (Browser b : new Browser[] {kept, signedOut, idle}) {
                b.signIn(s, s.token);
                assertEquals(200, b.get(s, page).statusCode());
            }
            String old = signedOut.cookie;
            assertEquals(303, signedOut.post(s, "/sign-out", Map.of("_csrf", signedOut.csrf)).statusCode());
            signedOut.cookie = old;
            assertEquals("/sign-in", location(signedOut.get(s, page)), "a signed-out session is refused at once");
            Set<String> hashes = keptHashes(data);
            assertTrue(hashes.contains(Auth.hash(kept.cookie)) && hashes.contains(Auth.hash(idle.cookie)), "signed-in sessions are kept");
            assertFalse(hashes.contains(Auth.hash(old)), "signing out removes the session");
            assertFalse(hashes.contains(kept.cookie), "only the hash of a session id is stored, never the id");
        }
        // the idle browser was last used longer ago than sessions live
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("aftercert.db"));
             PreparedStatement ps = c.prepareStatement("UPDATE web_sessions SET last_used = ? WHERE id_sha256 = ?")) {
            ps.setLong(1, System.currentTimeMillis() - WebSessions.IDLE_MILLIS - 60_000);
            ps.setString(2, Auth.hash(idle.cookie));
            assertEquals(1, ps.executeUpdate());
        }
        try (TestServer s = new TestServer(data, null)) {
            String cookie = kept.cookie;
            String csrf = kept.csrf;
            // the form read before the restart still posts: same session, same CSRF token
            HttpResponse<String> draft = kept.post(s, page + "/drafts", Map.of("_csrf", csrf, "rubric", "gbt27922", "from", "blank"));
            assertEquals(303, draft.statusCode(), draft.body());
            assertTrue(location(draft).startsWith(page + "/drafts/"), location(draft));
            assertEquals(cookie, kept.cookie, "no new session was needed");
            assertEquals(200, kept.get(s, page).statusCode());
            assertEquals("/sign-in", location(signedOut.get(s, page)), "a signed-out session stays refused after the restart");
            String idleCookie = idle.cookie;
            assertEquals("/sign-in", location(idle.get(s, page)), "an idle session is refused");
            assertFalse(keptHashes(data).contains(Auth.hash(idleCookie)), "and removed");
        }
    }
}
