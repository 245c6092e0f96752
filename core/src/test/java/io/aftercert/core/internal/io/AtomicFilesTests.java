package io.aftercert.core.internal.io;

import io.aftercert.core.internal.io.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {
    @Test
    void writesEveryOutputOrNone(@TempDir Path dir) throws IOException {
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        outputs.put(dir.resolve("result.json"), "{}".getBytes());
        outputs.put(dir.resolve("missing-folder/report.html"), "<html>".getBytes());
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(outputs));
        assertFalse(Files.exists(dir.resolve("result.json")), "the first output must not be left behind");
        assertEquals(List.of(), Files.list(dir).toList(), "no temporary files either");
    }

    @Test
    void replacesAnExistingFileWhole(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("r.json");
        Files.writeString(f, "old");
        AtomicFiles.write(f, "new".getBytes());
        assertArrayEquals("new".getBytes(), Files.readAllBytes(f));
        assertEquals(1, Files.list(dir).count());
        Path fresh = dir.resolve("report.html");
        AtomicFiles.write(fresh, "<html>".getBytes());
        if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
            // a report is meant to be forwarded: not left private like a temporary file
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        }
    }

    @Test
    void aDeviceIsWrittenToNotReplaced(@TempDir Path dir) throws IOException {
        // a link to /dev/null stands for the device itself (as root, renaming over /dev/null would replace the system's)
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        Path link = Files.createSymbolicLink(dir.resolve("r.json"), devNull);
        Path regular = dir.resolve("r.html");
        AtomicFiles.writeAll(new LinkedHashMap<>(Map.of(link, "{}".getBytes(), regular, "<html>".getBytes())));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertFalse(Files.isRegularFile(devNull), "the device stays a device");
        assertEquals("<html>", Files.readString(regular), "the regular output beside it is written");
        assertEquals(List.of("r.html", "r.json"), names(dir), "no temporary file is left");
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // child JVMs / a blocking FIFO: the normal build only, not every mutant
    void aFifoIsWrittenToNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFiles.write(fifo, "through the pipe".getBytes());
        assertEquals("through the pipe", new String(read.get(10, java.util.concurrent.TimeUnit.SECONDS)));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a FIFO");
    }

    @Test
    void aLinkToARegularFileStaysALink(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicFiles.write(link, "new".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.json", "real.json"), names(dir));
    }

    @Test
    void aFailedMoveRollsBackTheOutputsAlreadyMoved(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.json"), "old a");
        Path second = dir.resolve("b.json");
        Path third = dir.resolve("c.html");
        // /dev/full fails every write (ENOSPC), after the regular outputs are in place
        assumeTrue(Files.exists(Path.of("/dev/full")));
        Path dead = Files.createSymbolicLink(dir.resolve("d.json"), Path.of("/dev/full"));
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        outputs.put(first, "new a".getBytes());
        outputs.put(second, "new b".getBytes());
        outputs.put(third, "new c".getBytes());
        outputs.put(dead, "x".getBytes());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(outputs));
        assertEquals("cannot write " + dead + ": the disk is full (no space left on device)", e.getMessage());
        assertEquals("old a", Files.readString(first), "the replaced file is put back");
        assertEquals(List.of("a.json", "d.json"), names(dir), "the new ones are removed, no temporary or backup file is left");
    }

    @Test
    void aFullDiskIsCalledThat() {
        // the text Linux gives (ENOSPC), as FileChannel reports it: a plain IOException with no file name
        assertEquals("the disk is full (no space left on device)", AtomicFiles.reason(new IOException("No space left on device")));
        assertEquals("the disk quota is used up", AtomicFiles.reason(new IOException("Disk quota exceeded")));
        assertEquals("permission denied", AtomicFiles.reason(new java.nio.file.AccessDeniedException("/x/.r.json123.tmp")));
        assertEquals("an input/output error", AtomicFiles.reason(new IOException()));
        assertEquals("an input/output error", AtomicFiles.reason(new IOException("/x/.r.json123.tmp")));
        assertEquals("Input/output error", AtomicFiles.reason(new IOException("Input/output error")));
    }

    /**
     * SIGTERM at any moment of a three-output write (a child process writing 'A' files and 'B'
     * files in turn): afterwards no temporary or backup file is left and the three outputs hold
     * the same letter, the last set written whole.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow") // child JVMs / a blocking FIFO: the normal build only, not every mutant
    void sigtermLeavesAllOutputsOfOneSetAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        java.util.Random random = new java.util.Random(33);
        for (int attempt = 0; attempt < 8; attempt++) {
            Path d = Files.createDirectory(dir.resolve("run" + attempt));
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                    "-cp", System.getProperty("java.class.path"), AtomicFilesChild.class.getName(), d.toString(), "3", "4000000")
                    .redirectErrorStream(true).start();
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
            assertEquals("ready", lines.readLine());
            Thread.sleep(random.nextInt(200));
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "the child ends");
            assertEquals(List.of("out0.bin", "out1.bin", "out2.bin"), names(d), "attempt " + attempt);
            java.util.Set<Byte> letters = new java.util.HashSet<>();
            for (String f : names(d)) {
                byte[] b = Files.readAllBytes(d.resolve(f));
                assertEquals(4000000, b.length, f + " whole");
                letters.add(b[0]);
                letters.add(b[b.length - 1]);
            }
            assertEquals(1, letters.size(), "attempt " + attempt + ": one set, not a mix: " + letters);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sha256IsTheStandardDigest() {
        // sha256("abc") from FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AtomicFiles.sha256("abc".getBytes()));
    }
}
