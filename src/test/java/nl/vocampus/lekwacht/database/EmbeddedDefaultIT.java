package nl.vocampus.lekwacht.database;

import io.restassured.RestAssured;
import nl.vocampus.lekwacht.support.PackagedApp;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
            assertTheNoticeReachesTheDemoInbox(first, id, reference);
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

    /**
     * No SMTP relay on a laptop: the embedded default delivers the demo's mails to the demo inbox, so the notice is
     * SENT (not retried for ever) and the privacy officer finds it at /demo/postvak; no mail text in the log.
     */
    private static void assertTheNoticeReachesTheDemoInbox(PackagedApp app, String id, String reference) throws Exception {
        Instant until = Instant.now().plusSeconds(60);
        String status = null;
        while (Instant.now().isBefore(until)) {
            status = RestAssured.given().baseUri(app.baseUrl()).auth().preemptive().basic("privacy", "demo")
                    .get("/api/incidents/" + id + "/escalations").then().statusCode(200)
                    .extract().path("find { it.step == 'REPORT' && it.channel == 'MAIL' }.status");
            if ("SENT".equals(status)) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("SENT", status, "the notice is delivered to the demo inbox without an SMTP relay");
        // The login cookie and its server-side session's cookie.
        Map<String, String> cookies = RestAssured.given().baseUri(app.baseUrl()).redirects().follow(false)
                .formParam("j_username", "privacy").formParam("j_password", "demo").post("/j_security_check")
                .then().statusCode(302).extract().cookies();
        String inbox = RestAssured.given().baseUri(app.baseUrl()).cookies(cookies).get("/demo/postvak")
                .then().statusCode(200).extract().asString();
        assertTrue(inbox.contains(reference), "the notice is in the demo inbox");
        String log = Files.readString(app.log());
        assertFalse(log.contains("Sending email") || log.contains("Nieuwe melding " + reference), "no mail in the log");
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
            String refused = PackagedApp.startExpectingRefusal("demo-with-production-db", Map.of(), env, null);
            assertTrue(refused.contains("Demo mode (lekwacht.demo.enabled=true) is refused with a configured production database"),
                    "the guard itself refused the start: " + tail(refused));
        }
    }

    /**
     * An operator's database in .env (or config/application.properties) is the database: with it unreachable the
     * service stops with the connection error, and never falls back to an embedded one with demo users.
     */
    @Test
    void aDatabaseConfiguredInDotEnvOrConfigFileIsUsedNeverTheEmbeddedOne() throws Exception {
        int closedPort = PackagedApp.freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/lekwacht";

        Path withDotEnv = Files.createDirectories(Path.of("target", "it-workdirs", UUID.randomUUID().toString()).toAbsolutePath());
        Files.writeString(withDotEnv.resolve(".env"), "QUARKUS_DATASOURCE_JDBC_URL=" + url + "\n");
        assertRefusedWithoutEmbedded(PackagedApp.startExpectingRefusal("dotenv-db", Map.of(), Map.of(), withDotEnv), closedPort, withDotEnv);

        Path withConfigFile = Files.createDirectories(Path.of("target", "it-workdirs", UUID.randomUUID().toString(), "config").toAbsolutePath()).getParent();
        Files.writeString(withConfigFile.resolve("config/application.properties"), "quarkus.datasource.jdbc.url=" + url + "\n");
        assertRefusedWithoutEmbedded(PackagedApp.startExpectingRefusal("config-file-db", Map.of(), Map.of(), withConfigFile), closedPort, withConfigFile);
    }

    private static void assertRefusedWithoutEmbedded(String log, int port, Path workDir) {
        assertTrue(log.contains("Connection to 127.0.0.1:" + port + " refused"), "a clear connection error: " + tail(log));
        assertFalse(log.contains("Embedded PostgreSQL started"), "no embedded database beside a configured one");
        assertFalse(log.contains("DEMO MODE"), "no demo users beside a configured database");
        assertFalse(Files.exists(workDir.resolve("data")), "no embedded data directory was made");
    }

    /** The session key in .env is the key: a login survives a restart, as it must across replicas. */
    @Test
    void theSessionKeyInDotEnvKeepsLoginsAcrossARestart() throws Exception {
        Path workDir = Files.createDirectories(Path.of("target", "it-workdirs", UUID.randomUUID().toString()).toAbsolutePath());
        Files.writeString(workDir.resolve(".env"), "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=dotenv-session-key-0123456789abcdef\n");
        Map<String, String> properties = Map.of("lekwacht.embedded-db.data-dir", workDir.resolve("data").toString());
        Map<String, String> cookies;
        try (PackagedApp first = PackagedApp.start("session-first", properties, Map.of(), workDir)) {
            cookies = RestAssured.given().baseUri(first.baseUrl()).redirects().follow(false)
                    .formParam("j_username", "privacy").formParam("j_password", "demo")
                    .post("/j_security_check").then().statusCode(302).extract().cookies();
            first.stop();
        }
        // The login cookie (under the .env key) and its session, kept in the database across the restart.
        try (PackagedApp second = PackagedApp.start("session-second", properties, Map.of(), workDir)) {
            RestAssured.given().baseUri(second.baseUrl()).redirects().follow(false).cookies(cookies)
                    .get("/meldingen").then().statusCode(200);
        }
    }

    /**
     * After kill -9 the embedded PostgreSQL outlives the service and holds postmaster.pid; the next start finds
     * it, stops it cleanly and is ready at the first try, with the report still there.
     */
    @Test
    void aStartAfterKillMinusNineStopsTheLeftoverPostgresAndKeepsTheData() throws Exception {
        Path dataDir = Path.of("target", "it-embedded-data", UUID.randomUUID().toString()).toAbsolutePath();
        Map<String, String> properties = Map.of("lekwacht.embedded-db.data-dir", dataDir.toString());
        String id;
        PackagedApp killed = PackagedApp.start("before-kill", properties, Map.of());
        try {
            id = RestAssured.given().baseUri(killed.baseUrl()).auth().preemptive().basic("medewerker", "demo")
                    .contentType("application/json").body(lostLaptop("2026-11-20T08:15:00+01:00"))
                    .post("/api/incidents").then().statusCode(201).extract().path("id");
        } finally {
            killed.kill();
        }
        assertTrue(Files.exists(dataDir.resolve("postmaster.pid")), "the orphaned PostgreSQL still holds its pid file");

        try (PackagedApp restarted = PackagedApp.start("after-kill", properties, Map.of())) {
            RestAssured.given().baseUri(restarted.baseUrl()).auth().preemptive().basic("privacy", "demo")
                    .get("/api/incidents/" + id).then().statusCode(200);
            assertTrue(Files.readString(restarted.log()).contains("left running by an earlier run"), "the leftover was found and stopped");
        }
    }

    private static String tail(String log) {
        return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
    }
}
