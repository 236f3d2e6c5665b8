package nl.vocampus.lekwacht.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.escalation.EscalationSweeper;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo inbox: every delivered mail is kept, each demo user sees the messages to their own mailbox, the privacy
 * officer and the FG see all, and a message is shown as a mail client would, its HTML unable to run script.
 */
@QuarkusTest
class DemoInboxTest {

    static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;
    @Inject
    DemoInbox inbox;
    @Inject
    AgroalDataSource dataSource;

    String reference;

    @BeforeEach
    void reportAndSend() {
        KnownState.reset();
        SmtpResource.startServer();
        MailBox.clear();
        clock.set(T0);
        reference = as("medewerker").body(lostLaptop("2026-11-16T09:00:00Z")).post("/api/incidents")
                .then().statusCode(201).extract().path("reference");
        sweeper.sweep(clock.instant());
    }

    @AfterEach
    void reset() {
        MailBox.clear();
        clock.reset();
    }

    private String receipt() {
        return "Ontvangstbevestiging melding " + reference;
    }

    private String notice() {
        return "Nieuwe melding " + reference;
    }

    @Test
    void theReporterSeesTheirReceiptAndNotThePrivacyOfficersNotice() {
        WebSession.login("medewerker").get("/demo/postvak").then().statusCode(200)
                .body(containsString(receipt())).body(not(containsString(notice())))
                .body(containsString("medewerker@ssgn.example"))
                // Sent at 10:00 Amsterdam time (09:00 UTC).
                .body(containsString("maandag 16 november 2026 om 10:00"));
    }

    @Test
    void theLeidinggevendeSeesTheNoticeButNotTheReceipt() {
        WebSession.login("leidinggevende").get("/demo/postvak").then().statusCode(200)
                .body(containsString(notice())).body(not(containsString(receipt())));
    }

    @Test
    void thePrivacyOfficerAndTheFgSeeEveryMessage() {
        for (String user : List.of("privacy", "fg")) {
            WebSession.login(user).get("/demo/postvak").then().statusCode(200)
                    .body(containsString(notice())).body(containsString(receipt()));
        }
    }

    @Test
    void someoneOfAnotherSchoolSeesNone() {
        WebSession.login("medewerker2").get("/demo/postvak").then().statusCode(200)
                .body(not(containsString(reference))).body(containsString("Er zijn nog geen berichten."));
    }

    @Test
    void aMessageIsShownWithItsHeadersInASandboxedFrameAndItsAttachmentsNames() {
        WebSession privacy = WebSession.login("privacy");
        long id = messageId(privacy.get("/demo/postvak").asString(), notice());
        Response shown = privacy.get("/demo/postvak?bericht=" + id);
        shown.then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .body(containsString("<h1>" + notice() + ": beoordelen"))
                .body(containsString("Lekwacht &lt;lekwacht@ssgn.example&gt;"))
                .body(containsString("meldtermijn-" + reference + ".ics"))
                .body(containsString("src=\"/demo/postvak/" + id + "/inhoud\""));
        // The mail's HTML, from its own address under its own policy: inline styles, no script, only the inbox frames it.
        privacy.get("/demo/postvak/" + id + "/inhoud").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'; style-src 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
                .header("Content-Security-Policy", containsString("sandbox allow-popups allow-popups-to-escape-sandbox"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .body(containsString("<base target=\"_blank\">"))
                .body(containsString("Open de melding in Lekwacht"));
        WebSession.login("medewerker2").get("/demo/postvak/" + id + "/inhoud").then().statusCode(404)
                .body(not(containsString("Open de melding in Lekwacht")));
        String page = shown.asString();
        Matcher frame = Pattern.compile("<iframe[^>]*sandbox=\"([^\"]*)\"").matcher(page);
        assertTrue(frame.find(), "the HTML body is in a sandboxed frame");
        assertFalse(frame.group(1).contains("allow-scripts"), "the frame may not run script: " + frame.group(1));
        assertFalse(frame.group(1).contains("allow-same-origin"), frame.group(1));
    }

    @Test
    void anotherUsersMessageIsNotFound() {
        long noticeId = messageId(WebSession.login("privacy").get("/demo/postvak").asString(), notice());
        WebSession.login("medewerker").get("/demo/postvak?bericht=" + noticeId).then().statusCode(404)
                .contentType(containsString("text/html")).body(not(containsString(reference)));
    }

    @Test
    void aMailsScriptIsShownAsTextInTheFrameNeverRunInThePage() {
        inbox.keep(new SentMessage(SentMessage.Channel.MAIL, T0, List.of("Medewerker <Medewerker@ssgn.example>"), "Met script",
                "tekst", "<p>Hallo</p><script>alert('x')</script><img src=x onerror=alert(1)>", List.of()));
        WebSession medewerker = WebSession.login("medewerker");
        long id = messageId(medewerker.get("/demo/postvak").asString(), "Met script");
        String page = medewerker.get("/demo/postvak?bericht=" + id).then().statusCode(200).extract().asString();
        assertFalse(page.contains("<script>alert"), "the mail's script is not in the page as markup");
        assertFalse(page.contains("<img src=x"), page);
        // Only in the frame's own document, whose policy runs no script at all.
        medewerker.get("/demo/postvak/" + id + "/inhoud").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .body(containsString("<script>alert"));
    }

    @Test
    void onlyTheNewestMessagesAreKept() throws SQLException {
        for (int i = 0; i < 1003; i++) {
            inbox.keep(new SentMessage(SentMessage.Channel.MAIL, T0, List.of("fg@vocampus.example"), "Bericht " + i, "t", null, List.of()));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select count(*) from demo_message")) {
            rows.next();
            assertEquals(1000, rows.getLong(1));
        }
        String page = WebSession.login("fg").get("/demo/postvak").asString();
        assertTrue(page.contains("Bericht 1002"));
        assertFalse(page.contains(">Bericht 2<"), "the oldest were dropped");
        assertFalse(page.contains(notice()), "and with them the first mails");
    }

    @Test
    void aTeamsPostIsShownFromTeamsToItsChannel() {
        inbox.keep(new SentMessage(SentMessage.Channel.TEAMS, T0, List.of("SSgN / Privacy"), "Teams-bericht " + reference, "Nieuwe melding",
                null, List.of()));
        WebSession.login("privacy").get("/demo/postvak").then().statusCode(200)
                .body(containsString("Microsoft Teams")).body(containsString("SSgN / Privacy"));
    }

    /** The id of the message whose subject starts with this in an inbox page's list. */
    static long messageId(String page, String subject) {
        Matcher link = Pattern.compile("href=\"/demo/postvak\\?bericht=(\\d+)\">" + Pattern.quote(subject) + "[^<]*<").matcher(page);
        assertTrue(link.find(), "no message '" + subject + "' in the list");
        return Long.parseLong(link.group(1));
    }
}
