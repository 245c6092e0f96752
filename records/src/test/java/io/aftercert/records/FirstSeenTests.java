package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 4-byte table of first occurrences against a {@link HashSet} of the fingerprints (an independent method). */
class FirstSeenTests {
    @Test
    void agreesWithAHashSetWhileGrowingFarBeyondItsSize() {
        SplittableRandom rnd = new SplittableRandom(244);
        int n = 20_000;
        long[] fps = new long[n];
        for (int i = 0; i < n; i++) fps[i] = i % 3 == 2 ? fps[rnd.nextInt(i)] : rnd.nextLong() | 1; // every third a repeat
        FirstSeen seen = new FirstSeen(16, n, row -> fps[(int) row]);
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < n; i++) {
            assertEquals(expected.contains(fps[i]), seen.contains(fps[i]), "row " + i);
            assertEquals(expected.add(fps[i]), seen.add(fps[i], i), "row " + i);
            assertTrue(seen.contains(fps[i]));
        }
        assertEquals(expected.size(), seen.size());
        for (int k = 0; k < 1000; k++) assertEquals(expected.contains(fps[k] + 2), seen.contains(fps[k] + 2));
    }

    /** Fingerprints equal in the tag and the slot differ only in bits the table keeps in the rows' own list. */
    @Test
    void fingerprintsWithTheSameTagAreToldApartByTheRowsList() {
        // 4 rows: 3 bits for a row number, so the tag is the low 29 bits; these differ only above them
        long a = 0x1_0000_0005L;
        long b = 0x2_0000_0005L;
        long[] fps = {a, b, a, b};
        FirstSeen seen = new FirstSeen(4, 4, row -> fps[(int) row]);
        assertTrue(seen.add(a, 0));
        assertFalse(seen.contains(b));
        assertTrue(seen.add(b, 1));
        assertFalse(seen.add(a, 2));
        assertFalse(seen.add(b, 3));
        assertEquals(2, seen.size());
        assertFalse(seen.contains(0x3_0000_0005L));
    }

    /** The last row number fits beside the tag: the first row and the last are both found. */
    @Test
    void theFirstAndTheLastRowAreKept() {
        long[] fps = new long[1024];
        for (int i = 0; i < fps.length; i++) fps[i] = (i + 1L) * 0x9E3779B97F4A7C15L;
        FirstSeen seen = new FirstSeen(2, fps.length, row -> fps[(int) row]);
        assertTrue(seen.add(fps[1023], 1023));
        assertTrue(seen.add(fps[0], 0));
        assertFalse(seen.add(fps[1023], 5));
        assertFalse(seen.add(fps[0], 6));
        for (int i = 1; i < 1023; i++) assertFalse(seen.contains(fps[i]), "row " + i);
    }

    @Test
    void refusesRowNumbersThatLeaveNoRoomForATag() {
        assertTrue(FirstSeen.fits((1L << 30) - 2));
        assertFalse(FirstSeen.fits((1L << 30) - 1));
        assertThrows(IllegalArgumentException.class, () -> new FirstSeen(16, 1L << 30, row -> 1L));
    }
}
