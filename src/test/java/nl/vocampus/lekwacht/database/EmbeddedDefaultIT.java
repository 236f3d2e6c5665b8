package nl.vocampus.lekwacht.database;

import io.restassured.RestAssured;
import nl.vocampus.lekwacht.support.PackagedApp;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default as an operator runs it: java -jar with no database configured, twice against
 * one data directory. A report that got a 201 must still be there after a restart.
 */
class EmbeddedDefaultIT {

    @Test
    void reportsSurviveARestartAndTheDatabaseStopsCleanlyOnSigterm() throws Exception {
        Path dataDir = Path.of("target", "it-embedded-data", UUID.randomUUID().toString()).toAbsolutePath();
        Map<String, String> properties = Map.of("lekwacht.embedded-db.data-dir", dataDir.toString());

        String id;
        String reference;
        try (PackagedApp first = PackagedApp.start("embedded-first", properties, Map.of())) {
            var created = RestAssured.given().baseUri(first.baseUrl()).auth().preemptive().basic("medewerker", "demo")
                    .contentType("application/json").body(lostLaptop("2026-11-20T08:15:00+01:00"))
                    .post("/api/incidents").then().statusCode(201).extract();
            id = created.path("id");
            reference = created.path("reference");
            assertTrue(Files.readString(first.log()).contains("DEMO MODE"), "the embedded default warns that demo users exist");
            first.stop();
        }
        assertTrue(Files.exists(dataDir.resolve("PG_VERSION")), "the data directory is kept");
        assertFalse(Files.exists(dataDir.resolve("postmaster.pid")), "SIGTERM stops PostgreSQL cleanly (no postmaster.pid left)");

        try (PackagedApp second = PackagedApp.start("embedded-second", properties, Map.of())) {
            RestAssured.given().baseUri(second.baseUrl()).auth().preemptive().basic("privacy", "demo")
                    .get("/api/incidents/" + id).then().statusCode(200)
                    .body("reference", equalTo(reference))
                    .body("deadline", equalTo("2026-11-23T07:15:00Z"));
            String log = Files.readString(second.log());
            assertFalse(log.contains("not properly shut down"), "no crash recovery after a clean stop");
        }
    }

    @Test
    void demoModeIsRefusedBesideAConfiguredDatabase() throws Exception {
        Path dataDir = Path.of("target", "it-embedded-data", UUID.randomUUID().toString()).toAbsolutePath();
        // Run an embedded server as "the production database", then point a second process at it with demo mode on.
        try (PackagedApp database = PackagedApp.start("production-db", Map.of("lekwacht.embedded-db.data-dir", dataDir.toString()), Map.of())) {
            String log = Files.readString(database.log());
            java.util.regex.Matcher port = java.util.regex.Pattern.compile("Embedded PostgreSQL started on port (\\d+) in").matcher(log);
            assertTrue(port.find(), "the log names the embedded port");
            Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port.group(1) + "/postgres",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "LEKWACHT_DEMO_ENABLED", "true");
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> PackagedApp.start("demo-with-production-db", Map.of(), env).close());
            assertTrue(refused.getMessage().contains("exited"), refused.getMessage());
        }
    }
}
