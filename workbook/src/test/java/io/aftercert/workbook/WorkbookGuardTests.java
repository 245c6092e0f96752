package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.spi.RubricRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks fail with a clear problem (exit 2 in the CLI), read nothing outside the
 * workbook, and stay within a small heap: the big cases run in a separate JVM with -Xmx64m.
 */
class WorkbookGuardTests {
    static final RubricRegistry REGISTRY = RubricRegistry.getDefault();

    @TempDir
    Path dir;

    String refused(byte[] file) throws IOException {
        Path f = dir.resolve("h" + System.nanoTime() + ".xlsx");
        Files.write(f, file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkbookEvidence.read(f, "h.xlsx", REGISTRY::find));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0).toString();
    }

    @Test
    void notAZip() throws IOException {
        assertTrue(refused("rubric,gbt27922\n".getBytes(StandardCharsets.UTF_8)).contains("not an Excel workbook"));
        assertTrue(refused(new byte[0]).contains("not an Excel workbook"));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(refused(ole).contains("old Excel .xls file or a password-protected workbook"));
        byte[] truncated = java.util.Arrays.copyOf(blank(), 3000);
        assertTrue(refused(truncated).contains("not a readable Excel workbook"), refused(truncated));
    }

    @Test
    void zipBombStopsAtTheLimit() throws IOException {
        // 200 MiB of one byte deflates to about 200 KiB
        byte[] bomb = replace(blank(), "xl/worksheets/sheet1.xml", out -> {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 200; i++) out.write(chunk);
        });
        assertTrue(bomb.length < 1 << 20, "the bomb is small: " + bomb.length);
        assertTrue(refused(bomb).contains("inflates beyond the 64 MiB limit"));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        byte[] xxe = replace(blank(), "xl/sharedStrings.xml", out -> out.write(("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8)));
        String p = refused(xxe);
        assertTrue(p.contains("declares a DTD"), p);
        assertFalse(p.contains("TOP-SECRET-MARKER"), p);
    }

    @Test
    void aMillionRowsStopEarlyInASmallHeap() throws Exception {
        byte[] rows = replace(blank(), "xl/worksheets/sheet1.xml", out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= 1_000_000; i++) out.write(("<row r=\"" + i + "\"><c r=\"A" + i + "\"><v>1</v></c></row>").getBytes(StandardCharsets.US_ASCII));
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        Result r = inSmallHeap(rows);
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("评分表 goes on past row 20000"), r.output());
    }

    @Test
    void hugeSharedStringsAreRefusedInASmallHeap() throws Exception {
        byte[] sst = replace(blank(), "xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
            byte[] si = ("<si><t>" + "字".repeat(300) + "</t></si>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20_000; i++) out.write(si); // about 18 MiB of text
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        Result r = inSmallHeap(sst);
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("shared-strings table"), r.output());
    }

    // ---- helpers

    static byte[] blank() {
        return WorkbookTemplate.write(REGISTRY.require("gbt27922"));
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The workbook with one part's content replaced (the rest copied as is). */
    static byte[] replace(byte[] xlsx, String part, Body body) throws IOException {
        Path src = Files.createTempFile("src", ".xlsx");
        Files.write(src, xlsx);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(src.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) body.write(out);
                else try (var is = in.getInputStream(e)) {
                    is.transferTo(out);
                }
                out.closeEntry();
            }
        } finally {
            Files.delete(src);
        }
        return bytes.toByteArray();
    }

    record Result(int exit, String output) {
    }

    /** Reads the file in a fresh JVM with a 64 MiB heap (bounded memory, not a timing test). */
    Result inSmallHeap(byte[] file) throws Exception {
        Path f = dir.resolve("big.xlsx");
        Files.write(f, file);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ReadMain.class.getName(), f.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Reads one workbook; exit 2 with the problems on bad input, as the CLI does. */
    public static final class ReadMain {
        public static void main(String[] args) throws IOException {
            try {
                WorkbookEvidence.read(Path.of(args[0]), REGISTRY::find);
                System.exit(0);
            } catch (InvalidInputException e) {
                System.out.println(e.getMessage());
                System.exit(2);
            }
        }
    }

}
