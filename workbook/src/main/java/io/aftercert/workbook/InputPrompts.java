package io.aftercert.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Gives a workbook's drop-downs an input prompt: the note Excel and LibreOffice show beside a cell
 * when it is selected, saying what the cell takes before a wrong entry is refused. FastExcel (0.20.2,
 * the newest release) writes a data validation's error message but has no API for its prompt, so the
 * prompt is added to the written sheets' {@code <dataValidation>} elements: the attributes
 * {@code showInputMessage}, {@code promptTitle} and {@code prompt} of ECMA-376 §18.3.1.32. A
 * validation is found by its error title, which each drop-down of a workbook has to itself.
 * Stateless and thread-safe.
 */
public final class InputPrompts {
    /** Excel refuses (and "repairs") a prompt title longer than this. */
    public static final int MAX_TITLE = 32;
    /** Excel refuses (and "repairs") a prompt longer than this. */
    public static final int MAX_TEXT = 255;

    private static final Pattern VALIDATION = Pattern.compile("<dataValidation\\b[^>]*>");
    private static final Pattern ERROR_TITLE = Pattern.compile("\\berrorTitle=\"([^\"]*)\"");

    private InputPrompts() {
    }

    /**
     * An input prompt.
     *
     * @param title the prompt's title, at most {@value #MAX_TITLE} characters
     * @param text  the prompt, at most {@value #MAX_TEXT} characters
     */
    public record Prompt(String title, String text) {
        /** Checks the lengths Excel accepts. */
        public Prompt {
            if (title.isEmpty() || title.length() > MAX_TITLE) throw new IllegalArgumentException("prompt title of " + title.length() + " characters: " + title);
            if (text.isEmpty() || text.length() > MAX_TEXT) throw new IllegalArgumentException("prompt of " + text.length() + " characters: " + text);
        }
    }

    /**
     * The workbook with a prompt on every data validation whose error title is a key of
     * {@code byErrorTitle}; every other part and byte unchanged.
     *
     * @param xlsx         the workbook's bytes
     * @param byErrorTitle the prompt for each error title
     * @return the new bytes
     * @throws IllegalStateException when an error title is on no validation (a prompt would be lost)
     */
    public static byte[] add(byte[] xlsx, Map<String, Prompt> byErrorTitle) {
        Set<String> used = new HashSet<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(xlsx.length + 4096);
        // read through the central directory: FastExcel's local headers give no sizes, which ZipInputStream refuses
        java.nio.file.Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempFile("aftercert", ".xlsx");
            java.nio.file.Files.write(tmp, xlsx);
            copy(tmp, bytes, byErrorTitle, used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                if (tmp != null) java.nio.file.Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a temporary file left behind is the system's to clean
            }
        }
        if (!used.containsAll(byErrorTitle.keySet())) {
            Set<String> missing = new HashSet<>(byErrorTitle.keySet());
            missing.removeAll(used);
            throw new IllegalStateException("no drop-down has the error title " + missing);
        }
        return bytes.toByteArray();
    }

    private static void copy(java.nio.file.Path file, ByteArrayOutputStream bytes, Map<String, Prompt> byErrorTitle, Set<String> used) throws IOException {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data;
                try (java.io.InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                    data = sheet(new String(data, StandardCharsets.UTF_8), byErrorTitle, used).getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
    }

    static String sheet(String xml, Map<String, Prompt> byErrorTitle, Set<String> used) {
        Matcher m = VALIDATION.matcher(xml);
        StringBuilder sb = new StringBuilder(xml.length() + 1024);
        int at = 0;
        while (m.find()) {
            String tag = m.group();
            Matcher t = ERROR_TITLE.matcher(tag);
            Prompt p = t.find() ? byErrorTitle.get(unescape(t.group(1))) : null;
            if (p == null || tag.contains("promptTitle=")) continue;
            used.add(unescape(t.group(1)));
            int name = "<dataValidation".length();
            sb.append(xml, at, m.start() + name)
                    .append(" showInputMessage=\"1\" promptTitle=\"").append(WorkbookFill.escape(p.title()))
                    .append("\" prompt=\"").append(attribute(p.text())).append('"');
            at = m.start() + name;
        }
        return sb.append(xml, at, xml.length()).toString();
    }

    /** An attribute value keeps its line breaks only as character references. */
    private static String attribute(String s) {
        return WorkbookFill.escape(s).replace("\n", "&#10;");
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&amp;", "&");
    }
}
