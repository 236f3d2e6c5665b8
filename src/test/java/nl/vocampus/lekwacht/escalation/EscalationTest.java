package nl.vocampus.lekwacht.escalation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.MailBox.ReceivedMail;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EscalationTest {

    static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");
    static final List<String> ALL = List.of("directie@ssgn.example", "fg@vocampus.example", "leidinggevende@ssgn.example",
            "privacy-plv@ssgn.example", "privacy@ssgn.example");
    static final List<String> PRIVACY_OFFICERS = List.of("privacy-plv@ssgn.example", "privacy@ssgn.example");

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;

    @BeforeEach
    void start() {
        SmtpResource.startServer();
        MailBox.clear();
        clock.set(T0);
    }

    @AfterEach
    void resetClock() {
        SmtpResource.startServer();
        MailBox.clear();
        clock.reset();
    }

    /** Reports a lost laptop discovered {@code ago} before the (fixed) clock; returns the created incident. */
    static JsonPath report(Duration ago) {
        String discovered = DateTimeFormatter.ISO_INSTANT.format(T0.minus(ago));
        return as(STAFF).body(lostLaptop(discovered)).post("/api/incidents").then().statusCode(201).extract().jsonPath();
    }

    private SweepResult sweepAt(Duration afterT0) {
        Instant at = T0.plus(afterT0);
        clock.set(at);
        return sweeper.sweep(at);
    }

    @Test
    void newReportGoesAtOnceToLeidinggevendeAndPrivacyOfficerWithAReceiptForTheReporter() {
        JsonPath incident = report(Duration.ofHours(1));
        String reference = incident.getString("reference");
        sweepAt(Duration.ZERO);

        List<ReceivedMail> mails = MailBox.about(reference);
        assertEquals(2, mails.size(), mails.toString());
        ReceivedMail notice = mails.get(0);
        assertTrue(notice.subject().startsWith("Nieuwe melding"), "the leidinggevende and privacy officer are told before the receipt: " + mails);
        assertEquals(List.of("leidinggevende@ssgn.example", "privacy-plv@ssgn.example", "privacy@ssgn.example"), notice.to());
        assertEquals("<" + incident.getString("id") + ".REPORT@lekwacht.vocampus.nl>", notice.messageId());
        assertTrue(notice.subject().contains("donderdag 19 november 2026 om 09:00"), notice.subject());
        assertTrue(notice.text().contains("nog 71 uur"), notice.text());
        assertTrue(notice.html().contains("/incidenten/" + incident.getString("id")), "links to the incident");
        assertFalse(notice.text().contains("cijferlijsten"), "no description of the data in mail");
        assertEquals(1, notice.attachments().size(), "the deadline as a calendar event for the privacy officer");
        String ics = notice.attachments().get(0);
        assertTrue(ics.contains("text/calendar"), ics);
        assertTrue(ics.contains("DTEND:20261119T080000Z"), ics);

        ReceivedMail receipt = mails.stream().filter(m -> m.subject().startsWith("Ontvangstbevestiging")).findFirst().orElseThrow();
        assertEquals(List.of("medewerker@ssgn.example"), receipt.to());
        assertTrue(receipt.text().contains(reference) && receipt.text().contains("uiterlijk donderdag 19 november 2026 om 09:00"), receipt.text());
        assertTrue(receipt.attachments().isEmpty());

        as(PRIVACY).get("/api/incidents/" + incident.getString("id") + "/escalations").then().statusCode(200)
                .body("find { it.step == 'REPORT' }.status", equalTo("SENT"))
                .body("find { it.step == 'RECEIPT' }.status", equalTo("SENT"))
                .body("findAll { it.status == 'PENDING' }.step", equalTo(List.of("H24", "H48", "H60", "H70", "H72")));
    }

    @Test
    void theLadderClimbsUntilOverdue() {
        JsonPath incident = report(Duration.ZERO);
        String reference = incident.getString("reference");
        sweepAt(Duration.ZERO);
        MailBox.clear();

        sweepAt(Duration.ofHours(23).plusMinutes(59));
        assertEquals(0, MailBox.about(reference).size(), "nothing before 24 h");

        sweepAt(Duration.ofHours(24));
        assertOneMail(reference, "Herinnering", PRIVACY_OFFICERS);
        sweepAt(Duration.ofHours(48));
        assertOneMail(reference, "meld nu bij de AP", List.of("leidinggevende@ssgn.example", "privacy-plv@ssgn.example", "privacy@ssgn.example"));
        sweepAt(Duration.ofHours(60));
        assertOneMail(reference, "Escalatie", ALL);
        sweepAt(Duration.ofHours(70));
        assertOneMail(reference, "LAATSTE WAARSCHUWING", ALL);
        sweepAt(Duration.ofHours(72));
        assertOneMail(reference, "TERMIJN VERSTREKEN", ALL);

        as(PRIVACY).get("/api/incidents/" + incident.getString("id")).then().statusCode(200).body("overdue", equalTo(true));
        sweepAt(Duration.ofHours(100));
        assertEquals(0, MailBox.about(reference).size(), "every step is sent once");
    }

    private static void assertOneMail(String reference, String subjectPart, List<String> to) {
        List<ReceivedMail> mails = MailBox.about(reference);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).subject().contains(subjectPart), mails.get(0).subject());
        assertEquals(to, mails.get(0).to());
        MailBox.clear();
    }

    @Test
    void aLateReportSendsOneUrgentMessageNotABurstOfStaleReminders() {
        JsonPath incident = report(Duration.ofHours(50));
        String reference = incident.getString("reference");
        SweepResult result = sweepAt(Duration.ZERO);

        List<ReceivedMail> mails = MailBox.about(reference);
        assertEquals(2, mails.size(), "a receipt and one urgent message: " + mails);
        ReceivedMail urgent = mails.stream().filter(m -> !m.subject().startsWith("Ontvangstbevestiging")).findFirst().orElseThrow();
        assertTrue(urgent.subject().contains("meld nu bij de AP"), urgent.subject());
        assertTrue(urgent.text().contains("samengevoegd"), urgent.text());
        assertEquals(List.of("leidinggevende@ssgn.example", "privacy-plv@ssgn.example", "privacy@ssgn.example"), urgent.to());
        assertTrue(result.sent() >= 4, "REPORT, RECEIPT, H24 and H48 are all accounted for: " + result);

        as(PRIVACY).get("/api/incidents/" + incident.getString("id") + "/escalations").then().statusCode(200)
                .body("find { it.step == 'H24' }.status", equalTo("SENT"))
                .body("find { it.step == 'H24' }.note", equalTo("sent within H48 (already due when it could first be sent)"))
                .body("find { it.step == 'H60' }.status", equalTo("PENDING"));
    }

    @Test
    void aReportAfterTheDeadlineIsOverdueAtOnce() {
        JsonPath incident = report(Duration.ofHours(80));
        assertTrue(incident.getBoolean("overdue"));
        String reference = incident.getString("reference");
        sweepAt(Duration.ZERO);
        List<ReceivedMail> mails = MailBox.about(reference);
        assertEquals(2, mails.size(), mails.toString());
        ReceivedMail overdue = mails.stream().filter(m -> m.subject().startsWith("TERMIJN VERSTREKEN")).findFirst().orElseThrow();
        assertEquals(ALL, overdue.to());
        assertTrue(overdue.text().contains("verstreken, 8 uur geleden"), overdue.text());
    }

    @Test
    void stepsThatCameDueWhileNobodySweptAreCollapsedToo() {
        JsonPath incident = report(Duration.ZERO);
        String reference = incident.getString("reference");
        sweepAt(Duration.ZERO);
        MailBox.clear();
        // The service was down from 20 h to 65 h: H24, H48 and H60 came due meanwhile.
        sweepAt(Duration.ofHours(65));
        List<ReceivedMail> mails = MailBox.about(reference);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).subject().startsWith("Escalatie"), mails.get(0).subject());
        assertEquals(ALL, mails.get(0).to());
    }

    @Test
    void aDecisionStopsEveryPendingStep() {
        JsonPath incident = report(Duration.ofHours(2));
        String id = incident.getString("id");
        sweepAt(Duration.ZERO);
        MailBox.clear();

        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"BitLocker aan, sleutel veilig\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200)
                .body("notifyAp", equalTo(false))
                .body("cancelledSteps", equalTo(5))
                .body("decidedBy", equalTo(PRIVACY));

        sweepAt(Duration.ofHours(80));
        assertEquals(0, MailBox.about(incident.getString("reference")).size());
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("findAll { it.status == 'CANCELLED' }.size()", equalTo(5));
        as(PRIVACY).get("/api/incidents/" + id).then().body("status", equalTo("DECIDED")).body("overdue", equalTo(false));
    }

    @Test
    void aChangedAwarenessMovesTheDeadlineAndThePendingSteps() {
        JsonPath incident = report(Duration.ZERO);
        String id = incident.getString("id");
        String reference = incident.getString("reference");
        sweepAt(Duration.ZERO);
        MailBox.clear();

        clock.set(T0.plus(Duration.ofHours(12)));
        as(PRIVACY).body("{\"awareAt\": \"2026-11-16T20:00:00+01:00\", \"justification\": \"Pas na terugbellen leverancier zeker dat er data op stond\"}")
                .put("/api/incidents/" + id + "/awareness").then().statusCode(200)
                .body("awareAt", equalTo("2026-11-16T19:00:00Z"))
                .body("deadline", equalTo("2026-11-19T19:00:00Z"));

        sweepAt(Duration.ofHours(24));
        assertEquals(0, MailBox.about(reference).size(), "the 24 h reminder moved with the awareness");
        sweepAt(Duration.ofHours(34));
        assertEquals(1, MailBox.about(reference).size());
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("find { it.step == 'H72' }.dueAt", equalTo("2026-11-19T19:00:00Z"));
    }

    @Test
    void smtpDownIsRetriedAndDeliveredOnceItIsBack() {
        SmtpResource.stopServer();
        JsonPath incident = report(Duration.ofHours(1));
        String id = incident.getString("id");
        SweepResult down = sweepAt(Duration.ZERO);
        assertTrue(down.retrying() >= 2, down.toString());
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("find { it.step == 'REPORT' }.status", equalTo("PENDING"))
                .body("find { it.step == 'REPORT' }.attempts", equalTo(1))
                .body("find { it.step == 'REPORT' }.lastError", org.hamcrest.Matchers.notNullValue());

        SmtpResource.startServer();
        sweepAt(Duration.ofSeconds(30));
        assertEquals(0, MailBox.about(incident.getString("reference")).size(), "not before the backoff has passed");
        sweepAt(Duration.ofMinutes(1));
        List<ReceivedMail> mails = MailBox.about(incident.getString("reference"));
        assertEquals(2, mails.size(), "report and receipt, each once: " + mails);
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("find { it.step == 'REPORT' }.status", equalTo("SENT"));
    }

    @Test
    void aStepFailsVisiblyAfterTheConfiguredAttempts() {
        SmtpResource.stopServer();
        JsonPath incident = report(Duration.ofHours(1));
        String id = incident.getString("id");
        sweepAt(Duration.ZERO);
        sweepAt(Duration.ofMinutes(1));
        sweepAt(Duration.ofMinutes(4));
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("find { it.step == 'REPORT' }.status", equalTo("FAILED"))
                .body("find { it.step == 'REPORT' }.attempts", equalTo(3))
                .body("find { it.step == 'REPORT' }.lastError", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void recipientsAreLookedUpWhenAStepIsSent() {
        JsonPath incident = report(Duration.ZERO);
        sweepAt(Duration.ZERO);
        MailBox.clear();
        String people = """
                {"people": [
                  {"roles": ["MANAGER"], "name": "Teamleider SSgN", "email": "leidinggevende@ssgn.example", "subject": "leidinggevende", "defaultManager": true},
                  {"roles": ["PRIVACY_OFFICER"], "name": "Privacy verantwoordelijke SSgN", "email": "privacy@ssgn.example", "subject": "privacy"},
                  {"roles": ["PRIVACY_OFFICER"], "name": "Nieuwe privacy verantwoordelijke", "email": "nieuwe-privacy@ssgn.example"},
                  {"roles": ["DPO"], "name": "FG", "email": "fg@vocampus.example", "subject": "fg"},
                  {"roles": ["MANAGEMENT"], "name": "Directie", "email": "directie@ssgn.example"}]}""";
        as(PRIVACY).body(people).put("/api/schools/SSGN/people").then().statusCode(200);
        try {
            sweepAt(Duration.ofHours(24));
            List<ReceivedMail> mails = MailBox.about(incident.getString("reference"));
            assertEquals(1, mails.size());
            assertEquals(List.of("nieuwe-privacy@ssgn.example", "privacy@ssgn.example"), mails.get(0).to().stream().sorted().toList());
        } finally {
            KnownState.reset();
        }
    }

    @Test
    void aDecisionBeforeTheFirstSweepStillTellsTheLeidinggevendeAndSendsTheReceipt() {
        JsonPath incident = report(Duration.ofHours(1));
        String id = incident.getString("id");
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"Versleuteld, op afstand gewist\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200)
                .body("cancelledSteps", equalTo(5));

        sweepAt(Duration.ZERO);
        List<ReceivedMail> mails = MailBox.about(incident.getString("reference"));
        assertEquals(2, mails.size(), "the notice and the receipt, nothing else: " + mails);
        assertTrue(mails.get(0).subject().startsWith("Nieuwe melding"), mails.get(0).subject());
        assertEquals(List.of("leidinggevende@ssgn.example", "privacy-plv@ssgn.example", "privacy@ssgn.example"), mails.get(0).to());
        assertTrue(mails.get(1).subject().startsWith("Ontvangstbevestiging"), mails.get(1).subject());
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("find { it.step == 'REPORT' }.status", equalTo("SENT"))
                .body("find { it.step == 'RECEIPT' }.status", equalTo("SENT"))
                .body("findAll { it.status == 'CANCELLED' }.step", equalTo(List.of("H24", "H48", "H60", "H70", "H72")));

        sweepAt(Duration.ofHours(80));
        assertEquals(2, MailBox.about(incident.getString("reference")).size(), "no reminder after the decision");
    }

    @Test
    void aHungRelayCostsEachSendItsTimeoutWellWithinTheLeaseAndIsRetried() {
        Duration timeout = config.mail().sendTimeout();
        SmtpResource.hangServer();
        JsonPath incident = report(Duration.ofHours(1));
        String id = incident.getString("id");

        long started = System.nanoTime();
        SweepResult hung = sweepAt(Duration.ZERO);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(2, hung.retrying(), hung.toString());
        // The notice and the receipt each wait at most the timeout; the sweep ends long before the 20 s lease.
        assertTrue(took.compareTo(timeout.multipliedBy(2).plusSeconds(3)) < 0, "the sweep was held for " + took);
        assertTrue(took.compareTo(config.escalation().lease()) < 0, "a send never outlives its lease: " + took);
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("find { it.step == 'REPORT' }.status", equalTo("PENDING"))
                .body("find { it.step == 'REPORT' }.attempts", equalTo(1))
                .body("find { it.step == 'REPORT' }.lastError", org.hamcrest.Matchers.containsString("did not accept the message within"));

        SmtpResource.startServer();
        sweepAt(Duration.ofMinutes(1));
        List<ReceivedMail> mails = MailBox.about(incident.getString("reference"));
        assertEquals(2, mails.size(), "delivered once the relay answers again: " + mails);
        assertTrue(mails.get(0).subject().startsWith("Nieuwe melding"), mails.get(0).subject());
    }

    @Inject
    nl.vocampus.lekwacht.common.LekwachtConfig config;
}
