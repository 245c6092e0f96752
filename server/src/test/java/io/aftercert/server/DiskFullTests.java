package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: the data directory on a 2 MiB tmpfs. Writes are refused with 507 and a problem
 * document (never a 500 or a half-written row or file); everything acknowledged before stays whole.
 * Needs mount (root, or a container allowed to mount); skipped with the reason otherwise.
 */
class DiskFullTests {
    @Test
    void aFullDiskRefusesWritesAndKeepsWhatWasAcknowledged(@TempDir Path dir) throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("tmpfs"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mnt.toString()),
                "cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN): the full-disk test is skipped");
        try {
            fill(mnt.resolve("data"));
        } finally {
            run("umount", mnt.toString());
        }
    }

    private static void fill(Path data) throws Exception {
        byte[] evidence = TestServer.example(StorageTests.NEW);
        try (TestServer s = new TestServer(data, null)) {
            String org = s.organization("Full");
            List<String> acked = new ArrayList<>();
            TestServer.Res last;
            do {
                last = s.post(StorageTests.ORG + org + "/assessments", Http.JSON, evidence);
                if (last.status() == 201) acked.add(last.json().get("id").asText());
            } while (last.status() == 201 && acked.size() < 100);
            assertEquals(507, last.status(), last.text());
            assertEquals(Problems.MEDIA_TYPE, last.type());
            assertEquals(Problems.TYPE_BASE + "storage-full", last.json().get("type").asText());
            assertTrue(acked.size() >= 2, "some writes fit before the disk filled: " + acked.size());

            // an upload larger than what is left: refused, its part file removed
            byte[] csv = (new String(TestServer.example("examples/records/service-records.csv"), StandardCharsets.UTF_8).repeat(2000))
                    .getBytes(StandardCharsets.UTF_8);
            TestServer.Res up = s.post(StorageTests.ORG + org + "/records", Http.CSV, csv);
            assertEquals(507, up.status(), up.text());
            try (Stream<Path> files = Files.list(data.resolve("uploads"))) {
                assertEquals(0, files.count(), "no part file left behind");
            }
            // every acknowledged assessment reads back whole, and nothing else was stored
            for (String id : acked) {
                TestServer.Res r = s.get(StorageTests.ORG + org + "/assessments/" + id + "/result");
                assertEquals(200, r.status(), id);
                assertEquals("7655/98", r.json().get("finalScoreExact").asText());
            }
            assertTrue(acked.size() < 100, "2 MiB hold far fewer than 100 assessments: " + acked.size());
            assertEquals(acked.size(), s.get(StorageTests.ORG + org + "/assessments?limit=100").json().get("items").size());
        }
    }

    private static boolean run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
