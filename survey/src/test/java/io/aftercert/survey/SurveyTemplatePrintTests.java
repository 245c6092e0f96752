package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey template as LibreOffice prints it (headless, to PDF): A4, every page numbered, no text
 * below 8 pt at the scale it prints at (measured from the PDF's glyph boxes, not from the setting),
 * and the response sheet's first page useful on paper: instructions, the example and the header.
 * Skipped, not passed, without LibreOffice and poppler-utils.
 */
class SurveyTemplatePrintTests {
    @TempDir
    Path dir;

    @Test
    void everyPageIsA4NumberedAndPrintsNoTextBelow8pt() throws Exception {
        String soffice = List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        assumeTrue(soffice != null && Files.isExecutable(Path.of("/usr/bin/pdftotext")), "LibreOffice and poppler-utils are not installed");
        Path xlsx = dir.resolve("survey.xlsx");
        Files.write(xlsx, TemplateWriter.write(Questionnaire.standard(), TemplateWriter.Format.XLSX));
        Process lo = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(lo.waitFor(10, TimeUnit.MINUTES), "LibreOffice finished");
        Path pdf = dir.resolve("survey.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));

        String[] pages = run("pdftotext", "-layout", pdf.toString(), "-").split("\f");
        List<String> printed = new ArrayList<>();
        for (String p : pages) if (!p.isBlank()) printed.add(p);
        int n = printed.size();
        assertTrue(n >= 4, "a page per sheet at least: " + n);
        for (int i = 1; i <= n; i++) {
            String page = printed.get(i - 1);
            assertTrue(page.contains("第 " + i + " 页，共 " + n + " 页") && page.contains("Page " + i + " of " + n), "page " + i + ": " + page);
        }
        // the response sheet on paper: the instructions, the example row and the header, on one page
        String first = printed.get(0);
        assertTrue(first.contains("回答表") && first.contains("示例") && first.contains("respondent_id") && first.contains("submitted_at"), first);
        assertTrue(run("pdfinfo", pdf.toString()).contains("(A4)"));

        // pdftotext's word boxes are 1.301 em high for the template's font (Noto Sans CJK SC): 8 pt is 10.41 pt
        Matcher m = Pattern.compile("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)<").matcher(run("pdftotext", "-bbox", pdf.toString(), "-"));
        int words = 0;
        while (m.find()) {
            words++;
            double h = Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1));
            assertTrue(h >= 10.41 - 0.01, "'" + m.group(3) + "' prints at " + Math.round(h / 1.301 * 10) / 10.0 + " pt");
        }
        assertTrue(words > 300, "words found: " + words);
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
