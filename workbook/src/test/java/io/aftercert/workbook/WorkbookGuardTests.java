package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.registry.RubricRegistry;
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

    /** The refusal as a Chinese reader sees it (the CLI's default language). */
    String refusedZh(byte[] file) throws IOException {
        Path f = dir.resolve("h" + System.nanoTime() + ".xlsx");
        Files.write(f, file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkbookEvidence.read(f, "h.xlsx", REGISTRY::find));
        assertEquals("无效的工作簿 h.xlsx", e.summary().in(io.aftercert.core.Lang.ZH));
        return e.problems().get(0).toString(io.aftercert.core.Lang.ZH);
    }

    @Test
    void aRefusalReadsInChineseForAChineseReader() throws IOException {
        assertEquals("h.xlsx：不是 Excel 工作簿（.xlsx 是 zip 文件，此文件不是）", refusedZh("rubric,gbt27922\n".getBytes(StandardCharsets.UTF_8)));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("h.xlsx：这是旧版 Excel .xls 文件或设有密码的工作簿：请另存为不设密码的 Excel 工作簿（.xlsx）后再试", refusedZh(ole));
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
        }, 1); // the fastest level: 45 MB of rows deflate to 4.9 MB either way, in a fifth of level 9's CPU time
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

    /** The hostile workbooks of the command line's corpus (how each was made: its README). */
    static final Path CORPUS = Path.of("..", "cli", "src", "test", "resources", "hostile", "workbook");

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "malformed-ampersand.xlsx       | 评分表       | sheet 评分表 (xl/worksheets/sheet1.xml) is not well-formed XML (line 1, column 3088)",
        "number-1e999999999-verdict.xlsx | 评分表!D6   | '1E999999999' is not a number a spreadsheet program writes",
        "number-1e999999999-notes.xlsx  | 评分表!I6    | '1E999999999' is not a number",
        "number-1e999999999-info.xlsx   | 基本信息!B6  | '1E999999999' is not a number",
        "number-1e-999999999-value.xlsx | 评分表!E9    | '1E-999999999' is not a number",
        "repeated-row-number.xlsx       | 评分表!A10   | row 10 comes after row 72 (rows must increase",
        "shared-string-out-of-range.xlsx | 评分表!D6   | points at shared string 999999, but the workbook has 235",
        "duplicate-sheet-name.xlsx      | 评分表       | the workbook has two sheets named 评分表",
        "doctype.xlsx                   | xl/sharedStrings.xml | part xl/sharedStrings.xml declares a DTD",
        "zip-bomb.xlsx                  | 评分表       | part xl/worksheets/sheet1.xml inflates beyond the 64 MiB limit",
    })
    void theGuardRefusesWhatNoSpreadsheetWritesNamingThePlace(String file, String place, String message) throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkbookGuard.check(CORPUS.resolve(file), file));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(place, e.problems().get(0).path(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains(message), e.getMessage());
        assertEquals(file, e.problems().get(0).file());
    }

    @Test
    void theGuardAnswersEachSheetsMergedRanges() throws IOException {
        WorkbookGuard.Facts facts = WorkbookGuard.check(CORPUS.resolve("merged-verdict.xlsx"), "m.xlsx");
        assertEquals(java.util.List.of("D6:D7"), facts.merged("评分表"));
        assertEquals(java.util.List.of(), facts.merged("基本信息"));
        assertEquals(java.util.List.of("A2:D2"), facts.merged("特别项"), "the template's own title, above the header");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "merged-verdict.xlsx            | 评分表!D6:D7 | cells D6:D7 are merged",
        "duplicate-verdict-column.xlsx  | 评分表!L3    | two columns begin with 评价 (D and L)",
        "formula-without-value.xlsx     | 评分表!D6    | the formula =IF(1,\"符合\",\"\") without a computed value",
        "date-styled-sample.xlsx        | 评分表!H9    | formatted as a date, so it shows a date, not the number 46000",
        "date-serial-half.xlsx          | 基本信息!B5  | assessment date: 0.5 is not a date",
        "number-1e300-value.xlsx        | 评分表!E9    | number 1E+300 is out of range",
    })
    void whatTheReaderWouldReadOneWayIsSaid(String file, String place, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkbookEvidence.read(CORPUS.resolve(file), file, REGISTRY::find));
        assertTrue(e.problems().stream().anyMatch(p -> place.equals(p.path()) && p.message().contains(message)), e.getMessage());
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
        return replace(xlsx, part, body, 9);
    }

    /** As {@link #replace(byte[], String, Body)}, deflating at {@code level} (1: fastest, 9: smallest). */
    static byte[] replace(byte[] xlsx, String part, Body body, int level) throws IOException {
        Path src = Files.createTempFile("src", ".xlsx");
        Files.write(src, xlsx);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(src.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(level);
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
