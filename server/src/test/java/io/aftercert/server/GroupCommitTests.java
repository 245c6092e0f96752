package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored assessments are committed in groups: every sender gets its own answer, and only a committed row is acknowledged. */
class GroupCommitTests {
    @TempDir
    Path dir;

    private static Store.Assessment row(String id, String org) {
        return new Store.Assessment(id, org, Store.now(), "gbt27922", "1", null, null, null, id + ".json", "json", "0".repeat(64),
                "{}".getBytes(StandardCharsets.UTF_8), "{\"finalScore\":1}");
    }

    @Test
    void concurrentWritersAreEachAnsweredAndAFailingRowFailsOnlyItsSender() throws Exception {
        try (Db db = Db.open(null, dir)) {
            Store store = new Store(db);
            String org = store.createOrganization("group").id();
            store.insert(row("taken", org));
            int threads = 8;
            int each = 25;
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Set<String> refused = ConcurrentHashMap.newKeySet();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            // every fifth write of each thread reuses a taken primary key: the database refuses it
                            String id = i % 5 == 4 ? "taken" : "a-" + n + "-" + i;
                            try {
                                store.insert(row(id, org));
                                acknowledged.add(id);
                            } catch (SQLException e) {
                                refused.add(n + "-" + i);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                th.start();
                ts.add(th);
            }
            start.countDown();
            for (Thread th : ts) th.join();
            assertEquals(threads * each / 5, refused.size(), "each duplicate refused, and only the duplicates");
            assertEquals(threads * each * 4 / 5, acknowledged.size());
            Set<String> stored = new TreeSet<>();
            for (int offset = 0; ; offset += 100) {
                Store.Page<Store.Assessment> page = store.assessments(org, offset, 100);
                page.items().forEach(a -> stored.add(a.id()));
                if (!page.more()) break;
            }
            Set<String> expected = new TreeSet<>(acknowledged);
            expected.add("taken");
            assertEquals(expected, stored, "every acknowledged row is stored, and nothing else");
        }
    }

    @Test
    void aClosedDatabaseRefusesWritesInsteadOfLeavingThemWaiting() throws Exception {
        Db db = Db.open(null, dir);
        Store store = new Store(db);
        String org = store.createOrganization("closing").id();
        store.insert(row("before", org));
        db.close();
        SQLException e = assertThrows(SQLException.class, () -> store.insert(row("after", org)));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        try (Db again = Db.open(null, dir)) {
            Store s = new Store(again);
            assertTrue(s.assessment(org, "before").isPresent(), "the write acknowledged before the close is there");
            assertTrue(s.assessment(org, "after").isEmpty());
        }
    }
}
