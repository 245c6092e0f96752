package io.aftercert.cli;

import io.aftercert.core.internal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * Writes the command line's output files: all or nothing ({@link AtomicFiles}), never over a folder,
 * never over a read-only file unless {@code --force}, and errors name the user's target (never the
 * temporary file beside it).
 */
final class Outputs {
    private Outputs() {
    }

    /**
     * Whether a {@code --json} option asks for standard output: {@code -}, or a path that names the
     * process's own standard output ({@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}).
     * Such a request is served as {@code -} is: the document alone on standard output, the summary
     * on standard error, so that a program can read the JSON.
     */
    static boolean toStdout(String option) {
        return option != null && (option.equals("-") || STDOUT.contains(option));
    }

    private static final java.util.Set<String> STDOUT = java.util.Set.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

    /** The line every command prints for a file it wrote: {@code 已写入 FILE} / {@code wrote FILE}. */
    static void wrote(java.io.PrintWriter out, Object file, io.aftercert.core.Lang lang) {
        out.println(Words.w(lang, "wrote", file));
    }

    /** Refuses targets that are folders, or read-only files without {@code force}; writes nothing then. */
    static void check(Iterable<Path> targets, boolean force) {
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                throw Words.error("error.targetFolder", target);
            }
            if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && readOnly(target)) {
                throw Words.error("error.readOnly", target);
            }
        }
    }

    /** Checks and writes all outputs, or none. */
    static void write(Map<Path, byte[]> outputs, boolean force) {
        check(outputs.keySet(), force);
        try {
            AtomicFiles.writeAll(outputs);
        } catch (IOException e) {
            throw Words.error("error.writeFailed", AtomicFiles.reason(e, io.aftercert.core.Lang.ZH), e.getMessage());
        }
    }

    /**
     * {@link #write} into the folder {@code dir}, created when missing (with its parents); a folder
     * created here is removed again when the outputs cannot be written, so a refusal leaves nothing.
     */
    static void writeInto(Path dir, Map<Path, byte[]> outputs, boolean force) throws IOException {
        check(outputs.keySet(), force);
        Path missing = Files.exists(dir) ? null : dir.toAbsolutePath();
        Path first = missing;
        while (first != null && first.getParent() != null && !Files.exists(first.getParent())) first = first.getParent();
        Files.createDirectories(dir);
        try {
            write(outputs, force);
        } catch (RuntimeException e) {
            for (Path p = missing; p != null && first != null && p.startsWith(first); p = p.getParent()) {
                try {
                    Files.deleteIfExists(p); // empty: only what was created here
                } catch (IOException x) {
                    break;
                }
            }
            throw e;
        }
    }

    /**
     * True for a file its owner may not write. The permission bits decide, not {@link Files#isWritable}
     * alone: for root every file is writable, yet a user who made a file read-only meant it.
     */
    static boolean readOnly(Path p) {
        try {
            if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                return !perms.contains(PosixFilePermission.OWNER_WRITE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall through
        }
        return !Files.isWritable(p);
    }
}
