package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Request bodies (bounded, or streamed to disk) and responses in the server's media types. */
final class Http {
    static final String JSON = "application/json";
    static final String HTML = "text/html; charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    static final String MULTIPART = "multipart/form-data";

    private Http() {
    }

    /** The whole body, refused with 413 beyond {@code limit} bytes (before reading when Content-Length says so). */
    static byte[] body(Context ctx, long limit) throws IOException {
        checkLength(ctx, limit);
        return limited(ctx.req().getInputStream(), limit);
    }

    /** A stream's bytes, refused with 413 beyond {@code limit}. */
    static byte[] limited(InputStream stream, long limit) throws IOException {
        try (InputStream in = stream) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (b.length > limit) throw tooLarge(limit);
            return b;
        }
    }

    /** Result of streaming a body to a file: size and SHA-256. */
    record Saved(long bytes, String sha256) {
    }

    /**
     * Streams {@code source} into {@code target} (never whole in memory), at most {@code limit} bytes, and forces it to
     * disk. The SHA-256 runs on another thread, one buffer behind: while a buffer is hashed the next one is received and
     * written, so on two cores a large upload costs the time of its slower half, not of both.
     */
    static Saved toFile(InputStream source, Path target, long limit) throws IOException {
        MessageDigest sha = sha256();
        long total = 0;
        byte[][] bufs = {new byte[UPLOAD_BUFFER], new byte[UPLOAD_BUFFER]};
        java.util.concurrent.Future<?> hashing = null;
        try (InputStream in = source;
             FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; ; i ^= 1) {
                byte[] buf = bufs[i];
                int n = in.readNBytes(buf, 0, buf.length);
                if (n <= 0) break;
                total += n;
                if (total > limit) throw tooLarge(limit);
                try {
                    java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf, 0, n);
                    while (bb.hasRemaining()) ch.write(bb);
                } catch (IOException full) {
                    drain(in, buf, limit - total);
                    throw full;
                }
                await(hashing); // the other buffer is hashed: it may be filled again
                int len = n;
                hashing = HASHING.submit(() -> sha.update(buf, 0, len));
            }
            await(hashing);
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            settle(hashing);
            Files.deleteIfExists(target);
            throw e;
        }
        return new Saved(total, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Forces a folder's entries to disk (a file renamed into it survives a power loss). A file system that cannot open a
     * folder for this (Windows) keeps its own metadata in order.
     */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // see above
        }
    }

    /** Bytes received (and hashed) at a time. */
    private static final int UPLOAD_BUFFER = 1 << 20;

    /** The hashing threads of uploads (daemons: they hold nothing a stop must wait for). */
    private static final java.util.concurrent.ExecutorService HASHING = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "aftercert-upload-hash");
        t.setDaemon(true);
        return t;
    });

    private static void await(java.util.concurrent.Future<?> f) throws IOException {
        if (f == null) return;
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while hashing the upload");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void settle(java.util.concurrent.Future<?> f) {
        if (f == null) return;
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException ignored) {
            // the upload is refused anyway
        }
    }

    /**
     * Reads and discards what is left of a body a write failed on (a full disk), up to {@code left} bytes, so that
     * the client, still sending, reads the refusal instead of a connection closed under it.
     */
    private static void drain(InputStream in, byte[] buf, long left) {
        try {
            for (int n; left > 0 && (n = in.read(buf)) > 0; ) left -= n;
        } catch (IOException ignored) {
            // the refusal is what matters; a client gone mid-body has nothing left to read it
        }
    }

    static void checkLength(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw tooLarge(limit);
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(413, "too-large", "the request body is larger than this resource accepts (" + limit + " bytes)");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void json(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType(JSON).result(body);
    }

    static void json(Context ctx, int status, JsonNode body) {
        json(ctx, status, bytes(body));
    }

    static byte[] bytes(JsonNode node) {
        return compact(node);
    }

    /**
     * The SDK's writer without indentation, made once: the same serializers (numbers with their {@code <field>Exact}
     * siblings), a third fewer bytes than the indented files the CLI writes, and no writer built per request.
     */
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT =
            SharedMapper.get().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /** Any SDK value (a result, a tree) as compact JSON. */
    static byte[] compact(Object value) {
        try {
            return COMPACT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one value inside a document (the rest of the document follows it). */
    private static final com.fasterxml.jackson.databind.ObjectReader FIELD =
            SharedMapper.get().reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The named top-level fields of a JSON object, read without building the rest of the tree (a stored result is
     * tens of kilobytes; a listing needs four of its fields near its start). Absent fields stay absent. The reading
     * stops once every name is found, or once only {@code <field>Exact} siblings are missing whose field was read
     * and not followed by them (the SDK writes a sibling right after its field, or not at all).
     */
    static com.fasterxml.jackson.databind.node.ObjectNode fields(byte[] json, java.util.Set<String> names) {
        com.fasterxml.jackson.databind.node.ObjectNode out = SharedMapper.get().createObjectNode();
        java.util.Set<String> missing = new java.util.HashSet<>(names);
        try (com.fasterxml.jackson.core.JsonParser p = SharedMapper.get().createParser(json)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) throw new IllegalStateException("stored JSON is not an object");
            for (String f; !missing.isEmpty() && (f = p.nextFieldName()) != null; ) {
                if (!missing.contains(f) && onlyAbsentSiblings(missing, out)) break;
                p.nextToken();
                if (missing.remove(f)) out.set(f, FIELD.readTree(p));
                else p.skipChildren();
            }
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
        return out;
    }

    private static boolean onlyAbsentSiblings(java.util.Set<String> missing, com.fasterxml.jackson.databind.node.ObjectNode read) {
        for (String m : missing) {
            if (!m.endsWith("Exact") || !read.has(m.substring(0, m.length() - "Exact".length()))) return false;
        }
        return true;
    }

    /**
     * The top-level field names of a JSON object, read without building its tree; null when the text is not a
     * well-formed object (the caller's full read then says what is wrong, and where).
     */
    static java.util.Set<String> topFieldNames(byte[] json) {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (com.fasterxml.jackson.core.JsonParser p = SharedMapper.get().createParser(json)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) return null;
            for (String f; (f = p.nextFieldName()) != null; ) {
                names.add(f);
                p.nextToken();
                p.skipChildren();
            }
            return p.nextToken() == null ? names : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static JsonNode tree(byte[] json) {
        try {
            return Json.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    /** The media type of a request without parameters, lower case ("" when none). */
    static String mediaType(Context ctx) {
        String ct = ctx.header("Content-Type");
        if (ct == null) return "";
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A query parameter as an int within bounds, or its default. */
    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter " + name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
    }

    static String lang(Context ctx) {
        String l = ctx.queryParam("lang");
        if (l == null) return Problems.zh(ctx.header("Accept-Language")) || ctx.header("Accept-Language") == null ? "zh" : "en";
        if (!l.equals("zh") && !l.equals("en")) throw ApiException.badRequest("lang must be zh or en, not '" + l + "'");
        return l;
    }
}
