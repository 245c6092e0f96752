package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server: Javalin on Jetty 12, the database, and the operations of {@link Api}. */
public final class AfterCertServer implements AutoCloseable {
    private static final Logger ACCESS = LoggerFactory.getLogger("io.aftercert.server.access");

    private final ServerConfig cfg;
    private final Db db;
    private final List<Op> ops;
    private final Javalin app;
    private final byte[] openApi;
    private final Web web;
    private volatile boolean stopping;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    /** Bytes a response is buffered up to before it is sent in chunks. */
    static final int RESPONSE_BUFFER = 128 * 1024;
    /** How long a stop waits for requests in flight. */
    static final long DRAIN_MILLIS = 20_000;

    AfterCertServer(ServerConfig cfg) throws IOException {
        this.cfg = cfg;
        Files.createDirectories(cfg.dataDir());
        this.db = Db.open(cfg.dbUrl(), cfg.dataDir());
        Store store = new Store(db);
        Path tmp = Files.createDirectories(cfg.dataDir().resolve("tmp"));
        Scoring scoring = new Scoring(tmp);
        Uploads uploads = new Uploads(store, cfg.dataDir().resolve("uploads"), cfg.maxUploadBytes());
        Api api = new Api(store, scoring, uploads);
        this.ops = new ArrayList<>(operations());
        ops.addAll(api.ops());
        this.openApi = OpenApi.document(ops, cfg);
        Auth auth = new Auth(store, cfg.openOnLoopback() && cfg.loopbackOnly());
        this.web = new Web(store, api, uploads, scoring, cfg.openOnLoopback() && cfg.loopbackOnly(), tmp, new Forwarded(cfg.trustProxy()));
        this.app = Javalin.create(c -> configure(c, auth));
    }

    private List<Op> operations() {
        return List.of(
                new Op("GET", "/health", "health", "Liveness: the process answers", "public", List.of(), List.of(), 200,
                        List.of(Http.JSON), "Health", ctx -> status(ctx, 200, "up")),
                new Op("GET", "/ready", "ready", "Readiness: the database answers and the server is not stopping", "public", List.of(),
                        List.of(), 200, List.of(Http.JSON), "Health", this::ready),
                new Op("GET", Api.BASE + "/openapi.json", "openapi", "This OpenAPI 3.1 document", "public", List.of(), List.of(), 200,
                        List.of(Http.JSON), "SdkDocument", ctx -> Http.json(ctx, 200, openApi)));
    }

    private void ready(Context ctx) {
        if (stopping || !db.ready()) status(ctx, 503, stopping ? "stopping" : "database unavailable");
        else status(ctx, 200, "ready");
    }

    private static void status(Context ctx, int code, String status) {
        ObjectNode n = SharedMapper.get().createObjectNode().put("schemaVersion", Api.SCHEMA_VERSION).put("status", status);
        Http.json(ctx, code, n);
    }

    private void configure(io.javalin.config.JavalinConfig c, Auth auth) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.jetty.host = cfg.host();
        c.jetty.port = cfg.port();
        c.http.maxRequestSize = Scoring.MAX_WORKBOOK_BYTES;
        // a scored result (about 40 kB compact) fits the buffer whole: one write with its Content-Length, not chunks
        c.http.responseBufferSize = RESPONSE_BUFFER;
        // requests in flight, for a graceful stop (close() waits for them)
        c.routes.before(ctx -> inFlight.incrementAndGet());
        c.routes.after(ctx -> inFlight.decrementAndGet());
        c.jetty.modifyHttpConfiguration(h -> h.setIdleTimeout(cfg.idleTimeoutMillis()));
        c.routes.before(Api.BASE + "/*", ctx -> {
            if (!ctx.path().equals(Api.BASE + "/openapi.json")) auth.authenticate(ctx);
        });
        for (Op op : ops) {
            // every operation's declared access is checked here, before its handler reads anything
            io.javalin.http.Handler h = op.handler();
            String access = op.access();
            c.routes.addHttpHandler(op.method().equals("GET") ? HandlerType.GET : HandlerType.POST, op.path(), ctx -> {
                Auth.require(ctx, access);
                h.handle(ctx);
            });
        }
        web.register(c);
        c.routes.exception(Exception.class, (e, ctx) -> Problems.send(ctx, e));
        c.routes.error(404, ctx -> {
            if (Problems.MEDIA_TYPE.equals(ctx.contentType()) || Http.HTML.equals(ctx.contentType())) return;
            if (ctx.path().startsWith(Api.BASE)) Problems.send(ctx, ApiException.notFound("no resource " + ctx.path()));
            else web.notFound(ctx);
        });
        c.routes.error(405, ctx -> Problems.send(ctx, new ApiException(405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path())));
        if (cfg.accessLog()) {
            c.requestLogger.http((ctx, ms) -> ACCESS.info("method={} path={} status={} ms={} remote={}", ctx.method(), ctx.path(),
                    ctx.status().getCode(), String.format("%.1f", ms), ctx.req().getRemoteAddr()));
        }
    }

    /** Starts listening; prints an admin token when the database has none (first start). */
    AfterCertServer start(PrintStream out) throws SQLException {
        registerAdminToken(out);
        app.start();
        // Javalin adds its connector while starting: the idle timeout (slow clients) is set on it then, for every new connection
        for (var conn : app.jettyServer().server().getConnectors()) {
            if (conn instanceof ServerConnector sc) sc.setIdleTimeout(cfg.idleTimeoutMillis());
        }
        return this;
    }

    private void registerAdminToken(PrintStream out) throws SQLException {
        Store store = new Store(db);
        if (cfg.adminToken() != null) {
            if (store.tokenOwner(Auth.hash(cfg.adminToken())).isEmpty()) store.addToken(Auth.hash(cfg.adminToken()), null);
            return;
        }
        if (store.hasAdminToken()) return;
        String token = Auth.newToken();
        store.addToken(Auth.hash(token), null);
        out.println("aftercert serve: admin token (shown once, keep it safe): " + token);
    }

    int port() {
        return app.port();
    }

    List<Op> ops() {
        return ops;
    }

    /** The routes Javalin serves, "METHOD path" (for the contract test: the document must list exactly these). */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(p -> p.endpoint.method == HandlerType.GET || p.endpoint.method == HandlerType.POST)
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path).filter(r -> !web.routes().contains(r)).sorted().toList();
    }

    /** The web pages' routes, "METHOD path". */
    List<String> webRoutes() {
        return web.routes();
    }

    Db db() {
        return db;
    }

    /**
     * Stops accepting connections, lets requests in flight finish (up to {@link #DRAIN_MILLIS}), then stops.
     * Jetty's own graceful stop cut a request whose body was still arriving (measured: 408 after SIGTERM),
     * so the server drains itself: the acceptors close, open connections carry on.
     */
    @Override
    public void close() {
        stopping = true;
        for (var conn : app.jettyServer().server().getConnectors()) {
            if (conn instanceof ServerConnector sc) sc.close();
        }
        long deadline = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        while (inFlight.get() > 0 && System.nanoTime() < deadline && pause()) {
            // the handlers of the requests in flight run
        }
        // a handler's end is not its response's: Jetty writes the response after the last handler, so
        // wait (briefly) until the open connections have been answered and closed, or sit idle
        long flushed = Math.min(deadline, System.nanoTime() + FLUSH_MILLIS * 1_000_000);
        while (connections() > 0 && System.nanoTime() < flushed && pause()) {
            // the last responses are written
        }
        app.stop();
        db.close();
    }

    /** At most this long after the last handler for its response to leave (a keep-alive client holds its connection). */
    static final long FLUSH_MILLIS = 2_000;

    private int connections() {
        int n = 0;
        for (var conn : app.jettyServer().server().getConnectors()) n += conn.getConnectedEndPoints().size();
        return n;
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
