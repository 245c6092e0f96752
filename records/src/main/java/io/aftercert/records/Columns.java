package io.aftercert.records;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The schema's columns and where the header put them (any order; unknown extra columns ignored). */
final class Columns implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final String[] NAMES = {"ticket_id", "channel", "type", "priority", "complexity", "region", "technician_id",
            "requested_at", "responded_at", "appointment_at", "arrived_at", "resolved_at", "first_contact_resolved",
            "repeat_of", "satisfaction", "callback_at"};
    static final int TICKET = 0, CHANNEL = 1, TYPE = 2, PRIORITY = 3, COMPLEXITY = 4, REGION = 5, TECHNICIAN = 6, REQUESTED = 7, RESPONDED = 8,
            APPOINTMENT = 9, ARRIVED = 10, RESOLVED = 11, FCR = 12, REPEAT_OF = 13, SATISFACTION = 14, CALLBACK = 15;
    static final int[] REQUIRED = {TICKET, CHANNEL, TYPE, PRIORITY, REQUESTED};

    /** index[column] = field position in a record, or -1 when the header lacks it. */
    final int[] index = new int[NAMES.length];

    private Columns() {
    }

    /** Field k holds column k (records added through {@link ServiceRecord}, in {@link RecordField} order). */
    static Columns identity() {
        Columns c = new Columns();
        for (int k = 0; k < NAMES.length; k++) c.index[k] = k;
        return c;
    }

    static Columns fromHeader(byte[] buf, int[] start, int[] end, int fields, String file) {
        Columns c = new Columns();
        java.util.Arrays.fill(c.index, -1);
        Map<String, Integer> seen = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            String name = new String(buf, start[f], end[f] - start[f], StandardCharsets.UTF_8).strip();
            if (f == 0 && name.startsWith("\uFEFF")) name = name.substring(1).strip();
            if (seen.put(name, f) != null) problems.add(Problem.of(file, "header", null, "列“" + name + "”出现了两次", "column '" + name + "' appears twice"));
            for (int k = 0; k < NAMES.length; k++) if (NAMES[k].equals(name)) c.index[k] = f;
        }
        for (int k : REQUIRED) {
            if (c.index[k] < 0) {
                problems.add(Problem.of(file, "header", null, "缺少必需的列“" + NAMES[k] + "”"
                        + Suggestions.didYouMean(NAMES[k], seen.keySet(), io.aftercert.core.Lang.ZH),
                        "required column '" + NAMES[k] + "' is missing" + Suggestions.didYouMean(NAMES[k], seen.keySet())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(io.aftercert.core.Text.of("服务记录 " + file + " 有误", "invalid service records " + file), problems);
        }
        return c;
    }
}
