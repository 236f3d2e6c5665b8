package nl.vocampus.lekwacht.teams;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.escalation.EscalationSweeper;
import nl.vocampus.lekwacht.escalation.SweepResult;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.LogCapture;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TeamsWebhook;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SSgN has a Teams channel (a local stand-in for Workflows): new reports and the rungs from 48 hours on are posted there
 * as an Adaptive Card, by the same sweep, retries and failure as the mails.
 */
@QuarkusTest
class TeamsPostTest {

    static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");
    static final String CHANNEL = "/api/admin/schools/SSGN/teams-channel";

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;
    @Inject
    LekwachtConfig config;

    private TeamsWebhook webhook;
    private LogCapture log;
    private final List<String> answers = new ArrayList<>();

    /** Each test from the seeded database: another test's incidents would post their rungs to this test's channel. */
    @BeforeEach
    void channelForSsgn() {
        KnownState.reset();
        SmtpResource.startServer();
        MailBox.clear();
        clock.set(T0);
        log = LogCapture.start();
        webhook = new TeamsWebhook();
        as("beheer").body("{\"url\": \"" + webhook.url() + "\"}").put(CHANNEL).then().statusCode(200);
    }

    @AfterEach
    void theUrlAppearedInNoLogLineAndNoAnswer() {
        log.close();
        webhook.close();
        clock.reset();
        as("beheer").delete(CHANNEL).then().statusCode(204);
        assertEquals(List.of(), log.containing(TeamsWebhook.SIG), "the channel's signature in a log line");
        assertEquals(List.of(), log.containing(TeamsWebhook.PATH), "the channel's URL in a log line");
        for (String answer : answers) {
            assertFalse(answer.contains(TeamsWebhook.SIG), answer);
            assertFalse(answer.contains(TeamsWebhook.PATH), answer);
        }
    }

    private static JsonPath report(Duration ago, String school) {
        String discovered = DateTimeFormatter.ISO_INSTANT.format(T0.minus(ago));
        return as(STAFF).body(lostLaptop(discovered).replace("\"school\": \"SSGN\"", "\"school\": \"" + school + "\""))
                .post("/api/incidents").then().statusCode(201).extract().jsonPath();
    }

    private SweepResult sweepAt(Duration afterT0) {
        Instant at = T0.plus(afterT0);
        clock.set(at);
        return sweeper.sweep(at);
    }

    /** The incident's escalation steps as the FG reads them (kept to check that the URL never shows). */
    private JsonPath steps(String id) {
        String answer = as("fg").get("/api/incidents/" + id + "/escalations").then().statusCode(200).extract().asString();
        answers.add(answer);
        return new JsonPath(answer);
    }

    private static String teams(String step, String field) {
        return "find { it.channel == 'TEAMS' && it.step == '" + step + "' }." + field;
    }

    @Test
    void aNewReportPostsOneCardWithTheReferenceKindSchoolDeadlineAndALinkAndNothingElse() {
        JsonPath incident = report(Duration.ofHours(1), "SSGN");
        String id = incident.getString("id");
        String reference = incident.getString("reference");
        sweepAt(Duration.ZERO);

        assertEquals(1, webhook.posts().size(), "one card: " + webhook.posts());
        TeamsWebhook.Post post = webhook.posts().get(0);
        assertEquals(List.of(), post.problems(), "Workflows would refuse: " + post.problems());
        JsonNode card = post.json().path("attachments").get(0).path("content");
        assertTrue(card.path("body").get(0).path("text").asText().startsWith("Nieuwe melding " + reference), card.toString());
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        card.path("body").get(1).path("facts").forEach(f -> facts.put(f.path("title").asText(), f.path("value").asText()));
        assertEquals(Map.of("Kenmerk", reference, "Soort", "Verloren apparaat", "School", "Stedelijke Scholengemeenschap Nijmegen",
                "Meldtermijn AP", "donderdag 19 november 2026 om 09:00"), facts);
        assertEquals(config.baseUrl() + "/incidenten/" + id, card.path("actions").get(0).path("url").asText());
        for (String personal : List.of("Laptop kwijt", "Schoollaptop", "Medewerker", "medewerker@", "privacy@", "leidinggevende@")) {
            assertFalse(post.body().contains(personal), "the card tells " + personal + ": " + post.body());
        }

        JsonPath steps = steps(id);
        assertEquals("SENT", steps.getString(teams("REPORT", "status")));
        assertEquals("SENT", steps.getString("find { it.channel == 'MAIL' && it.step == 'REPORT' }.status"), "the mail goes too");
        assertEquals(List.of("REPORT", "H48", "H60", "H70", "H72"), steps.getList("findAll { it.channel == 'TEAMS' }.step"),
                "no Teams post for the receipt or the 24-hour reminder");
        assertEquals(2, MailBox.about(reference).size(), "notice and receipt by mail as before");

        sweepAt(Duration.ofMinutes(5));
        assertEquals(1, webhook.posts().size(), "posted exactly once");
    }

    @Test
    void theRungsFrom48HoursOnArePostedAndALateReportGetsOneCardForAllThatWereDue() {
        JsonPath incident = report(Duration.ofHours(61), "SSGN");
        sweepAt(Duration.ZERO);
        assertEquals(1, webhook.posts().size(), "one card, never a burst: " + webhook.posts());
        String heading = webhook.posts().get(0).json().path("attachments").get(0).path("content").path("body").get(0).path("text").asText();
        assertTrue(heading.startsWith("Escalatie " + incident.getString("reference")), heading);
        JsonPath steps = steps(incident.getString("id"));
        assertEquals("SENT", steps.getString(teams("REPORT", "status")));
        assertEquals("SENT", steps.getString(teams("H48", "status")));
        assertEquals("SENT", steps.getString(teams("H60", "status")));
        assertEquals("PENDING", steps.getString(teams("H70", "status")));

        sweepAt(Duration.ofHours(9));
        assertEquals(2, webhook.posts().size());
        assertEquals(List.of(), webhook.posts().get(1).problems());
        assertTrue(webhook.posts().get(1).body().contains("LAATSTE WAARSCHUWING"), webhook.posts().get(1).body());
    }

    @Test
    void aFailingChannelIsRetriedWithBackoffAndEndsFailedVisibly() {
        webhook.mode(TeamsWebhook.Mode.FAIL);
        String id = report(Duration.ofHours(1), "SSGN").getString("id");
        sweepAt(Duration.ZERO);
        JsonPath steps = steps(id);
        assertEquals("PENDING", steps.getString(teams("REPORT", "status")));
        assertEquals(1, steps.getInt(teams("REPORT", "attempts")));
        assertEquals("2026-11-16T09:01:00Z", steps.getString(teams("REPORT", "nextAttemptAt")), "retry-base (1 minute in the tests) later");
        assertEquals("Teams answered HTTP 500", steps.getString(teams("REPORT", "lastError")));
        assertEquals("SENT", steps.getString("find { it.channel == 'MAIL' && it.step == 'REPORT' }.status"), "the mail does not wait for Teams");

        sweepAt(Duration.ofSeconds(30));
        assertEquals(1, webhook.posts().size(), "not before the backoff has passed");
        sweepAt(Duration.ofMinutes(1));
        assertEquals("2026-11-16T09:03:00Z", steps(id).getString(teams("REPORT", "nextAttemptAt")), "the delay doubled");
        sweepAt(Duration.ofMinutes(3));
        assertEquals(3, webhook.posts().size());
        steps = steps(id);
        assertEquals("FAILED", steps.getString(teams("REPORT", "status")));
        assertEquals(3, steps.getInt(teams("REPORT", "attempts")));
        assertEquals(1, log.containing("Teams post REPORT of incident " + id + " FAILED after the last attempt").size());

        webhook.mode(TeamsWebhook.Mode.ACCEPT);
        sweepAt(Duration.ofMinutes(30));
        assertEquals(3, webhook.posts().size(), "a FAILED post stays failed");
    }

    @Test
    void aHungChannelCostsAtMostTheReadTimeoutAndIsRetried() {
        webhook.mode(TeamsWebhook.Mode.HANG);
        String id = report(Duration.ofHours(1), "SSGN").getString("id");
        long started = System.nanoTime();
        SweepResult hung = sweepAt(Duration.ZERO);
        long ended = System.nanoTime();
        assertEquals(1, hung.retrying(), hung.toString());
        assertEquals(1, webhook.posts().size());
        // From the moment the post arrived until the sweep gave up on it: the read timeout, and not much more.
        Duration held = Duration.ofNanos(ended - webhook.posts().get(0).receivedNanos());
        Duration timeout = config.teams().readTimeout();
        assertTrue(held.compareTo(timeout.minusMillis(200)) > 0 && held.compareTo(timeout.plusMillis(1500)) < 0,
                "the hung post held the sweep for " + held + " (read timeout " + timeout + ")");
        Duration sweep = Duration.ofNanos(ended - started);
        assertTrue(sweep.compareTo(config.escalation().lease()) < 0, "a post never outlives its lease: " + sweep);
        JsonPath steps = steps(id);
        assertEquals("PENDING", steps.getString(teams("REPORT", "status")));
        assertEquals(1, steps.getInt(teams("REPORT", "attempts")));
        assertTrue(steps.getString(teams("REPORT", "lastError")).startsWith("Teams did not answer within 2 s"),
                steps.getString(teams("REPORT", "lastError")));

        webhook.mode(TeamsWebhook.Mode.ACCEPT);
        sweepAt(Duration.ofMinutes(1));
        assertEquals("SENT", steps(id).getString(teams("REPORT", "status")), "posted once the channel answers again");
    }

    @Test
    void aDecisionCancelsThePendingTeamsRungsButTheNewReportCardStillGoes() {
        String id = report(Duration.ofHours(1), "SSGN").getString("id");
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"Versleuteld, op afstand gewist\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200);
        sweepAt(Duration.ZERO);
        assertEquals(1, webhook.posts().size(), "the new report is posted whenever the decision came");
        JsonPath steps = steps(id);
        assertEquals("SENT", steps.getString(teams("REPORT", "status")));
        assertEquals(List.of("H48", "H60", "H70", "H72"), steps.getList("findAll { it.channel == 'TEAMS' && it.status == 'CANCELLED' }.step"));
        assertEquals("decision recorded", steps.getString(teams("H48", "note")));

        sweepAt(Duration.ofHours(80));
        assertEquals(1, webhook.posts().size(), "no rung after the decision");
    }

    @Test
    void aPostToASchoolWhoseChannelWasRemovedIsCancelledWithANote() {
        String id = report(Duration.ofHours(1), "SSGN").getString("id");
        as("beheer").delete(CHANNEL).then().statusCode(204);
        sweepAt(Duration.ZERO);
        assertEquals(0, webhook.posts().size());
        JsonPath steps = steps(id);
        assertEquals("CANCELLED", steps.getString(teams("REPORT", "status")));
        assertEquals("the school has no Teams channel (any more)", steps.getString(teams("REPORT", "note")));
        assertEquals("SENT", steps.getString("find { it.channel == 'MAIL' && it.step == 'REPORT' }.status"));
    }

    @Test
    void aSchoolWithoutAChannelGetsNoTeamsSteps() {
        String id = report(Duration.ofHours(1), "DEMO").getString("id");
        sweepAt(Duration.ZERO);
        assertEquals(0, webhook.posts().size());
        steps(id).getList("channel").forEach(channel -> assertEquals("MAIL", channel));
        as(PRIVACY).get("/api/incidents/" + report(Duration.ofHours(1), "SSGN").getString("id") + "/escalations")
                .then().body(containsString("TEAMS"));
    }
}
