package io.aftercert.survey;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: fields separated by commas, quoted fields with
 * doubled quotes, commas and line breaks inside, CRLF or LF line ends, a missing final line end.
 * A record longer than {@code maxRecordChars} characters (quotes and separators counted, the line
 * end not) is refused (with its row) instead of being read into
 * memory whole, so a file without line ends cannot exhaust the heap. Rows are counted as records
 * (a quoted line break does not start a new row); row 1 is the header.
 *
 * <p>Written here rather than taken from a library: the survey needs the row number of every
 * record and a hard bound on a record's length, which Jackson's CSV parser does not give, and the
 * records module's scanner is a package-private byte-range scanner tuned for its own columns.
 */
final class CsvRecords {
    /** A record that cannot be read, with the row it is on. */
    static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;
        final long row;
        /** The same problem in Chinese (the message is English). */
        final String zh;

        CsvException(long row, String zh, String en) {
            super(en);
            this.row = row;
            this.zh = zh;
        }
    }

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long row;
    private boolean eof;
    private final StringBuilder field = new StringBuilder();

    CsvRecords(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The row number of the record last returned (1-based). */
    long row() {
        return row;
    }

    private int read() throws IOException {
        if (pos == len) {
            if (eof) return -1;
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c >= 0) pos--;
        return c;
    }

    /**
     * The next record's fields, or null at the end. Completely empty lines are skipped (they are
     * not rows).
     */
    List<String> next() throws IOException, CsvException {
        while (true) {
            int c = peek();
            if (c < 0) return null;
            if (c != '\n' && c != '\r') break;
            read(); // a line end left by the previous record (CR, LF or CRLF) or an empty line: not a row
        }
        row++;
        List<String> fields = new ArrayList<>();
        int length = 0;
        while (true) {
            field.setLength(0);
            int c = read();
            if (c == '"') {
                length++; // checked with the next character: a quoted field has at least its closing quote after this
                while (true) {
                    c = read();
                    if (c < 0) throw new CsvException(row, "带引号的字段直到文件结束都没有闭合", "a quoted field is not closed before the end of the file");
                    if (++length > maxRecordChars) throw tooLong();
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            length++; // checked with the next character, as above
                            field.append('"');
                        } else {
                            break;
                        }
                    } else {
                        field.append((char) c);
                    }
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    throw new CsvException(row, "第 " + (fields.size() + 1) + " 个字段的闭合引号后还有文字（字段内的引号须写成两个）",
                            "text after the closing quote of field " + (fields.size() + 1) + " (a quote inside a field must be doubled)");
                }
            } else {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    if (c == '"') {
                        throw new CsvException(row, "第 " + (fields.size() + 1) + " 个字段没有加引号，其中却有引号（请给整个字段加引号，并把其中的引号写成两个）",
                                "a quote inside unquoted field " + (fields.size() + 1) + " (quote the whole field and double the quote)");
                    }
                    if (++length > maxRecordChars) throw tooLong();
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                if (++length > maxRecordChars) throw tooLong();
                continue;
            }
            return fields; // the line end is skipped when the next record starts
        }
    }

    private CsvException tooLong() {
        return new CsvException(row, "此行超过 " + maxRecordChars + " 个字符（文件是否为带换行的 CSV 文件？）",
                "the record is longer than " + maxRecordChars + " characters (is the file a CSV file with line ends?)");
    }
}
