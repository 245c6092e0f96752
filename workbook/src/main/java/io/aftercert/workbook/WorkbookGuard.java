package io.aftercert.workbook;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook file before the xlsx reader sees it, so that a hostile file fails fast with a
 * clear message and bounded memory: the file size, that it is a zip at all (and not an old
 * {@code .xls} or an encrypted workbook), the number of parts, the real inflated size of every XML
 * part (read and counted, never trusted from the zip directory: a zip bomb stops at the limit),
 * and that no XML part declares a DTD (xlsx never does; it is how XML external-entity attacks
 * begin). The reader itself (FastExcel on Aalto) also has DTDs and external entities switched off.
 */
final class WorkbookGuard {
    /** A filled workbook for the largest rubric is well under 1 MiB. */
    static final long MAX_FILE_BYTES = 20L << 20;
    static final int MAX_ENTRIES = 2_000;
    /** Inflated size of all XML parts together. */
    static final long MAX_XML_BYTES = 64L << 20;
    /** Inflated size of the shared-strings table (every text cell's text). */
    static final long MAX_SHARED_STRINGS_BYTES = 16L << 20;

    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!entity".getBytes(StandardCharsets.US_ASCII);

    private WorkbookGuard() {
    }

    static void check(Path file, String name) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw bad(name, "the workbook is " + size + " bytes; evidence workbooks are limited to " + MAX_FILE_BYTES + " bytes");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw bad(name, "this is an old Excel .xls file or a password-protected workbook; save it as an unprotected"
                    + " Excel workbook (.xlsx) and try again");
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw bad(name, "not an Excel workbook (.xlsx is a zip file; this file is not one)");
        }
        long xml = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw bad(name, "the workbook has " + zip.size() + " parts; at most " + MAX_ENTRIES + " are accepted");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buf = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String entry = e.getName();
                String lower = entry.toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !(lower.endsWith(".xml") || lower.endsWith(".rels"))) continue; // never read
                boolean sst = lower.endsWith("sharedstrings.xml");
                long limit = Math.min(MAX_XML_BYTES - xml, sst ? MAX_SHARED_STRINGS_BYTES : Long.MAX_VALUE);
                if (e.getSize() > limit) throw tooLarge(name, entry, sst);
                long part = 0;
                Scanner dtd = new Scanner();
                try (InputStream in = zip.getInputStream(e)) {
                    int k;
                    while ((k = in.read(buf)) > 0) {
                        part += k;
                        if (part > limit) throw tooLarge(name, entry, sst);
                        if (dtd.found(buf, k)) {
                            throw bad(name, "part " + entry + " declares a DTD or entity (<!DOCTYPE>); xlsx files never do,"
                                    + " so the workbook is refused (nothing outside it is read)");
                        }
                    }
                }
                xml += part;
            }
        } catch (ZipException e) {
            throw bad(name, "not a readable Excel workbook: the zip structure is damaged (" + e.getMessage() + ")");
        }
    }

    private static InvalidInputException tooLarge(String name, String entry, boolean sst) {
        return bad(name, sst ? "the shared-strings table (" + entry + ") inflates beyond " + (MAX_SHARED_STRINGS_BYTES >> 20)
                + " MiB; an evidence workbook needs far less (zip bomb or not an evidence workbook)"
                : "part " + entry + " inflates beyond the " + (MAX_XML_BYTES >> 20) + " MiB limit for all XML in a workbook"
                + " (zip bomb or not an evidence workbook)");
    }

    static InvalidInputException bad(String name, String message) {
        return new InvalidInputException("invalid evidence workbook " + name, java.util.List.of(new Problem(name, null, null, message)));
    }

    /** Finds {@code <!DOCTYPE} or {@code <!ENTITY} (any case) across buffer boundaries. */
    private static final class Scanner {
        private int doctype;
        private int entity;

        boolean found(byte[] b, int len) {
            for (int i = 0; i < len; i++) {
                byte c = b[i];
                byte lower = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
                doctype = lower == DOCTYPE[doctype] ? doctype + 1 : lower == DOCTYPE[0] ? 1 : 0;
                entity = lower == ENTITY[entity] ? entity + 1 : lower == ENTITY[0] ? 1 : 0;
                if (doctype == DOCTYPE.length || entity == ENTITY.length) return true;
            }
            return false;
        }
    }
}
