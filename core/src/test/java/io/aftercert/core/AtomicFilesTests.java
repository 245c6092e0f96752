package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void sha256IsTheStandardDigest() {
        // sha256("abc") from FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AtomicFiles.sha256("abc".getBytes()));
    }
}
