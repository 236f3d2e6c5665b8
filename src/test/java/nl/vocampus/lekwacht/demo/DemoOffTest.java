package nl.vocampus.lekwacht.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.escalation.MailSender;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outside demo mode there is no demo inbox: the page answers 404 to everyone, and SMTP is the only delivery. */
@QuarkusTest
@TestProfile(DemoOffProfile.class)
class DemoOffTest {

    @Inject
    MailSender mailer;
    @Inject
    DemoInbox inbox;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void start() {
        KnownState.reset();
        SmtpResource.startServer();
        MailBox.clear();
    }

    @Test
    void theInboxPageDoesNotExist() {
        for (String path : List.of("/demo/postvak", "/demo/postvak?bericht=1", "/demo")) {
            RestAssured.given().redirects().follow(false).get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("Niet gevonden")).body(not(containsString("/demo/postvak\"")));
        }
    }

    @Test
    void aSentMailGoesOutBySmtpAndIsNotKept() throws SQLException {
        mailer.send(new Mail().setTo(List.of("privacy@ssgn.example")).setSubject("Proef").setText("Proef"));
        assertEquals(1, MailBox.all().size());
        inbox.keep(new SentMessage(SentMessage.Channel.TEAMS, Instant.parse("2026-11-16T09:00:00Z"), List.of("SSgN"), "Proef", "Proef", null, List.of()));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select count(*) from demo_message")) {
            rows.next();
            assertEquals(0, rows.getLong(1));
        }
    }
}
