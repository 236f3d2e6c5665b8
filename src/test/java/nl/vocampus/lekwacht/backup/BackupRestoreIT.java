package nl.vocampus.lekwacht.backup;

import io.restassured.RestAssured;
import nl.vocampus.lekwacht.support.PackagedApp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default's backup as an operator lives it: the service backs up on its schedule, the machine is lost
 * (the data directory wiped), the documented restore command puts the backup into a new data directory, and the
 * service started on it has every incident and takes new reports.
 */
class BackupRestoreIT {

    @Test
    void aNightlyBackupRestoredOnAWipedMachineHasEveryIncident() throws Exception {
        Path root = Path.of("target", "it-embedded-data", UUID.randomUUID().toString()).toAbsolutePath();
        Path dataDir = root.resolve("data");
        Path backups = root.resolve("backups");
        Map<String, String> everyFewSeconds = Map.of("lekwacht.embedded-db.data-dir", dataDir.toString(),
                "lekwacht.backup.cron", "0/3 * * * * ?");

        Map<String, String> references = new LinkedHashMap<>();
        Path backup;
        try (PackagedApp first = PackagedApp.start("backup-first", everyFewSeconds, Map.of())) {
            for (int i = 0; i < 3; i++) {
                var created = RestAssured.given().baseUri(first.baseUrl()).auth().preemptive().basic("medewerker", "demo")
                        .contentType("application/json").body(lostLaptop("2026-11-2" + i + "T08:15:00+01:00"))
                        .post("/api/incidents").then().statusCode(201).extract();
                references.put(created.path("id"), created.path("reference"));
            }
            backup = awaitBackupWith(backups, references.size());
            first.stop();
        }
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backups)),
                "the backup directory is the owner's only");
        wipe(dataDir);

        PackagedApp.Command restored = PackagedApp.run("restore", List.of("restore", "--data-dir", dataDir.toString(), backup.toString()), Map.of());
        assertEquals(0, restored.exitCode(), restored.output());
        assertTrue(restored.output().contains("Restored into " + dataDir), restored.output());

        PackagedApp.Command refused = PackagedApp.run("restore-again", List.of("restore", "--data-dir", dataDir.toString(), backup.toString()), Map.of());
        assertEquals(2, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("already holds a database") && refused.output().contains("--force"), refused.output());

        PackagedApp.Command forced = PackagedApp.run("restore-forced", List.of("restore", "--force", "--data-dir", dataDir.toString(), backup.toString()), Map.of());
        assertEquals(0, forced.exitCode(), forced.output());
        try (Stream<Path> siblings = Files.list(root)) {
            assertEquals(1, siblings.filter(p -> p.getFileName().toString().startsWith("data.before-restore-")).count(),
                    "--force moved the existing directory aside, it did not delete it");
        }

        try (PackagedApp second = PackagedApp.start("backup-restored", Map.of("lekwacht.embedded-db.data-dir", dataDir.toString()), Map.of())) {
            references.forEach((id, reference) -> RestAssured.given().baseUri(second.baseUrl()).auth().preemptive().basic("privacy", "demo")
                    .get("/api/incidents/" + id).then().statusCode(200).body("reference", equalTo(reference))
                    .body("summary", equalTo("Laptop kwijt in de trein")));
            RestAssured.given().baseUri(second.baseUrl()).auth().preemptive().basic("privacy", "demo")
                    .get("/api/incidents").then().statusCode(200).body("items.size()", equalTo(references.size()));
            // The sequences and counters came back too: a new report gets the next reference, not one in use.
            String next = RestAssured.given().baseUri(second.baseUrl()).auth().preemptive().basic("medewerker", "demo")
                    .contentType("application/json").body(lostLaptop("2026-11-25T08:15:00+01:00"))
                    .post("/api/incidents").then().statusCode(201).extract().path("reference");
            assertFalse(references.containsValue(next), "a new reference: " + next);
            // The audit trail came back whole, and what happened since links on to it.
            RestAssured.given().baseUri(second.baseUrl()).auth().preemptive().basic("fg", "demo")
                    .get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true))
                    .body("checked", org.hamcrest.Matchers.greaterThan(references.size() * 2));
        }
    }

    /** Waits for a backup that holds {@code incidents} incidents (the schedule may have written an earlier one). */
    private static Path awaitBackupWith(Path backups, int incidents) throws Exception {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            if (Files.isDirectory(backups)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(backups)) {
                    files = list.filter(f -> BackupWriter.createdAt(f) != null).sorted(Comparator.reverseOrder()).toList();
                }
                Optional<Path> found = files.stream().filter(f -> BackupLoader.manifest(f).tables().stream()
                        .anyMatch(t -> t.name().equals("incident") && t.rows() == incidents)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no backup with " + incidents + " incidents in " + backups + " within 60 s");
    }

    private static void wipe(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
