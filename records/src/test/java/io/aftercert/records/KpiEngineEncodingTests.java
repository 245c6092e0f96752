package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aftercert.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the first-64-KiB encoding check places a byte that is not UTF-8 (the header, a last line
 * without a line break, a character cut by the end of the file), that a character cut only by the
 * end of the sample is not one, and the ticket id a duplicate's finding names (read back from the file).
 */
class KpiEngineEncodingTests {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEAD = TestRecords.HEAD.replace("callback_at\n", "callback_at,region\n");
    private static final String ROW = "G1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,,";

    @TempDir
    Path dir;

    private Path write(String name, byte[]... pieces) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : pieces) all.writeBytes(p);
        Path f = dir.resolve(name);
        Files.write(f, all.toByteArray());
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static InvalidInputException refused(Path f) {
        return assertThrows(InvalidInputException.class, () -> new KpiEngine(1, null).run(f));
    }

    @Test
    void aGbkHeaderIsPlacedInTheHeader() throws IOException {
        Path f = write("head.csv", utf8(TestRecords.HEAD.replace("callback_at\n", "callback_at,")), "区域\n".getBytes(GBK), utf8(ROW + "x\n"));
        InvalidInputException e = refused(f);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("header", e.problems().get(0).path());
    }

    @Test
    void aGbkValueOnALastLineWithoutALineBreakIsPlacedInItsRow() throws IOException {
        Path f = write("last.csv", utf8(HEAD + ROW + "x\n" + ROW), "华南".getBytes(GBK));
        InvalidInputException e = refused(f);
        assertEquals("row 2", e.problems().get(0).path());
        assertEquals("last.csv: row 2: the file is not UTF-8 but looks like GBK/GB18030 (what Notepad calls \"ANSI\" on Chinese Windows): "
                + "save the file as UTF-8", e.problems().get(0).toString());
    }

    @Test
    void aCharacterCutByTheEndOfASmallFileIsRefusedInTheCheck() throws IOException {
        byte[] zhong = utf8("中"); // E4 B8 AD: the file ends after E4 B8
        Path f = write("cut.csv", utf8(HEAD + ROW + "x\n" + ROW), new byte[] {zhong[0], zhong[1]});
        InvalidInputException e = refused(f);
        // the check over the whole file names the row only; a field read later would also name its column
        assertEquals("row 2", e.problems().get(0).path());
    }

    @Test
    void aCharacterCutOnlyByTheEndOfTheSampleIsRead() throws IOException {
        // rows of 3-byte characters across byte 65,536: the sample ends inside one of them, the file does not
        StringBuilder csv = new StringBuilder(HEAD);
        int rows = 0;
        while (utf8(csv.toString()).length < 65_536 - 400) {
            csv.append(ROW.replace("G1,", "G" + rows + ",")).append("x\n");
            rows++;
        }
        int before = utf8(csv.toString()).length + utf8(ROW).length; // the next row: ROW with its own id, X1 (as long as G1)
        String pad = "a".repeat(Math.floorMod(65_536 - before - 1, 3)); // (65,536 − start of the characters) % 3 == 1
        csv.append(ROW.replace("G1,", "X1,")).append(pad).append("中".repeat(200)).append('\n');
        rows++;
        int start = before + pad.length();
        assertEquals(1, (65_536 - start) % 3);
        csv.append(ROW.replace("G1,", "Z1,")).append("y\n");
        rows++;
        KpiReport r = new KpiEngine(1, null).run(write("sample.csv", utf8(csv.toString())));
        assertEquals(rows, r.rows());
        assertEquals(0, r.rowsExcluded());
    }

    @Test
    void aDuplicateNamesItsOwnTicketIdReadFromTheFile() throws IOException {
        String row = ",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n";
        Path f = TestRecords.write(dir, TestRecords.HEAD + "A" + row + "B" + row + "A" + row + "C" + row + "B" + row + "D" + row);
        KpiReport r = new KpiEngine(1, null).run(f);
        assertEquals(List.of("3 A ticket_id", "5 B ticket_id"),
                r.findings().stream().map(x -> x.row() + " " + x.ticketId() + " " + x.column()).toList());
    }
}
