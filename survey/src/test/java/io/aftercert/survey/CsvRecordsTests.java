package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 records with their row numbers (row = record, not line) and a hard bound on a record's length. */
class CsvRecordsTests {
    /** Every record of {@code text}, each prefixed with its row number. */
    private static List<String> records(Reader in, int max) throws Exception {
        CsvRecords csv = new CsvRecords(in, max);
        List<String> out = new ArrayList<>();
        for (List<String> r; (r = csv.next()) != null; ) out.add(csv.row() + ":" + r);
        assertNull(csv.next()); // the end stays the end
        return out;
    }

    private static List<String> records(String text) throws Exception {
        return records(new StringReader(text), 1000);
    }

    /** A reader handing out one character per call, so every character sits on a buffer boundary. */
    private static Reader trickle(String text) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buf, int off, int len) {
                if (at == text.length()) return -1;
                buf[off] = text.charAt(at++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void lfCrlfAndALoneCrEndARecordAndEmptyLinesAreNoRows() throws Exception {
        assertEquals(List.of("1:[a]", "2:[b]"), records("a\r\rb")); // an empty line in CR line ends
        String text = "\r\n\na,b\rc,d\r\n\r\n\ne,f\n";
        List<String> expected = List.of("1:[a, b]", "2:[c, d]", "3:[e, f]");
        assertEquals(expected, records(text));
        assertEquals(expected, records(trickle(text), 1000));
    }

    @Test
    void emptyAndQuotedFieldsIncludingAQuotedLastFieldWithoutALineEnd() throws Exception {
        String text = ",,\n\"x\"\"y\",\"\",\"a\r\nb\"\r\n\"last\"";
        List<String> expected = List.of("1:[, , ]", "2:[x\"y, , a\r\nb]", "3:[last]");
        assertEquals(expected, records(text));
        assertEquals(expected, records(trickle(text), 1000));
    }

    @Test
    void aRecordOfExactlyTheLimitIsReadOneMoreCharacterIsRefused() throws Exception {
        // the limit counts the record's characters, separators included: "ab,cd" is 5
        assertEquals(List.of("1:[ab, cd]", "2:[abcde]"), records(new StringReader("ab,cd\nabcde\n"), 5));
        CsvRecords.CsvException plain = assertThrows(CsvRecords.CsvException.class, () -> records(new StringReader("ab,cd\nabcdef\n"), 5));
        assertEquals(2, plain.row);
        assertTrue(plain.getMessage().contains("longer than 5 characters"), plain.getMessage());
        CsvRecords.CsvException comma = assertThrows(CsvRecords.CsvException.class, () -> records(new StringReader("ab,cde"), 5));
        assertEquals(1, comma.row);
        CsvRecords.CsvException quoted = assertThrows(CsvRecords.CsvException.class, () -> records(new StringReader("\"abcdefgh\""), 5));
        assertEquals(1, quoted.row);
        // quotes are characters of the record too: "ab""c" is 7 characters (two enclosing, two for the doubled quote)
        assertEquals(List.of("1:[ab\"c]"), records(new StringReader("\"ab\"\"c\"\r\n"), 7));
        assertThrows(CsvRecords.CsvException.class, () -> records(new StringReader("\"ab\"\"c\"\r\n"), 6));
        assertThrows(CsvRecords.CsvException.class, () -> records(new StringReader("\"ab\"\"\"\r\n"), 5)); // "ab""" is 6
        assertThrows(CsvRecords.CsvException.class, () -> records(new StringReader("\"\"\r\n"), 1)); // "" is 2
        // and so are separators: "ab," is 3
        assertEquals(List.of("1:[ab, ]"), records(new StringReader("ab,\n"), 3));
        assertThrows(CsvRecords.CsvException.class, () -> records(new StringReader("ab,\n"), 2));
    }

    @Test
    void brokenQuotingNamesRowAndField() {
        CsvRecords.CsvException after = assertThrows(CsvRecords.CsvException.class, () -> records("a,b\nc,\"d\"x,e\n"));
        assertEquals(2, after.row);
        assertTrue(after.getMessage().contains("text after the closing quote of field 2"), after.getMessage());
        CsvRecords.CsvException inside = assertThrows(CsvRecords.CsvException.class, () -> records("a,b\nc,d,e\"f\n"));
        assertEquals(2, inside.row);
        assertTrue(inside.getMessage().contains("a quote inside unquoted field 3"), inside.getMessage());
        CsvRecords.CsvException open = assertThrows(CsvRecords.CsvException.class, () -> records("a\n\"b\nc\n"));
        assertEquals(2, open.row);
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
        // the same problems in Chinese, field numbers kept
        assertEquals("第 2 个字段的闭合引号后还有文字（字段内的引号须写成两个）", after.zh);
        assertTrue(inside.zh.startsWith("第 3 个字段没有加引号，其中却有引号"), inside.zh);
        assertEquals("带引号的字段直到文件结束都没有闭合", open.zh);
    }

    @Test
    void aNulCharacterIsTextLikeAnyOther() throws Exception {
        // U+0000 is a character, not an end: kept at the start of a record, inside quotes and unquoted
        assertEquals(List.of("1:[\u0000a, b\u0000]", "2:[\u0000]"), records("\u0000a,\"b\u0000\"\n\u0000"));
        CsvRecords.CsvException after = assertThrows(CsvRecords.CsvException.class, () -> records("\"a\"\u0000,b\n"));
        assertTrue(after.getMessage().contains("text after the closing quote of field 1"), after.getMessage());
    }
}
