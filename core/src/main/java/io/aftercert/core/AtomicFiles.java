package io.aftercert.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files so that nothing half-written is ever left behind: every output goes to a temporary
 * file beside its target and is moved into place only when all outputs of the operation are
 * complete.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes one file atomically: readers see the old content or the new, never a part.
     *
     * @param target  the file; its folder must exist
     * @param content the bytes to write
     * @throws IOException naming the file and the reason (the temporary file is removed)
     */
    public static void write(Path target, byte[] content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes several files: all temporary files first, then the moves. If any temporary write
     * fails, every temporary file is removed and no target is touched. A new file gets mode 0644,
     * a replaced one keeps its permissions.
     *
     * @param outputs the bytes to write by target file; every target's folder must exist
     * @throws IOException naming the file and the reason, such as a missing folder or a denied permission
     */
    public static void writeAll(Map<Path, byte[]> outputs) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (var e : outputs.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Path dir = target.getParent();
                if (dir != null && !Files.isDirectory(dir)) {
                    throw new IOException("cannot write " + e.getKey() + ": the folder " + dir + " does not exist");
                }
                try {
                    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
                    temps.put(target, tmp);
                    Files.write(tmp, e.getValue());
                    permissions(tmp, target);
                } catch (IOException x) {
                    throw new IOException("cannot write " + e.getKey() + ": " + reason(x), x);
                }
            }
            for (var e : temps.entrySet()) {
                try {
                    try {
                        Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException x) {
                        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException x) {
                    throw new IOException("cannot write " + e.getKey() + ": " + reason(x), x);
                }
            }
        } finally {
            for (Path tmp : temps.values()) Files.deleteIfExists(tmp);
        }
    }

    /** Why a file operation failed, without the temporary file's name Java puts into its messages. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "the folder cannot hold files";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getClass().getSimpleName();
    }

    /** Temporary files are created private (0600); the result gets the target's or the usual 0644. */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /**
     * The SHA-256 digest of some bytes, as recorded for evidence and tailoring files.
     *
     * @param bytes the bytes
     * @return 64 lower-case hex digits
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
