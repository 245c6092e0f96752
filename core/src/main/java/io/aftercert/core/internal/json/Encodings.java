package io.aftercert.core.internal.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Says what a file that is not UTF-8 most likely is, for every reader of text files (evidence and
 * other JSON, service records). Notepad's "ANSI" on Chinese Windows is GBK (GB18030 is its
 * superset): such a file decodes cleanly as GB18030 and yields Chinese characters. It is not read
 * as GBK — a few byte sequences are valid in both encodings, so the guess is not reliable enough
 * to score on — the user is told to save the file as UTF-8. UTF-16 (Windows' "Unicode") is told
 * by its byte-order mark or by the zero bytes of its ASCII characters.
 *
 * @since 1.0
 */
public final class Encodings {
    private Encodings() {
    }

    /**
     * A one-line description of why {@code bytes} are not UTF-8 and what to do.
     *
     * @param bytes the file, or its start
     * @return "the file is not UTF-8 but looks like …: save the file as UTF-8"
     */
    public static String describe(byte[] bytes) {
        if (utf16(bytes)) {
            return "the file is UTF-16 (what Windows calls \"Unicode\"), not UTF-8: save the file as UTF-8";
        }
        if (looksLikeGb18030(bytes)) {
            return "the file is not UTF-8 but looks like GBK/GB18030 (what Notepad calls \"ANSI\" on Chinese Windows): save the file as UTF-8";
        }
        int bad = firstInvalidUtf8(bytes, false);
        return "the file is not UTF-8 (byte 0x" + (bad < 0 ? "??" : String.format("%02x", bytes[bad] & 0xff)) + "): save the file as UTF-8";
    }

    /**
     * {@link #describe(byte[])} in one language.
     *
     * @param bytes the file, or its start
     * @param lang  the reader's language
     * @return why the file is not UTF-8 and what to do
     */
    public static String describe(byte[] bytes, io.aftercert.core.Lang lang) {
        return lang == io.aftercert.core.Lang.EN ? describe(bytes) : zh(describe(bytes));
    }

    /** The Chinese of a {@link #describe} sentence. */
    static String zh(String en) {
        if (en.contains("UTF-16")) return "文件是 UTF-16 编码（Windows 所称的“Unicode”），不是 UTF-8：请将文件另存为 UTF-8";
        if (en.contains("GBK")) return "文件不是 UTF-8 编码，像是 GBK/GB18030（中文 Windows 记事本所称的“ANSI”）：请将文件另存为 UTF-8";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("0x[0-9a-f?]{2}").matcher(en);
        return "文件不是 UTF-8 编码" + (m.find() ? "（字节 " + m.group() + "）" : "") + "：请将文件另存为 UTF-8";
    }

    /**
     * Whether {@code bytes} are UTF-16: a byte-order mark, or zero bytes in every other place of
     * at least a third of the first 1,024 byte pairs and in the other places of fewer than a tenth
     * (UTF-8 text holds no zero bytes; a run of zeros, as in a sparse file, is not UTF-16).
     *
     * @param bytes the file, or its start
     * @return true for UTF-16
     */
    public static boolean utf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return true;
        }
        int pairs = Math.min(1024, bytes.length / 2);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) even++;
            if (bytes[2 * i + 1] == 0) odd++;
        }
        // zeros on one side only: ASCII in UTF-16; zeros on both (a file of NUL bytes) is not text at all
        return pairs > 0 && Math.max(even, odd) * 3 >= pairs && Math.min(even, odd) * 10 < pairs;
    }

    /**
     * The index of the first byte that is not UTF-8, or -1.
     *
     * @param bytes    the bytes
     * @param startOnly true when {@code bytes} are the start of a longer file: a character cut at
     *                  their end is not an error
     * @return the index, or -1 when every byte is UTF-8
     */
    public static int firstInvalidUtf8(byte[] bytes, boolean startOnly) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            var r = dec.decode(in, out, !startOnly);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) return -1;
            out.clear();
        }
    }

    /**
     * Decodes UTF-8 strictly.
     *
     * @param b   the buffer
     * @param off the first byte
     * @param len the number of bytes
     * @return the text
     * @throws CharacterCodingException when the bytes are not UTF-8
     */
    public static String utf8(byte[] b, int off, int len) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, off, len)).toString();
    }

    private static boolean looksLikeGb18030(byte[] bytes) {
        try {
            String s = Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        } catch (CharacterCodingException | RuntimeException e) {
            return false;
        }
    }
}
