package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header row: columns found by name in any order, a byte-order mark and spaces ignored, what is wrong named. */
class ColumnsTests {
    /** The header's fields as the scanner hands them over: one buffer, start and end per field. */
    private static Columns header(String... names) {
        StringBuilder all = new StringBuilder();
        int[] start = new int[names.length];
        int[] end = new int[names.length];
        for (int f = 0; f < names.length; f++) {
            start[f] = all.toString().getBytes(StandardCharsets.UTF_8).length;
            all.append(names[f]);
            end[f] = all.toString().getBytes(StandardCharsets.UTF_8).length;
            all.append('|');
        }
        return Columns.fromHeader(all.toString().getBytes(StandardCharsets.UTF_8), start, end, names.length, "h.csv");
    }

    @Test
    void columnsAreFoundByNameInAnyOrder() {
        Columns c = header("\uFEFF requested_at", "备注", " priority", "type ", "channel", "ticket_id", "callback_at");
        assertEquals(5, c.index[Columns.TICKET]);
        assertEquals(4, c.index[Columns.CHANNEL]);
        assertEquals(3, c.index[Columns.TYPE]);
        assertEquals(2, c.index[Columns.PRIORITY]);
        assertEquals(0, c.index[Columns.REQUESTED], "the byte-order mark and the space after it are not part of the name");
        assertEquals(6, c.index[Columns.CALLBACK]);
        assertEquals(-1, c.index[Columns.RESPONDED], "absent");
        for (int k = 0; k < Columns.NAMES.length; k++) assertEquals(k, Columns.identity().index[k]);
    }

    @Test
    void everyMissingRequiredColumnAndEveryRepeatedOneIsNamed() {
        // a byte-order mark only counts at the very start: in the second field it stays part of an unknown name
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> header("ticket_id", "\uFEFFchannel", "ticket_id", "requested"));
        List<String> got = new ArrayList<>();
        for (Problem p : e.problems()) got.add(p.file() + " " + p.path() + " " + p.message());
        assertEquals(List.of("h.csv header column 'ticket_id' appears twice",
                "h.csv header required column 'channel' is missing (did you mean '\uFEFFchannel'?)",
                "h.csv header required column 'type' is missing",
                "h.csv header required column 'priority' is missing",
                "h.csv header required column 'requested_at' is missing (did you mean 'requested'?)"), got);
    }
}
