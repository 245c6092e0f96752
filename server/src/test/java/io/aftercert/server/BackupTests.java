package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken while the server runs restores: a server on the copy serves the same data. */
class BackupTests {
    @Test
    void aBackupOfARunningServerRestores(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live");
        Path copy = dir.resolve("copy");
        String org;
        String assessment;
        String upload;
        JsonNode kpi;
        try (TestServer s = new TestServer(live, null)) {
            org = s.organization("Backed up");
            assessment = s.post(StorageTests.ORG + org + "/assessments", Http.JSON, TestServer.example(StorageTests.NEW)).json().get("id").asText();
            TestServer.Res r = s.postFile(StorageTests.ORG + org + "/records", Http.CSV, TestServer.REPO.resolve("examples/records/service-records.csv"));
            upload = r.json().get("id").asText();
            kpi = r.json().get("report");
            assertEquals(1, Backup.run(live, copy), "one upload file copied");
            // written after the backup: not in it
            s.post(StorageTests.ORG + org + "/assessments", Http.JSON, TestServer.example(StorageTests.OLD));
        }
        try (TestServer restored = new TestServer(copy, null)) {
            TestServer.Res t = restored.post(StorageTests.ORG + org + "/tokens", Http.JSON, new byte[0], TestServer.ADMIN);
            restored.token = t.json().get("token").asText();
            assertEquals(1, restored.get(StorageTests.ORG + org + "/assessments").json().get("items").size());
            assertEquals("7655/98", restored.get(StorageTests.ORG + org + "/assessments/" + assessment + "/result").json().get("finalScoreExact").asText());
            assertEquals(kpi, restored.get(StorageTests.ORG + org + "/records/" + upload).json());
            assertEquals(200, restored.get(StorageTests.ORG + org + "/records/" + upload + "/dashboard").status(), "the upload's file came along");
        }
        assertThrows(IllegalArgumentException.class, () -> Backup.run(live, copy), "an existing folder is not overwritten");
        assertThrows(IllegalArgumentException.class, () -> Backup.run(dir.resolve("nothing"), dir.resolve("x")));
    }
}
