package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.json.Json;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as RFC 9457 {@code application/problem+json}: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} and the extension {@code problems}, the same list (file, path,
 * code, message) the CLI prints for the same input. Titles in Chinese when the client's
 * {@code Accept-Language} prefers Chinese.
 */
final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://aftercert.io/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /** Title per problem type: English, Chinese. */
    private static final Map<String, String[]> TITLES = Map.ofEntries(
            Map.entry("bad-input", new String[] {"Bad input", "输入有误"}),
            Map.entry("not-found", new String[] {"Not found", "未找到"}),
            Map.entry("unauthorized", new String[] {"Token missing or not valid", "缺少令牌或令牌无效"}),
            Map.entry("forbidden", new String[] {"Not allowed with this token", "此令牌无权访问"}),
            Map.entry("too-large", new String[] {"Request body too large", "请求体过大"}),
            Map.entry("unsupported-media-type", new String[] {"Unsupported media type", "不支持的媒体类型"}),
            Map.entry("method-not-allowed", new String[] {"Method not allowed", "不允许的方法"}),
            Map.entry("storage-full", new String[] {"Storage full: nothing was stored", "存储空间已满：未保存任何内容"}),
            Map.entry("conflict", new String[] {"Conflict", "冲突"}),
            Map.entry("timeout", new String[] {"Request timed out", "请求超时"}),
            Map.entry("unavailable", new String[] {"Not ready", "服务未就绪"}),
            Map.entry("internal-error", new String[] {"Internal error", "内部错误"}));

    private Problems() {
    }

    /** The exception as a problem: SDK input errors are 400 with their problem list. */
    static ApiException classify(Exception e) {
        if (e instanceof ApiException a) return a;
        if (e instanceof InvalidInputException iie) {
            String summary = iie.getMessage().lines().findFirst().orElse("invalid input");
            return new ApiException(400, "bad-input", summary + "; nothing was stored", iie.problems());
        }
        if (e instanceof NoSuchElementException || e instanceof io.aftercert.core.UnknownRubricException) return new ApiException(400, "bad-input", e.getMessage());
        if (timedOut(e)) return new ApiException(408, "timeout", "the request body did not arrive in time; nothing was stored");
        if (diskFull(e)) return new ApiException(507, "storage-full", "the data directory or database is full; nothing was stored");
        LOG.error("internal error", e);
        return new ApiException(500, "internal-error", "internal error (please report it): " + e.getClass().getSimpleName());
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException) return true;
        }
        return false;
    }

    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left") || m.contains("SQLITE_FULL") || m.contains("database or disk is full")
                    || m.contains("could not extend file")) {
                return true;
            }
        }
        return false;
    }

    static void send(Context ctx, Exception e) {
        ApiException a = classify(e);
        ctx.status(a.status).contentType(MEDIA_TYPE).result(document(a, ctx.path(), zh(ctx.header("Accept-Language"))));
    }

    static byte[] document(ApiException a, String instance, boolean zh) {
        ObjectNode root = SharedMapper.get().createObjectNode();
        root.put("type", TYPE_BASE + a.type);
        String[] title = TITLES.getOrDefault(a.type, new String[] {a.type, a.type});
        root.put("title", title[zh ? 1 : 0]);
        root.put("status", a.status);
        root.put("detail", a.getMessage() == null ? title[0] : a.getMessage());
        root.put("instance", instance);
        ArrayNode list = root.putArray("problems");
        for (Problem p : a.problems) list.add(problem(p));
        return Http.bytes(root);
    }

    private static ObjectNode problem(Problem p) {
        ObjectNode o = SharedMapper.get().createObjectNode();
        if (p.file() != null) o.put("file", p.file());
        if (p.path() != null) o.put("path", p.path());
        if (p.code() != null) o.put("code", p.code());
        o.put("message", p.message());
        return o;
    }

    /** Whether an Accept-Language header prefers Chinese (its first tag is zh…). */
    static boolean zh(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    }

    static List<Problem> one(String file, String message) {
        return List.of(new Problem(file, null, null, message));
    }
}
