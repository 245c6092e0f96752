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
    /**
     * The longest record accepted, in bytes (16 MiB; a service record is a few hundred bytes). A
     * longer one — a pasted document, or a quote never closed — is refused, so the buffer never
     * grows past this bound whatever the file holds.
     */
    static final int MAX_RECORD = 16 << 20;
    private final int maxRecord;
    private final FileChannel channel;
    private byte[] buf;
    private int len;          // valid bytes in buf
    private long bufOffset;   // file offset of buf[0]
    private final long fileSize;
    private final int[] start = new int[MAX_FIELDS];
    private final int[] end = new int[MAX_FIELDS];

    CsvScanner(FileChannel channel, long fileSize, int bufferSize) {
        this(channel, fileSize, bufferSize, MAX_RECORD);
    }

    CsvScanner(FileChannel channel, long fileSize, int bufferSize, int maxRecord) {
        this.maxRecord = maxRecord;
        this.channel = channel;
        this.fileSize = fileSize;
        this.buf = new byte[bufferSize];
    }

    /**
     * Scans records that begin at or after {@code from} and before {@code until}; the last one may
     * run past {@code until}. Returns the file offset just after the last record scanned: a CR ends a
     * record, so with CRLF line ends that is the offset of its LF, which a scan starting there reads
     * as an empty line and skips.
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
                if (keep == buf.length) { // a record longer than the buffer: grow, up to the bound
                    if (buf.length >= maxRecord) {
                        throw new CsvFormatException("a record is longer than " + (maxRecord >> 20) + " MiB (starting at byte "
                                + recordOffset + "): is a quote (\") left open, or a whole document pasted into a cell?");
                    }
                    byte[] bigger = new byte[(int) Math.min(maxRecord, buf.length * 2L)];
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
            pos = next; // at the buffer's end the next parse asks for more (or the file has ended: the check above)
        }
    }

    private static final int NEED_MORE = -1;
    private int fields;
    private boolean lastQuoted;

    private int parseRecord(int pos) {
        return parseRecord(pos, bufOffset + len >= fileSize);
    }


    private final boolean[] escaped = new boolean[MAX_FIELDS];

    /**
     * Parses one record at {@code pos} in a single pass, recording field spans; returns the
     * position after it, or NEED_MORE. Nothing is written until the record is known to be
     * complete, so a record cut by the buffer end is simply parsed again after a refill. A quote
     * opens a quoted field only at the start of a field; elsewhere it is a literal character.
     */
    private int parseRecord(int pos, boolean eof) {
        byte[] b = buf;
        int n = len;
        int i = pos;
        fields = 0;
        lastQuoted = false;
        boolean anyEscaped = false;
        while (true) {
            if (fields == MAX_FIELDS) throw new CsvFormatException("more than " + MAX_FIELDS + " fields in a record");
            if (i < n && b[i] == '"') {
                int s = i + 1;
                int j = s;
                boolean esc = false;
                while (true) {
                    if (j >= n) {
                        if (!eof) return NEED_MORE;
                        throw new CsvFormatException("a quoted field is not closed before the end of the file");
                    }
                    if (b[j] == '"') { // closing, or doubled; a quote at the buffer's end is decided after a refill (below)
                        if (j + 1 < n && b[j + 1] == '"') {
                            esc = true;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                lastQuoted = true; // only read for a record of one field
                start[fields] = s;
                end[fields] = j;
                escaped[fields] = esc;
                anyEscaped |= esc;
                fields++;
                i = j + 1;
                while (i < n) { // tolerate stray bytes after a closing quote
                    byte c = b[i];
                    if (c == ',' || c == '\n' || c == '\r') break;
                    i++;
                }
            } else {
                int s = i;
                while (i < n) {
                    byte c = b[i];
                    if (c == ',' || c == '\n' || c == '\r') break;
                    i++;
                }
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
            byte c = b[i];
            if (c == ',') { // another field follows (at the end of the file: one more, empty field)
                i++;
                continue;
            }
            // CR or LF ends the record; the LF of a CRLF is then an empty line, and empty lines are skipped
            if (anyEscaped) unescape();
            return i + 1;
        }
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

    /** Reads into buf from index {@code at} up to the buffer's or the file's end; {@code len} is then the valid bytes. */
    private void fill(int at) throws IOException {
        long fileOffset = bufOffset + at;
        ByteBuffer bb = ByteBuffer.wrap(buf, at, buf.length - at);
        int total = 0;
        while (bb.hasRemaining() && fileOffset + total < fileSize) {
            int r = channel.read(bb, fileOffset + total);
            if (r < 0) throw new FileChangedException(fileOffset + total); // ends before the size it had: cut while read
            total += r;
        }
        len = at + total;
    }

    /** A file that ends before the size it had when reading began: it changed while it was read. */
    static final class FileChangedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Where the file ended. */
        final long offset;

        FileChangedException(long offset) {
            super("the file changed while it was read (it ends before the size it had when reading began)");
            this.offset = offset;
        }
    }

    /** A file that is not CSV. */
    static final class CsvFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CsvFormatException(String message) {
            super(message);
        }
    }
}
