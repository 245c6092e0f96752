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
}
