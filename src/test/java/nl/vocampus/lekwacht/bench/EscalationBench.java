package nl.vocampus.lekwacht.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.vocampus.lekwacht.database.EmbeddedDatabase;
import nl.vocampus.lekwacht.support.PackagedApp;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static nl.vocampus.lekwacht.support.Api.lostLaptop;

/**
 * Not a test: run by bench/escalation/run.sh. 1000 incidents whose 24-hour reminders fall due in the
 * same minute, one packaged instance, real SMTP (GreenMail). Lag = sent_at (set right after the SMTP
 * server accepted the message) minus due_at. Baseline in the same run: the same SMTP server fed over
 * one JavaMail connection by this JVM.
 */
class EscalationBench {

    private static final int INCIDENTS = Integer.getInteger("bench.incidents", 1000);

    @Test
    void escalationLagAndThroughput() throws Exception {
        EmbeddedPostgres postgres = EmbeddedDatabase.start(Path.of("target", "bench-db", UUID.randomUUID().toString()), 0, false);
        int smtpPort = PackagedApp.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            double baseline = rawSmtpRate(smtpPort, INCIDENTS);
            smtp.purgeEmailFromAllMailboxes();
            try (PackagedApp app = PackagedApp.start("bench-escalation", Map.of(
                            "quarkus.profile", "bench", "lekwacht.demo.enabled", "true",
                            "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtpPort)),
                    Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                            "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"))) {
                Instant due = Instant.now().plusSeconds(90).truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
                ExecutorService pool = Executors.newFixedThreadPool(8);
                for (int i = 0; i < INCIDENTS; i++) {
                    Instant dueAt = due.plusMillis(i * 2L);
                    pool.submit(() -> RestAssured.given().baseUri(app.baseUrl()).auth().preemptive().basic("medewerker", "demo")
                            .contentType("application/json")
                            .body(lostLaptop(DateTimeFormatter.ISO_INSTANT.format(dueAt.minus(Duration.ofHours(24)))))
                            .post("/api/incidents").then().statusCode(201));
                }
                pool.shutdown();
                pool.awaitTermination(10, TimeUnit.MINUTES);
                System.out.printf("created %d incidents; 24-hour reminders due from %s for %d s%n", INCIDENTS, due, INCIDENTS * 2 / 1000);

                try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                     Statement s = c.createStatement()) {
                    Instant until = due.plusSeconds(300);
                    while (Instant.now().isBefore(until) && count(s, "select count(*) from escalation_step where step = 'H24' and status = 'SENT'") < INCIDENTS) {
                        Thread.sleep(500);
                    }
                    try (ResultSet r = s.executeQuery("""
                            select count(*),
                                   percentile_cont(0.5) within group (order by extract(epoch from sent_at - due_at)),
                                   percentile_cont(0.99) within group (order by extract(epoch from sent_at - due_at)),
                                   max(extract(epoch from sent_at - due_at)),
                                   extract(epoch from max(sent_at) - min(sent_at))
                            from escalation_step where step = 'H24' and status = 'SENT'""")) {
                        r.next();
                        long sent = r.getLong(1);
                        double rate = sent / Math.max(r.getDouble(5), 0.001);
                        System.out.println();
                        System.out.println("=== Lekwacht escalation benchmark ===");
                        System.out.printf("24-hour reminders sent        : %d of %d%n", sent, INCIDENTS);
                        System.out.printf("lag due -> SMTP accepted p50  : %8.2f s%n", r.getDouble(2));
                        System.out.printf("lag due -> SMTP accepted p99  : %8.2f s   (target <= sweep interval 15 s + 5 s)%n", r.getDouble(3));
                        System.out.printf("lag due -> SMTP accepted max  : %8.2f s%n", r.getDouble(4));
                        System.out.printf("Lekwacht mails/s while sending: %8.1f      (target >= 50)%n", rate);
                        System.out.printf("raw SMTP baseline, same server: %8.1f mails/s%n", baseline);
                        System.out.printf("ratio Lekwacht / raw SMTP     : %8.1f %%%n", 100 * rate / baseline);
                        System.out.printf("failed steps                  : %d%n", count(s, "select count(*) from escalation_step where status = 'FAILED'"));
                    }
                }
            }
        } finally {
            smtp.stop();
            postgres.close();
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Mails of about the same size as Lekwacht's, over one connection, as fast as the server takes them. */
    private static double rawSmtpRate(int port, int count) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(props);
        String body = "x".repeat(3000);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("lekwacht@ssgn.example"));
                InternetAddress[] to = {new InternetAddress("privacy@ssgn.example"), new InternetAddress("privacy-plv@ssgn.example")};
                message.setRecipients(Message.RecipientType.TO, to);
                message.setSubject("Herinnering DL-2026-" + i);
                message.setText(body);
                transport.sendMessage(message, to);
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }
}
