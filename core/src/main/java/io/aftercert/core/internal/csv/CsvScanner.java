package io.aftercert.core.internal.csv;

import io.aftercert.core.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The one RFC 4180 reader of AfterCert (service records and survey responses): records of bytes,
 * streamed through a buffer from a byte range of a file (positional reads, so chunks of one file
 * can be scanned in parallel) or from a stream. Quoted fields with commas, doubled quotes and line
 * breaks; CRLF, LF or a lone CR; a missing final line end. Quoted fields are unescaped in place, so
 * a field is always the bytes {@code [start, end)} of the buffer handed to the {@link Sink}: no
 * string per field. Completely empty lines are skipped (they are not rows). A quote opens a quoted
 * field only at the start of a field (elsewhere it is a literal character); bytes after a closing
 * quote up to the next separator are dropped. Memory is the buffer, whatever the input's size; a
 * record longer than the bound is refused, never read into memory whole.
 *
 * <p>Internal to AfterCert: exported only to the records and survey modules.
 */
public final class CsvScanner {
    /** Receives one record's fields (valid only during the call). */
    public interface Sink {
        /** @return false to stop scanning */
        boolean record(byte[] buf, int[] start, int[] end, int fields, long recordOffset);
    }

    /** The most fields a record may have. */
    public static final int MAX_FIELDS = 256;
    /**
     * The longest record accepted by default, in bytes with its line end (16 MiB; a service record
     * is a few hundred bytes). A longer one — a pasted document, or a quote never closed — is
     * refused, so the buffer never grows past this bound whatever the input holds.
     */
    public static final int MAX_RECORD = 16 << 20;
    private static final int NEED_MORE = -1;

    private final int maxRecord;
    private final FileChannel channel;
    private final InputStream stream;
    private final long inputSize;
    private byte[] buf;
    private int len;          // valid bytes in buf
    private long bufOffset;   // input offset of buf[0]
    private boolean ended;    // the stream has ended
    private final int[] start = new int[MAX_FIELDS];
    private final int[] end = new int[MAX_FIELDS];
    private final boolean[] escaped = new boolean[MAX_FIELDS];
    private int fields;
    private boolean lastQuoted;

    /** A scanner over {@code channel}, which holds {@code fileSize} bytes, under the default bound. */
    public CsvScanner(FileChannel channel, long fileSize, int bufferSize) {
        this(channel, fileSize, bufferSize, MAX_RECORD);
    }

    /** A scanner over {@code channel}, which holds {@code fileSize} bytes; records longer than {@code maxRecord} bytes are refused. */
    public CsvScanner(FileChannel channel, long fileSize, int bufferSize, int maxRecord) {
        this(channel, null, fileSize, bufferSize, maxRecord);
    }

    /** A scanner over a stream, read once from its current position; records longer than {@code maxRecord} bytes are refused. */
    public CsvScanner(InputStream stream, int bufferSize, int maxRecord) {
        this(null, stream, Long.MAX_VALUE, bufferSize, maxRecord);
    }

    private CsvScanner(FileChannel channel, InputStream stream, long inputSize, int bufferSize, int maxRecord) {
        this.channel = channel;
        this.stream = stream;
        this.inputSize = inputSize;
        if (maxRecord <= 0 || maxRecord >= ESCAPED) throw new IllegalArgumentException("a record bound of 1 byte to 1 GiB: " + maxRecord);
        this.maxRecord = maxRecord;
        this.buf = new byte[Math.min(bufferSize, maxRecord)];
    }

    /**
     * Scans records that begin at or after {@code from} and before {@code until}; the last one may
     * run past {@code until}. Returns the offset just after the last record scanned: a CR ends a
     * record, so with CRLF line ends that is the offset of its LF, which a scan starting there reads
     * as an empty line and skips. A stream is scanned once, from 0 ({@code until}: Long.MAX_VALUE).
     *
     * @throws CsvFormatException   when a quote is not closed, a record has too many fields or is too long
     * @throws FileChangedException when a file ends before the size it was said to have
     */
    public long scan(long from, long until, Sink sink) throws IOException {
        bufOffset = from;
        len = 0;
        int pos = 0;
        fill(0);
        while (true) {
            long recordOffset = bufOffset + pos;
            if (recordOffset >= until || pos >= len && atEnd()) return recordOffset;
            int r = parseRecord(pos, atEnd());
            while (r == NEED_MORE) { // the record runs past the buffer: refill (compacting or growing) and parse it again
                pos = refill(pos, recordOffset);
                r = parseRecord(pos, atEnd());
            }
            if (!(fields == 1 && start[0] == end[0] && !lastQuoted)) { // skip completely empty lines
                if (!sink.record(buf, start, end, fields, recordOffset)) return bufOffset + r;
            }
            pos = r; // at the buffer's end the next parse asks for more (or the input has ended: the check above)
        }
    }

    private boolean atEnd() {
        return ended || bufOffset + len >= inputSize;
    }

    /** Moves the unfinished record at {@code pos} to the buffer's front (growing it up to the bound) and reads more; returns its new position, 0. */
    private int refill(int pos, long recordOffset) throws IOException {
        int keep = len - pos;
        if (keep == buf.length) { // a record longer than the buffer: grow, up to the bound
            if (buf.length >= maxRecord) {
                // a stream may end right here (a file's end is known): then the record fits without a line end
                if (stream != null && !ended && stream.read() < 0) {
                    ended = true;
                    return pos;
                }
                throw CsvFormatException.tooLong(maxRecord, recordOffset);
            }
            byte[] bigger = new byte[(int) Math.min(maxRecord, buf.length * 2L)];
            System.arraycopy(buf, pos, bigger, 0, keep);
            buf = bigger;
        } else {
            System.arraycopy(buf, pos, buf, 0, keep);
        }
        bufOffset += pos;
        len = keep;
        fill(len);
        return 0;
    }

    /**
     * Parses one record at {@code pos} in a single pass, recording field spans; returns the
     * position after it, or NEED_MORE. Nothing is written until the record is known to be
     * complete, so a record cut by the buffer end is simply parsed again after a refill.
     */
    private int parseRecord(int pos, boolean eof) {
        byte[] b = buf;
        int n = len;
        int i = pos;
        fields = 0;
        lastQuoted = false;
        boolean anyEscaped = false;
        while (true) {
            if (fields == MAX_FIELDS) throw CsvFormatException.tooManyFields();
            if (i < n && b[i] == '"') {
                int q = closingQuote(b, i + 1, n);
                if (q < 0) {
                    if (!eof) return NEED_MORE;
                    throw CsvFormatException.notClosed(fields + 1);
                }
                int j = q & ~ESCAPED;
                lastQuoted = true; // only read for a record of one field
                start[fields] = i + 1;
                end[fields] = j;
                escaped[fields] = (q & ESCAPED) != 0;
                anyEscaped |= escaped[fields];
                fields++;
                i = separator(b, j + 1, n); // stray bytes after a closing quote are dropped
            } else {
                int s = i;
                i = separator(b, i, n);
                start[fields] = s;
                end[fields] = i;
                escaped[fields] = false;
                fields++;
            }
            if (i >= n) {
                if (!eof) return NEED_MORE;
                if (anyEscaped) unescape();
                return n;
            }
            if (b[i] == ',') { // another field follows (at the end of the input: one more, empty field)
                i++;
                continue;
            }
            // CR or LF ends the record; the LF of a CRLF is then an empty line, and empty lines are skipped
            if (anyEscaped) unescape();
            return i + 1;
        }
    }

    /** Set in {@link #closingQuote}'s answer when the field holds a doubled quote. */
    private static final int ESCAPED = 1 << 30;

    /**
     * The index of the quote closing a quoted field whose text starts at {@code s}, or'ed with
     * {@link #ESCAPED} when the field holds doubled quotes; −1 when the buffer ends first. A quote
     * last in the buffer is taken as closing: the record then ends with the buffer, so before the
     * input's end it is parsed again after a refill, which decides.
     */
    private static int closingQuote(byte[] b, int s, int n) {
        int esc = 0;
        for (int j = s; j < n; j++) {
            if (b[j] != '"') continue;
            if (j + 1 >= n || b[j + 1] != '"') return j | esc;
            esc = ESCAPED;
            j++;
        }
        return -1;
    }

    /** The index of the first comma, CR or LF at or after {@code i}, or {@code n}. */
    private static int separator(byte[] b, int i, int n) {
        while (i < n) {
            byte c = b[i];
            if (c == ',' || c == '\n' || c == '\r') return i;
            i++;
        }
        return n;
    }

    /** Turns doubled quotes of quoted fields into single ones, in place. */
    private void unescape() {
        byte[] b = buf;
        for (int f = 0; f < fields; f++) {
            if (!escaped[f]) continue;
            int w = start[f];
            for (int r = start[f]; r < end[f]; r++) {
                b[w++] = b[r];
                if (b[r] == '"' && r + 1 < end[f] && b[r + 1] == '"') r++;
            }
            end[f] = w;
        }
    }

    /** Reads into buf from index {@code at} up to the buffer's or the input's end; {@code len} is then the valid bytes. */
    private void fill(int at) throws IOException {
        long offset = bufOffset + at;
        int total = 0;
        while (at + total < buf.length && offset + total < inputSize && !ended) {
            int r = read(at + total, offset + total);
            if (r < 0) {
                if (channel != null) throw new FileChangedException(offset + total); // ends before the size it had: cut while read
                ended = true;
            } else {
                total += r;
            }
        }
        len = at + total;
    }

    private int read(int at, long offset) throws IOException {
        if (channel != null) return channel.read(ByteBuffer.wrap(buf, at, buf.length - at), offset);
        return stream.read(buf, at, buf.length - at);
    }

    /** A file that ends before the size it had when reading began: it changed while it was read. */
    public static final class FileChangedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Where the file ended. */
        public final long offset;

        FileChangedException(long offset) {
            super("the file changed while it was read (it ends before the size it had when reading began)");
            this.offset = offset;
        }
    }

    /**
     * Input that is not CSV, worded in both languages ({@link #text()}; the message is the English);
     * the caller names the file and the row, which only it knows.
     */
    public static final class CsvFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Text text;
        /** The field (1-based) where the problem is, or 0 for the record as a whole. */
        public final int field;

        public CsvFormatException(String zh, String en, int field) {
            super(en);
            this.text = Text.of(zh, en);
            this.field = field;
        }

        public Text text() {
            return text;
        }

        static CsvFormatException notClosed(int field) {
            return new CsvFormatException("第 " + field + " 个字段的引号直到文件结束都没有闭合",
                    "the quote of field " + field + " is not closed before the end of the file", field);
        }

        static CsvFormatException tooManyFields() {
            return new CsvFormatException("一行的字段超过 " + MAX_FIELDS + " 个", "more than " + MAX_FIELDS + " fields in a record", MAX_FIELDS + 1);
        }

        static CsvFormatException tooLong(int maxRecord, long recordOffset) {
            String zhSize = maxRecord >= 1 << 20 ? (maxRecord >> 20) + " MiB" : maxRecord + " 字节";
            String enSize = maxRecord >= 1 << 20 ? (maxRecord >> 20) + " MiB" : maxRecord + " bytes";
            return new CsvFormatException("一行超过 " + zhSize + "（从第 " + recordOffset + " 字节开始）：是否有引号（\"）没有闭合，或整份文档粘贴进了一个单元格？",
                    "a record is longer than " + enSize + " (starting at byte " + recordOffset
                    + "): is a quote (\") left open, or a whole document pasted into a cell?", 0);
        }
    }
}
