package nl.vocampus.lekwacht.escalation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.MailBox.ReceivedMail;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mails go out in each recipient's language, as the directory lists it: one mail per language. */
@QuarkusTest
class MailLanguageTest {

    static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;
    @Inject
    DailyDigest digest;
    @Inject
    ObjectMapper json;
    @Inject
    RowCounts rows;

    @BeforeEach
    void start() {
        KnownState.reset();
        SmtpResource.startServer();
        MailBox.clear();
        clock.set(T0);
    }

    @AfterEach
    void reset() {
        MailBox.clear();
        clock.reset();
    }

    /** The SSgN directory as it is, with these people's mails in English. */
    private void speakEnglish(Set<String> emails) throws Exception {
        String current = as("fg").get("/api/schools/SSGN/people").then().statusCode(200).extract().asString();
        List<Map<String, Object>> people = json.readValue(current, new TypeReference<>() {
        });
        people.forEach(p -> {
            p.remove("id");
            p.remove("awayNow");
            if (emails.contains(p.get("email"))) {
                p.put("language", "EN");
            }
        });
        as("privacy").body(json.writeValueAsString(Map.of("people", people))).put("/api/schools/SSGN/people").then().statusCode(200)
                .body("find { it.email == 'leidinggevende@ssgn.example' }.language", equalTo(emails.contains("leidinggevende@ssgn.example") ? "EN" : "NL"));
    }

    @Test
    void everyoneIsDutchUntilTheDirectorySaysOtherwise() {
        as("fg").get("/api/schools/SSGN/people").then().statusCode(200).body("language", hasItem("NL"))
                .body("language.unique()", equalTo(List.of("NL")));
    }

    @Test
    void anEnglishSpeakingLeidinggevendeGetsAnEnglishNoticeAndTheDutchPrivacyOfficerTheDutchOne() throws Exception {
        speakEnglish(Set.of("leidinggevende@ssgn.example"));
        String reference = as("medewerker").body(lostLaptop("2026-11-16T09:00:00Z")).post("/api/incidents")
                .then().statusCode(201).extract().path("reference");
        sweeper.sweep(clock.instant());

        List<ReceivedMail> notices = MailBox.about(reference).stream().filter(m -> !m.subject().contains("Ontvangst")).toList();
        assertEquals(2, notices.size(), "one notice per language: " + notices.stream().map(ReceivedMail::subject).toList());
        ReceivedMail english = notices.stream().filter(m -> m.to().contains("leidinggevende@ssgn.example")).findFirst().orElseThrow();
        ReceivedMail dutch = notices.stream().filter(m -> m.to().contains("privacy@ssgn.example")).findFirst().orElseThrow();

        assertEquals(List.of("leidinggevende@ssgn.example"), english.to());
        assertTrue(english.subject().startsWith("New report " + reference + ": assess before Thursday 19 November 2026 at 10:00"),
                english.subject());
        assertTrue(english.html().contains("<html lang=\"en\">"), english.html());
        assertTrue(english.text().contains("needs your attention"), english.text());
        assertTrue(english.text().contains("Open the report in Lekwacht"), english.text());

        assertEquals(List.of("privacy-plv@ssgn.example", "privacy@ssgn.example"), dutch.to());
        assertTrue(dutch.subject().startsWith("Nieuwe melding " + reference + ": beoordelen vóór donderdag 19 november 2026 om 10:00"),
                dutch.subject());
        assertTrue(dutch.html().contains("<html lang=\"nl\">"));
        assertTrue(dutch.text().contains("vraagt om jouw aandacht"), dutch.text());

        assertNotEquals(english.messageId(), dutch.messageId(), "each language's mail is a message of its own");
        assertTrue(english.attachments().get(0).contains("SUMMARY:AP notification deadline " + reference), "the calendar too");
        assertTrue(dutch.attachments().get(0).contains("SUMMARY:Meldtermijn AP " + reference));

        // The reporter, Dutch, still gets the Dutch receipt.
        ReceivedMail receipt = MailBox.about(reference).stream().filter(m -> m.subject().contains("Ontvangst")).findFirst().orElseThrow();
        assertEquals(List.of("medewerker@ssgn.example"), receipt.to());
    }

    @Test
    void anEnglishSpeakingReporterGetsAnEnglishReceipt() throws Exception {
        speakEnglish(Set.of("medewerker@ssgn.example"));
        String reference = as("medewerker").body(lostLaptop("2026-11-16T09:00:00Z")).post("/api/incidents")
                .then().statusCode(201).extract().path("reference");
        sweeper.sweep(clock.instant());
        ReceivedMail receipt = MailBox.about(reference).stream().filter(m -> m.to().equals(List.of("medewerker@ssgn.example")))
                .findFirst().orElseThrow();
        assertEquals("Receipt for report " + reference, receipt.subject());
        assertTrue(receipt.text().contains("Thank you for your report"), receipt.text());
    }

    @Test
    void anEnglishSpeakingPrivacyOfficerGetsTheDigestInEnglish() throws Exception {
        speakEnglish(Set.of("privacy@ssgn.example"));
        as("medewerker").body(lostLaptop("2026-11-16T09:00:00Z")).post("/api/incidents").then().statusCode(201);
        MailBox.clear();
        digest.send(Instant.parse("2026-11-17T06:30:00Z"));
        List<ReceivedMail> digests = MailBox.all();
        ReceivedMail english = digests.stream().filter(m -> m.to().equals(List.of("privacy@ssgn.example"))).findFirst().orElseThrow();
        ReceivedMail dutch = digests.stream().filter(m -> m.to().equals(List.of("privacy-plv@ssgn.example"))).findFirst().orElseThrow();
        assertEquals("Lekwacht daily overview Tuesday 17 November 2026: 1 open report", english.subject());
        assertEquals("Dagoverzicht Lekwacht dinsdag 17 november 2026: 1 open melding", dutch.subject());
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheFieldAndNothingChanges() {
        Map<String, Long> before = rows.snapshot();
        as("privacy").body("""
                {"people": [{"roles": ["PRIVACY_OFFICER", "MANAGER"], "name": "P", "email": "p@ssgn.example", "defaultManager": true,
                  "language": "FR"}]}""").put("/api/schools/SSGN/people").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("people[0].language"));
        assertEquals(before, rows.snapshot());
    }
}
