package io.aftercert.core.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Says what a file that is not UTF-8 most likely is. Notepad's "ANSI" on Chinese Windows is GBK
 * (GB18030 is its superset): such a file decodes cleanly as GB18030 and yields Chinese characters.
 * It is not read as GBK — a few byte sequences are valid in both encodings, so the guess is not
 * reliable enough to score on — the user is told to save the file as UTF-8.
 */
final class Encodings {
    private Encodings() {
    }

    /** A one-line description of why {@code bytes} are not UTF-8 and what to do. */
    static String describe(byte[] bytes) {
        int bad = firstInvalidUtf8(bytes);
        String where = ""; // the parser's line and column go with the problem
        if (looksLikeGb18030(bytes)) {
            return "the file is not UTF-8 but looks like GBK/GB18030 (what Notepad calls \"ANSI\" on Chinese Windows)"
                    + where + ": save the file as UTF-8";
        }
        return "the file is not UTF-8 (byte 0x" + (bad < 0 ? "??" : String.format("%02x", bytes[bad] & 0xff)) + where
                + "): save the file as UTF-8";
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

    private static int firstInvalidUtf8(byte[] bytes) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            var r = dec.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) return -1;
            out.clear();
        }
    }

}
