package io.aftercert.core.internal.io;

import io.aftercert.core.Lang;
import io.aftercert.core.Text;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes files so that nothing half-written is ever left behind: every output that is (or will be)
 * a regular file goes to a temporary file beside its target and is moved into place only when all
 * outputs of the operation are complete. An output that exists and is not a regular file — a
 * device such as {@code /dev/null}, a FIFO, {@code /dev/stdout} on a pipe — is written straight
 * to, after every regular output is in place, and is never replaced. A symbolic link to a regular
 * file stays a link: the file it points to is replaced.
 *
 * <p>All or none, also when the process is stopped (SIGTERM, Ctrl-C): while an operation runs, a
 * shutdown hook removes its temporary files and puts back the outputs it already moved (the old
 * file, kept as a hard link beside it until the end, or no file where there was none).
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
     * Writes several files: all temporary files first, then the moves, then the outputs that are
     * not regular files. If any step fails, or the process is stopped meanwhile, every temporary
     * file is removed and every target already moved is put back as it was. A new file gets mode
     * 0644, a replaced one keeps its permissions.
     *
     * @param outputs the bytes to write by target file; every target's folder must exist
     * @throws IOException naming the file and the reason, such as a missing folder, a denied
     *                     permission or a full disk
     */
    public static void writeAll(Map<Path, byte[]> outputs) throws IOException {
        Operation op = new Operation();
        Thread hook = new Thread(op::abort, "aftercert-output-rollback");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            throw new IOException("the program is stopping: nothing was written", e);
        }
        try {
            op.run(outputs);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is stopping: the hook runs and rolls back what is not committed
            }
        }
    }

    /** One output moved into place, with the hard link that keeps the file it replaced (or null: there was none). */
    private record Moved(Path target, Path backup) {
    }

    /** The state of one {@link #writeAll}, shared with its shutdown hook (every change under the lock). */
    private static final class Operation {
        private final Map<Path, Path> temps = new LinkedHashMap<>();
        private final List<Moved> moved = new ArrayList<>();
        private boolean aborted;
        private boolean done;

        void run(Map<Path, byte[]> outputs) throws IOException {
            Map<Path, byte[]> direct = new LinkedHashMap<>();
            Map<Path, String> names = new LinkedHashMap<>();
            try {
                for (var e : outputs.entrySet()) {
                    Path target = resolve(e.getKey());
                    names.put(target, e.getKey().toString());
                    if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
                        direct.put(target, e.getValue());
                    } else {
                        prepare(target, e.getKey().toString(), e.getValue());
                    }
                }
                for (Path target : new ArrayList<>(temps.keySet())) moveIntoPlace(target, names.get(target));
                for (var e : direct.entrySet()) writeStraight(e.getKey(), names.get(e.getKey()), e.getValue());
                commit();
            } catch (IOException | RuntimeException | Error x) {
                abort();
                throw x;
            }
        }

        /** Writes the temporary file of {@code target}. */
        private void prepare(Path target, String name, byte[] content) throws IOException {
            Path dir = target.getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new CannotWrite(Text.of("无法写入 " + name + "：文件夹 " + dir + " 不存在", "cannot write " + name + ": the folder " + dir + " does not exist"), null);
            }
            try {
                Path tmp;
                synchronized (this) {
                    checkRunning();
                    tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
                    temps.put(target, tmp);
                }
                Files.write(tmp, content);
                permissions(tmp, target);
            } catch (IOException x) {
                throw new CannotWrite(Text.of("无法写入 " + name + "：" + reason(x, Lang.ZH), "cannot write " + name + ": " + reason(x)), x);
            }
        }

        private synchronized void moveIntoPlace(Path target, String name) throws IOException {
            checkRunning();
            try {
                Path backup = Files.isRegularFile(target) ? backup(target) : null;
                moved.add(new Moved(target, backup));
                move(temps.get(target), target);
                temps.remove(target);
            } catch (IOException x) {
                throw new CannotWrite(Text.of("无法写入 " + name + "：" + reason(x, Lang.ZH), "cannot write " + name + ": " + reason(x)), x);
            }
        }

        private void writeStraight(Path target, String name, byte[] content) throws IOException {
            synchronized (this) {
                checkRunning();
            }
            try {
                Files.write(target, content);
            } catch (IOException x) {
                throw new CannotWrite(Text.of("无法写入 " + name + "：" + reason(x, Lang.ZH), "cannot write " + name + ": " + reason(x)), x);
            }
        }

        private void checkRunning() throws IOException {
            if (aborted) throw new IOException("the program is stopping: nothing was written");
        }

        private synchronized void commit() {
            done = true;
            for (Moved m : moved) deleteQuietly(m.backup());
        }

        /** Removes the temporary files and puts back what was moved (last first); nothing once committed. */
        synchronized void abort() {
            if (done) return;
            aborted = true;
            done = true;
            for (Path tmp : temps.values()) deleteQuietly(tmp);
            for (int i = moved.size() - 1; i >= 0; i--) {
                Moved m = moved.get(i);
                try {
                    if (m.backup() == null) Files.deleteIfExists(m.target());
                    else move(m.backup(), m.target());
                } catch (IOException e) {
                    // nothing more can be done while stopping; the old file stays beside as the backup
                }
            }
        }
    }

    /** The path to write: a symbolic link to a regular file is followed, so the link itself stays. */
    private static Path resolve(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isSymbolicLink(abs) && Files.isRegularFile(abs)) return abs.toRealPath();
        return abs;
    }

    /** A hard link to {@code target} beside it (a copy where the file system has no hard links). */
    private static Path backup(Path target) throws IOException {
        Path backup = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".old");
        Files.delete(backup);
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backup;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException x) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort while cleaning up
        }
    }

    /**
     * Why a file operation failed, in words, without the temporary file's name Java puts into its
     * messages and without Java's class names.
     *
     * @param e the failure
     * @return "the disk is full (no space left on device)", "permission denied", …
     */
    public static String reason(IOException e) {
        return reason(e, Lang.EN);
    }

    /**
     * {@link #reason(IOException)} in one language.
     *
     * @param e    the failure
     * @param lang the reader's language
     * @return "磁盘已满（no space left on device）", "没有权限", … in Chinese
     */
    public static String reason(IOException e, Lang lang) {
        if (lang == Lang.ZH) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (e instanceof CannotWrite c) return c.text().zh();
            if (m.contains("No space left on device")) return "磁盘已满";
            if (m.contains("Disk quota exceeded")) return "磁盘配额已用完";
            if (e instanceof java.nio.file.AccessDeniedException) return "没有权限";
            if (e instanceof java.nio.file.NoSuchFileException) return "该文件夹无法存放文件";
            if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return "文件系统错误（" + f.getReason() + "）";
            if (!m.isBlank() && !m.contains(".tmp") && !m.contains(".old")) return "读写错误（" + m + "）";
            return "读写错误";
        }
        if (e instanceof CannotWrite c) return c.text().en();
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("No space left on device")) return "the disk is full (no space left on device)";
        if (m.contains("Disk quota exceeded")) return "the disk quota is used up";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "the folder cannot hold files";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        if (!m.isBlank() && !m.contains(".tmp") && !m.contains(".old")) return m;
        return "an input/output error";
    }

    /** A file could not be written: which, and why, in both languages. */
    public static final class CannotWrite extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Text text;

        CannotWrite(Text text, IOException cause) {
            super(text.en(), cause);
            this.text = text;
        }

        /** {@return which file and why, in both languages} */
        public Text text() {
            return text;
        }
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
