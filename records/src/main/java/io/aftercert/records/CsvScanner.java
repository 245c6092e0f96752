package io.aftercert.records;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * RFC 4180 record scanner over a byte range of a file, streaming through a fixed buffer:
 * quoted fields with commas, doubled quotes and line breaks, CRLF or LF, a missing final newline.
 * Quoted fields are unescaped in place, so a field is always the bytes {@code [start, end)}.
 * Completely empty lines are skipped. Memory is the buffer, whatever the file size.
 */
final class CsvScanner {
    /** Receives one record's fields (valid only during the call). */
    interface Sink {
        /** @return false to stop scanning */
        boolean record(byte[] buf, int[] start, int[] end, int fields, long recordOffset);
    }

    private static final int MAX_FIELDS = 256;
    private final FileChannel channel;
    private byte[] buf;
    private int len;          // valid bytes in buf
    private long bufOffset;   // file offset of buf[0]
    private final long fileSize;
    private final int[] start = new int[MAX_FIELDS];
    private final int[] end = new int[MAX_FIELDS];

    CsvScanner(FileChannel channel, long fileSize, int bufferSize) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.buf = new byte[bufferSize];
    }

    /**
     * Scans records that begin at or after {@code from} and before {@code until}; the last one may
     * run past {@code until}. Returns the file offset just after the last record scanned.
     */
    long scan(long from, long until, Sink sink) throws IOException {
        bufOffset = from;
        len = 0;
        int pos = 0;
        fill(0);
        while (true) {
            long recordOffset = bufOffset + pos;
            if (recordOffset >= until || recordOffset >= fileSize) return recordOffset;
            // parse one record starting at pos; refill (compacting) when it runs past the buffer
            int r = parseRecord(pos);
            while (r == NEED_MORE) {
                int keep = len - pos;
                if (keep == buf.length) { // a record longer than the buffer: grow
                    byte[] bigger = new byte[buf.length * 2];
                    System.arraycopy(buf, pos, bigger, 0, keep);
                    buf = bigger;
                } else {
                    System.arraycopy(buf, pos, buf, 0, keep);
                }
                bufOffset += pos;
                pos = 0;
                len = keep;
                fill(len);
                r = parseRecord(pos);
            }
            int next = r;
            if (!(fields == 1 && start[0] == end[0] && !lastQuoted)) { // skip completely empty lines
                if (!sink.record(buf, start, end, fields, recordOffset)) return bufOffset + next;
            }
            pos = next;
            if (pos >= len) {
                bufOffset += pos;
                pos = 0;
                len = 0;
                if (!fill(0) && bufOffset >= fileSize) return bufOffset;
            }
        }
    }

    private static final int NEED_MORE = -1;
    private int fields;
    private boolean lastQuoted;

    private int parseRecord(int pos) {
        return parseRecord(pos, bufOffset + len >= fileSize);
    }

    /** Parses one record at {@code pos}; returns the position after it, or NEED_MORE (buffer untouched). */
    private int parseRecord(int pos, boolean eof) {
        int recordEnd = findEnd(pos, eof);
        if (recordEnd == NEED_MORE) return NEED_MORE;
        splitFields(pos, recordEnd);
        return recordEnd;
    }

    /**
     * The position after the record starting at {@code pos}, without writing. A quote opens a
     * quoted field only at the start of a field (elsewhere it is a literal character, as in
     * {@link #splitFields}); inside, a doubled quote is an escaped quote.
     */
    private int findEnd(int pos, boolean eof) {
        byte[] b = buf;
        int n = len;
        int i = pos;
        while (true) {
            // at the start of a field
            if (i < n && b[i] == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        if (!eof) return NEED_MORE;
                        throw new CsvFormatException("a quoted field is not closed before the end of the file");
                    }
                    if (b[i] == '"') {
                        if (i + 1 >= n && !eof) return NEED_MORE;
                        if (i + 1 < n && b[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            }
            // rest of the field up to a separator or the end of the record
            while (i < n) {
                byte c = b[i];
                if (c == ',') break;
                if (c == '\n') return i + 1;
                if (c == '\r') {
                    if (i + 1 >= n && !eof) return NEED_MORE;
                    return i + 1 < n && b[i + 1] == '\n' ? i + 2 : i + 1;
                }
                i++;
            }
            if (i >= n) {
                if (!eof) return NEED_MORE;
                return n;
            }
            i++; // the comma
        }
    }

    /** Splits the complete record [pos, recordEnd) into fields, unescaping quoted ones in place. */
    private void splitFields(int pos, int recordEnd) {
        byte[] b = buf;
        int stop = recordEnd;
        while (stop > pos && (b[stop - 1] == '\n' || b[stop - 1] == '\r')) stop--;
        fields = 0;
        int i = pos;
        while (true) {
            if (fields == MAX_FIELDS) throw new CsvFormatException("more than " + MAX_FIELDS + " fields in a record");
            if (i < stop && b[i] == '"') {
                lastQuoted = true;
                int w = i + 1;
                int s = w;
                int j = i + 1;
                while (j < stop) {
                    byte c = b[j];
                    if (c == '"') {
                        if (j + 1 < stop && b[j + 1] == '"') {
                            b[w++] = '"';
                            j += 2;
                            continue;
                        }
                        j++;
                        break;
                    }
                    b[w++] = c;
                    j++;
                }
                start[fields] = s;
                end[fields] = w;
                fields++;
                i = j;
                while (i < stop && b[i] != ',') i++; // tolerate stray bytes after a closing quote
            } else {
                lastQuoted = false;
                int s = i;
                while (i < stop && b[i] != ',') i++;
                start[fields] = s;
                end[fields] = i;
                fields++;
            }
            if (i >= stop) return;
            i++; // the comma
            if (i == stop) { // a trailing comma: one more, empty field
                start[fields] = i;
                end[fields] = i;
                fields++;
                lastQuoted = false;
                return;
            }
        }
    }

    /** Reads into buf from index {@code at}; returns false at end of file. */
    private boolean fill(int at) throws IOException {
        long fileOffset = bufOffset + at;
        if (fileOffset >= fileSize) return false;
        ByteBuffer bb = ByteBuffer.wrap(buf, at, buf.length - at);
        int total = 0;
        while (bb.hasRemaining()) {
            int r = channel.read(bb, fileOffset + total);
            if (r < 0) break;
            total += r;
            if (fileOffset + total >= fileSize) break;
        }
        len = at + total;
        return total > 0;
    }

    /** A file that is not CSV. */
    static final class CsvFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CsvFormatException(String message) {
            super(message);
        }
    }
}
