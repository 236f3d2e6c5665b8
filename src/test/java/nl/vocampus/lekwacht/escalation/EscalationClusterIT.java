package nl.vocampus.lekwacht.escalation;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import nl.vocampus.lekwacht.database.EmbeddedDatabase;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.PackagedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service as it runs in production: two instances on one PostgreSQL, a real SMTP server,
 * real time. Every planned message is delivered exactly once; a killed instance's work is finished by
 * the other; steps that came due while the service was down go out after it starts.
 */
class EscalationClusterIT {

    /** Messages per incident (REPORT, RECEIPT, H24) and deliveries (REPORT 3 recipients, RECEIPT 1, H24 2). */
    private static final int MAILS_PER_INCIDENT = 3;
    private static final int DELIVERIES_PER_INCIDENT = 6;

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static int smtpPort;

    @BeforeAll
    static void startServers() throws Exception {
        postgres = EmbeddedDatabase.start(Path.of("target", "it-cluster-db", UUID.randomUUID().toString()), 0, false);
        smtpPort = PackagedApp.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopServers() throws Exception {
        smtp.stop();
        postgres.close();
    }

    private static PackagedApp instance(String name) throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.profile", "it");
        properties.put("lekwacht.demo.enabled", "true");
        properties.put("quarkus.mailer.host", "127.0.0.1");
        properties.put("quarkus.mailer.port", String.valueOf(smtpPort));
        properties.put("lekwacht.escalation.sweep-interval", "1s");
        properties.put("lekwacht.escalation.lease", "PT10S");
        properties.put("lekwacht.mail.send-timeout", "PT5S");
        // A Teams post, too, must end within the shorter lease.
        properties.put("lekwacht.teams.connect-timeout", "PT2S");
        properties.put("lekwacht.teams.read-timeout", "PT5S");
        properties.put("lekwacht.escalation.batch-size", "5");
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres");
        return PackagedApp.start(name, properties, env);
    }

    /** Reports a lost laptop whose 24-hour reminder falls due at {@code h24Due}; returns the reference. */
    private static String report(PackagedApp app, Instant h24Due) {
        String discovered = DateTimeFormatter.ISO_INSTANT.format(h24Due.minus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MILLIS));
        return RestAssured.given().baseUri(app.baseUrl()).auth().preemptive().basic("medewerker", "demo")
                .contentType("application/json").body(lostLaptop(discovered))
                .post("/api/incidents").then().statusCode(201).extract().path("reference");
    }

    private static List<MailBox.ReceivedMail> deliveriesAbout(Set<String> references) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).map(MailBox::read)
                .filter(m -> references.contains(m.reference())).toList();
    }

    private static void awaitDistinctMessages(Set<String> references, int expected, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (deliveriesAbout(references).stream().map(MailBox.ReceivedMail::messageId).distinct().count() >= expected) {
                return;
            }
            Thread.sleep(250);
        }
    }

    @Test
    void twoInstancesSendEveryStepExactlyOnceAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        try (PackagedApp a = instance("cluster-a"); PackagedApp b = instance("cluster-b")) {
            // Phase 1: 50 incidents, each with its report, receipt and 24-hour reminder due within a minute.
            Instant due = Instant.now().plusSeconds(40);
            Set<String> first = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                first.add(report(i % 2 == 0 ? a : b, due.plusMillis(i * 200L)));
            }
            awaitDistinctMessages(first, 50 * MAILS_PER_INCIDENT, Duration.ofSeconds(120));
            Thread.sleep(3000); // a late duplicate would arrive now
            List<MailBox.ReceivedMail> deliveries = deliveriesAbout(first);
            long distinct = deliveries.stream().map(MailBox.ReceivedMail::messageId).distinct().count();
            assertEquals(50 * MAILS_PER_INCIDENT, distinct, "0 missing");
            assertEquals(50 * DELIVERIES_PER_INCIDENT, deliveries.size(), "0 duplicates");
            assertTrue(Files.readString(a.log()).contains("Escalation sweep on") || Files.readString(b.log()).contains("Escalation sweep on"));

            // Phase 2: 50 more falling due over 15 s; one instance is killed with SIGKILL in the middle.
            Instant start = Instant.now().plusSeconds(10);
            Set<String> second = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                second.add(report(i % 2 == 0 ? a : b, start.plusMillis(i * 300L)));
            }
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), start.plusSeconds(6)).toMillis()));
            PackagedApp victim = Files.readString(a.log()).lines().filter(l -> l.contains("Escalation sweep on")).count()
                    >= Files.readString(b.log()).lines().filter(l -> l.contains("Escalation sweep on")).count() ? a : b;
            long sentBeforeKill = deliveriesAbout(second).stream().map(MailBox.ReceivedMail::messageId).distinct().count();
            victim.kill();
            Instant killed = Instant.now();
            awaitDistinctMessages(second, 50 * MAILS_PER_INCIDENT, Duration.ofSeconds(30));
            Duration takeover = Duration.between(killed, Instant.now());
            List<MailBox.ReceivedMail> afterKill = deliveriesAbout(second);
            long distinctAfter = afterKill.stream().map(MailBox.ReceivedMail::messageId).distinct().count();
            System.out.printf("cluster IT: %d of %d messages before the kill, all %d within %d ms after it, %d duplicate deliveries%n",
                    sentBeforeKill, 50 * MAILS_PER_INCIDENT, distinctAfter, takeover.toMillis(), afterKill.size() - 50 * DELIVERIES_PER_INCIDENT);
            assertTrue(sentBeforeKill > 0 && sentBeforeKill < 50 * MAILS_PER_INCIDENT, "the kill fell mid-run: " + sentBeforeKill);
            assertEquals(50 * MAILS_PER_INCIDENT, distinctAfter, "0 missing within 30 s after the kill");
            // A message the killed instance handed to SMTP but could not mark SENT is sent again, with the
            // same Message-ID, so mail clients show it once; at most one batch can be affected.
            assertTrue(afterKill.size() - 50 * DELIVERIES_PER_INCIDENT <= 5 * DELIVERIES_PER_INCIDENT,
                    "duplicates stay within one claimed batch: " + (afterKill.size() - 50 * DELIVERIES_PER_INCIDENT));
        }
    }

    @Test
    void stepsThatCameDueWhileTheServiceWasDownAreSentAfterItStarts() throws Exception {
        Instant due;
        String reference;
        try (PackagedApp app = instance("restart-before")) {
            due = Instant.now().plusSeconds(15);
            reference = report(app, due);
            awaitDistinctMessages(Set.of(reference), 2, Duration.ofSeconds(10));
            assertEquals(2, deliveriesAbout(Set.of(reference)).stream().map(MailBox.ReceivedMail::messageId).distinct().count(),
                    "report and receipt before the stop");
            app.stop();
        }
        assertTrue(Instant.now().isBefore(due), "the service stopped before the reminder came due");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due.plusSeconds(3)).toMillis()));
        assertEquals(2, deliveriesAbout(Set.of(reference)).stream().map(MailBox.ReceivedMail::messageId).distinct().count(),
                "nothing is sent while the service is down");
        try (PackagedApp app = instance("restart-after")) {
            awaitDistinctMessages(Set.of(reference), 3, Duration.ofSeconds(30));
            Set<String> subjects = deliveriesAbout(Set.of(reference)).stream().map(MailBox.ReceivedMail::subject).collect(Collectors.toSet());
            assertTrue(subjects.stream().anyMatch(s -> s.startsWith("Herinnering")), "the 24-hour reminder went out after the restart: " + subjects);
        }
    }
}
