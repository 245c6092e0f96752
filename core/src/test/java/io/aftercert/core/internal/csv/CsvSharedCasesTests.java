package io.aftercert.core.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV cases of every module that reads CSV (service records and survey responses), shared: each
 * case runs against the one scanner over every source it is read from — a file channel, a stream,
 * and a stream that hands out one byte per read — with buffers from 1 byte up, so that every
 * record crosses a buffer end somewhere. Records are written {@code [f1|f2|…]}.
 */
class CsvSharedCasesTests {
    /** A CSV text, the bound on a record, and the records expected (or the problem, as "error FIELD: words"). */
    record Case(String name, String csv, int maxRecord, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case ok(String name, String csv, String... records) {
        return new Case(name, csv, CsvScanner.MAX_RECORD, List.of(records));
    }

    private static Case bounded(String name, String csv, int max, String... records) {
        return new Case(name, csv, max, List.of(records));
    }

    static final List<Case> CASES = List.of(
            ok("fields, quotes and line ends", "a,b\n\"c,d\",\"e\"\"f\"\r\n\"g\nh\",\n,\r\nx,\"\"", "[a|b]", "[c,d|e\"f]", "[g\nh|]", "[|]", "[x|]"),
            ok("LF, CRLF and a lone CR; empty lines are no records", "\r\n\na,b\rc,d\r\n\r\n\ne,f\n", "[a|b]", "[c|d]", "[e|f]"),
            ok("an empty line in CR line ends", "a\r\rb", "[a]", "[b]"),
            ok("empty fields, and a quoted last field without a line end", ",,\n\"x\"\"y\",\"\",\"a\r\nb\"\r\n\"last\"",
                    "[||]", "[x\"y||a\r\nb]", "[last]"),
            ok("a trailing comma at the end is one more empty field", "a,b,", "[a|b|]"),
            ok("a trailing comma before the line end", "a,b,\n", "[a|b|]"),
            ok("an empty quoted field alone is a record", "\n\r\n\"\"\n\nz", "[]", "[z]"),
            ok("a quote inside an unquoted field is a literal", "5\"6,c,d,e\"f\n", "[5\"6|c|d|e\"f]"),
            ok("bytes after a closing quote are dropped", "a,b\nc,\"d\"x,e\n", "[a|b]", "[c|d|e]"),
            ok("doubled quotes at any buffer edge", "\"\"\"\"\"\",x\"\"y,\"a\"\"\"\n", "[\"\"|x\"\"y|a\"]"),
            ok("stray bytes end at a lone CR", "\"a\"x\rb\n", "[a]", "[b]"),
            ok("an escaped quoted field last without a line end", "x,\"a\"\"b\"", "[x|a\"b]"),
            ok("a NUL byte is text like any other", "\u0000a,\"b\u0000\"\n\u0000", "[\u0000a|b\u0000]", "[\u0000]"),
            ok("UTF-8 passes through as bytes", "名称,\"地区，华东\"\n", "[名称|地区，华东]"),
            bounded("a record of exactly the bound, its line end included, is read", "ab,cd\nabcde\n", 6, "[ab|cd]", "[abcde]"),
            bounded("one byte more is refused", "ab,cd\nabcdef\n", 6, "[ab|cd]", "error 0: longer than 6 bytes"),
            bounded("quotes count: \"ab\"\"c\" and its line end are 8 bytes", "\"ab\"\"c\"\r\n", 8, "[ab\"c]"),
            bounded("quotes count, one byte short", "\"ab\"\"c\"\r\n", 7, "error 0: longer than 7 bytes"),
            bounded("the last record needs no room for a line end", "ab,cde", 6, "[ab|cde]"),
            ok("an unclosed quote names its field", "a\n\"b\nc\n", "[a]", "error 1: not closed"),
            ok("an unclosed quote in the third field", "a,b,\"c", "error 3: not closed"),
            ok("256 fields are the most", ",".repeat(255) + "\n", "[" + "|".repeat(255) + "]"),
            ok("257 fields are refused", ",".repeat(256) + "\n", "error 257: more than 256 fields"),
            ok("257 fields by a trailing comma at the end", ",".repeat(256), "error 257: more than 256 fields"));

    /** How the bytes reach the scanner. */
    enum Source { FILE, STREAM, ONE_BYTE_A_READ }

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : CASES) {
            for (Source s : Source.values()) {
                for (int buffer : new int[] {1, 2, 3, 5, 8, 64}) out.add(Arguments.of(c, s, buffer));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1}, buffer {2})")
    @MethodSource("runs")
    void everyCaseFromEverySource(Case c, Source source, int buffer, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        byte[] bytes = c.csv().getBytes(StandardCharsets.UTF_8);
        List<String> got = new ArrayList<>();
        CsvScanner.Sink sink = (buf, st, en, n, off) -> {
            StringBuilder r = new StringBuilder("[");
            for (int k = 0; k < n; k++) r.append(k > 0 ? "|" : "").append(new String(buf, st[k], en[k] - st[k], StandardCharsets.UTF_8));
            got.add(r.append(']').toString());
            assertTrue(got.size() <= c.expected().size(), "too many records: " + got);
            return true;
        };
        String last = c.expected().get(c.expected().size() - 1);
        if (last.startsWith("error ")) {
            CsvScanner.CsvFormatException e = assertThrows(CsvScanner.CsvFormatException.class, () -> scan(bytes, source, buffer, c.maxRecord(), sink, dir));
            assertEquals(c.expected().subList(0, c.expected().size() - 1), got, "records before the problem");
            int colon = last.indexOf(':');
            assertEquals(Integer.parseInt(last.substring(6, colon)), e.field, "the field named");
            assertTrue(e.getMessage().contains(last.substring(colon + 2)), e.getMessage());
            assertTrue(e.text().zh().chars().anyMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF), "worded in Chinese too: " + e.text().zh());
        } else {
            assertEquals(bytes.length, scan(bytes, source, buffer, c.maxRecord(), sink, dir), "the offset after the last record is the input's end");
            assertEquals(c.expected(), got);
        }
    }

    private static long scan(byte[] bytes, Source source, int buffer, int max, CsvScanner.Sink sink, Path dir) throws IOException {
        if (source == Source.FILE) {
            Path f = dir.resolve("c.csv");
            Files.write(f, bytes);
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                return new CsvScanner(ch, bytes.length, buffer, max).scan(0, Long.MAX_VALUE, sink);
            }
        }
        InputStream in = source == Source.STREAM ? new ByteArrayInputStream(bytes) : new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < bytes.length ? bytes[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at == bytes.length) return -1;
                b[off] = bytes[at++];
                return 1;
            }
        };
        return new CsvScanner(in, buffer, max).scan(0, Long.MAX_VALUE, sink);
    }
}
