package io.aftercert.workbook;

import java.util.ArrayList;
import java.util.List;

/** Spreadsheet formulas over the rows of a sheet. */
final class Formulas {
    private Formulas() {
    }

    /**
     * {@code SUM(C4:C9,C12:C15)} over the given 0-based rows of one column, consecutive rows joined
     * into ranges (the items of a group are consecutive apart from sub-group heading rows); 0 for none.
     */
    static String sum(String column, List<Integer> rows) {
        if (rows.isEmpty()) return "0";
        List<String> parts = new ArrayList<>();
        int start = rows.get(0);
        int prev = start;
        for (int i = 1; i <= rows.size(); i++) {
            int r = i < rows.size() ? rows.get(i) : Integer.MIN_VALUE;
            if (r == prev + 1) {
                prev = r;
                continue;
            }
            parts.add(start == prev ? column + (start + 1) : column + (start + 1) + ":" + column + (prev + 1));
            start = prev = r;
        }
        return "SUM(" + String.join(",", parts) + ")";
    }

    /**
     * A row height (points) that shows {@code text} wrapped in a column {@code width} characters
     * wide: spreadsheet files carry no automatic height, so wrapped rows would show one line.
     */
    static double height(String text, double width, int maxLines) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            double w = 0;
            for (int i = 0; i < line.length(); i++) w += line.charAt(i) > 0x2E80 ? 2 : 1.1;
            lines += Math.max(1, (int) Math.ceil(w / Math.max(1, width - 1)));
        }
        return 14.5 * Math.min(Math.max(lines, 1), maxLines);
    }

    /**
     * A4 and a footer on every printed page: {@code left} (the organisation, or the standard of a
     * blank workbook) and the page number of the page count, in both languages.
     */
    static void page(org.dhatim.fastexcel.Worksheet ws, String left) {
        ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        if (left != null && !left.isBlank()) ws.footer(left.replace("&", "&&"), org.dhatim.fastexcel.Position.LEFT);
        ws.footer("第 &P 页，共 &N 页  Page &P of &N", org.dhatim.fastexcel.Position.RIGHT);
    }

    /** Landscape, one page wide, header rows repeated: how a reader prints a score sheet. */
    static void printSetup(org.dhatim.fastexcel.Worksheet ws, int headerRow) {
        ws.pageOrientation("landscape");
        ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        if (headerRow >= 0) ws.repeatRows(headerRow);
    }

    /**
     * The grade as a formula over the final score: the highest grade whose bound the score reaches
     * ({@code GradeScale.gradeFor}), none below the lowest, and none whatever the score when more
     * deductions than {@code SpecialRules.maxDeductions} stand in {@code typeRange} (the 特别项 type
     * column). The score is compared at six decimals: the sheet's items are the engine's exact values
     * rounded to ten, so a score exactly on a bound is not put below it.
     */
    static String grade(io.aftercert.core.model.GradeScale scale, io.aftercert.core.model.SpecialRules rules,
                        String finalScore, String typeRange) {
        String none = "\"" + scale.noneLabel().zh() + " " + scale.noneLabel().en() + " · 未通过 not passed\"";
        String f = none;
        for (io.aftercert.core.model.Grade g : scale.grades()) {
            f = "IF(ROUND(" + finalScore + ",6)>=" + g.minScore().toBigDecimalExact().toPlainString() + ",\""
                    + g.label().zh() + " " + g.label().en() + " · 通过 passed\"," + f + ")";
        }
        if (rules == null || !rules.hasDeductions()) return f;
        return "IF(COUNTIF(" + typeRange + ",\"" + Layout.DEDUCTION + "\")>" + rules.maxDeductions() + "," + none + "," + f + ")";
    }
}
