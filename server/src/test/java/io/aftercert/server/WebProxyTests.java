package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a reverse proxy: with {@code --trust-proxy} the scheme and host the browser used
 * (X-Forwarded-Proto, X-Forwarded-Host) decide the session cookie's Secure flag and the Origin check;
 * without it (the default) those headers are anyone's and are ignored.
 */
class WebProxyTests {
    static final String PUBLIC = "aftercert.example.com";
    static final String[] FROM_PROXY = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", PUBLIC};

    @TempDir
    Path dir;

    /** Signs in through the proxy; answers the session cookie's Set-Cookie header. */
    private static String signIn(TestServer s, WebSessionsTests.Browser b, String... headers) throws Exception {
        b.get(s, "/sign-in");
        HttpResponse<String> r = b.post(s, "/sign-in", Map.of("_csrf", b.csrf, "token", TestServer.ADMIN), headers);
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(WebSessions.COOKIE + "=")).findFirst().orElseThrow();
    }

    private static int createOrganization(TestServer s, WebSessionsTests.Browser b, String... headers) throws Exception {
        b.get(s, "/");
        return b.post(s, "/organizations", Map.of("_csrf", b.csrf, "name", "代理后的公司"), headers).statusCode();
    }

    @Test
    void aTrustedProxySaysHowTheBrowserCame() throws Exception {
        try (TestServer s = TestServer.behindProxy(dir.resolve("trusted"), true)) {
            WebSessionsTests.Browser b = new WebSessionsTests.Browser();
            String cookie = signIn(s, b, FROM_PROXY);
            assertTrue(cookie.contains("Secure"), "HTTPS at the proxy: the cookie is Secure: " + cookie);
            assertEquals(201, createOrganization(s, b, "Origin", "https://" + PUBLIC, FROM_PROXY[0], FROM_PROXY[1], FROM_PROXY[2], FROM_PROXY[3]),
                    "the public origin is this site");
            assertEquals(403, createOrganization(s, b, "Origin", "http://" + PUBLIC, FROM_PROXY[0], FROM_PROXY[1], FROM_PROXY[2], FROM_PROXY[3]),
                    "the same host over another scheme is another origin");
            assertEquals(403, createOrganization(s, b, "Origin", "https://evil.example", FROM_PROXY[0], FROM_PROXY[1], FROM_PROXY[2], FROM_PROXY[3]));
            assertEquals(403, createOrganization(s, b, "Origin", s.base(), FROM_PROXY[0], FROM_PROXY[1], FROM_PROXY[2], FROM_PROXY[3]),
                    "the server's own address is not the site the proxy serves");
            // a request that did not come through the proxy's HTTPS: no Secure flag
            assertFalse(signIn(s, new WebSessionsTests.Browser()).contains("Secure"));
            // the first value of a list is the browser's (each proxy appends its own)
            assertTrue(signIn(s, new WebSessionsTests.Browser(), "X-Forwarded-Proto", "https, http").contains("Secure"));
        }
    }

    @Test
    void byDefaultForwardedHeadersAreIgnored() throws Exception {
        try (TestServer s = TestServer.behindProxy(dir.resolve("default"), false)) {
            WebSessionsTests.Browser b = new WebSessionsTests.Browser();
            String cookie = signIn(s, b, FROM_PROXY);
            assertFalse(cookie.contains("Secure"), "a header anyone can send does not make plain HTTP secure: " + cookie);
            assertEquals(403, createOrganization(s, b, "Origin", "https://" + PUBLIC, FROM_PROXY[0], FROM_PROXY[1], FROM_PROXY[2], FROM_PROXY[3]),
                    "a forwarded host does not make another site's origin this one");
            assertEquals(201, createOrganization(s, b, "Origin", s.base(), FROM_PROXY[0], FROM_PROXY[1], FROM_PROXY[2], FROM_PROXY[3]),
                    "the Host the request came with decides");
        }
    }
}
