package nl.vocampus.lekwacht.people;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.escalation.DailyDigest;
import nl.vocampus.lekwacht.escalation.EscalationSweeper;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.MailBox.ReceivedMail;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report reaches the reporter's own leidinggevende, the privacy officers of that school and, later, the directie
 * of that school and the foundation's FG; a leidinggevende who is away is reached through their deputy.
 */
@QuarkusTest
class WhoIsToldTest {

    static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;
    @Inject
    DailyDigest digest;
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
    void resetClock() {
        MailBox.clear();
        clock.reset();
    }

    static String report(String school, String managerEmail) {
        return """
                {"kind": "LOST_DEVICE", "school": "%s", "summary": "Laptop kwijt in de trein",
                 "description": "Schoollaptop met cijferlijsten laten liggen", "discoveredAt": "2026-11-16T09:00:00Z",
                 "device": {"type": "LAPTOP", "schoolIssued": true, "encrypted": "UNKNOWN"}%s}"""
                .formatted(school, managerEmail == null ? "" : ", \"managerEmail\": \"" + managerEmail + "\"");
    }

    private List<String> noticeTo(String reference) {
        sweeper.sweep(clock.instant());
        ReceivedMail notice = MailBox.about(reference).stream().filter(m -> m.subject().startsWith("Nieuwe melding")).findFirst().orElseThrow();
        return notice.to().stream().sorted().toList();
    }

    @Test
    void theNoticeGoesToTheLeidinggevendeTheReporterNamedAndNoOtherOne() {
        JsonPath created = as("medewerker").body(report("SSGN", "Afdelingsleider@ssgn.example")).post("/api/incidents")
                .then().statusCode(201).body("managers.email", equalTo(List.of("afdelingsleider@ssgn.example"))).extract().jsonPath();
        assertEquals(List.of("afdelingsleider@ssgn.example", "privacy-plv@ssgn.example", "privacy@ssgn.example"),
                noticeTo(created.getString("reference")));
    }

    @Test
    void withoutAChoiceTheSchoolsDefaultLeidinggevendeIsTold() {
        JsonPath created = as("medewerker").body(report("SSGN", null)).post("/api/incidents")
                .then().statusCode(201).body("managers.email", equalTo(List.of("leidinggevende@ssgn.example"))).extract().jsonPath();
        assertEquals(List.of("leidinggevende@ssgn.example", "privacy-plv@ssgn.example", "privacy@ssgn.example"),
                noticeTo(created.getString("reference")));
    }

    @Test
    void aLeidinggevendeOfAnotherSchoolIsRefusedAndNothingIsWritten() {
        Map<String, Long> before = rows.snapshot();
        as("medewerker").body(report("SSGN", "leidinggevende2@demo.example")).post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("managerEmail"))
                .body("errors[0].code", equalTo("unknown-value"))
                .body("errors[0].message", containsString("GET /api/schools/SSGN"));
        as("medewerker").body(report("SSGN", "privacy@ssgn.example")).post("/api/incidents")
                .then().statusCode(400).body("errors[0].field", equalTo("managerEmail"));
        assertEquals(before, rows.snapshot());
    }

    @Test
    void aReportAtDemoReachesDemosPeopleAndTheFoundationsFgButNobodyOfSsgn() {
        JsonPath created = as("medewerker2").body(report("DEMO", null)).post("/api/incidents").then().statusCode(201).extract().jsonPath();
        String reference = created.getString("reference");
        assertEquals(List.of("leidinggevende2@demo.example", "privacy2@demo.example"), noticeTo(reference));
        clock.set(T0.plus(Duration.ofHours(60)));
        sweeper.sweep(clock.instant());
        ReceivedMail escalation = MailBox.about(reference).stream().filter(m -> m.subject().startsWith("Escalatie")).findFirst().orElseThrow();
        assertEquals(List.of("directie@demo.example", "fg@vocampus.example", "leidinggevende2@demo.example", "privacy2@demo.example"),
                escalation.to().stream().sorted().toList());
        assertTrue(MailBox.all().stream().flatMap(m -> m.to().stream()).noneMatch(a -> a.endsWith("@ssgn.example")),
                "no SSgN address is told about a DEMO report");
    }

    @Test
    void anAbsentLeidinggevendeIsReachedThroughTheirDeputyWhoSeesTheReportWhileTheyAreAway() {
        // The leidinggevende is away for a week from T0; medewerker stands in.
        as(PRIVACY).body("""
                {"people": [
                  {"roles": ["STAFF"], "name": "Medewerker SSgN", "email": "medewerker@ssgn.example", "subject": "medewerker"},
                  {"roles": ["MANAGER"], "name": "Teamleider SSgN", "email": "leidinggevende@ssgn.example", "subject": "leidinggevende",
                   "defaultManager": true, "deputyEmail": "medewerker@ssgn.example",
                   "absences": [{"from": "2026-11-16T00:00:00+01:00", "to": "2026-11-23T00:00:00+01:00"}]},
                  {"roles": ["PRIVACY_OFFICER"], "name": "Privacy verantwoordelijke SSgN", "email": "privacy@ssgn.example", "subject": "privacy"}]}""")
                .put("/api/schools/SSGN/people").then().statusCode(200)
                .body("find { it.email == 'leidinggevende@ssgn.example' }.awayNow", equalTo(true))
                .body("find { it.email == 'leidinggevende@ssgn.example' }.deputyEmail", equalTo("medewerker@ssgn.example"));
        // Reported by someone else (a DEMO teacher reporting at SSgN), so medewerker sees it only as the deputy.
        JsonPath created = as("medewerker2").body(report("SSGN", null)).post("/api/incidents").then().statusCode(201).extract().jsonPath();
        String reference = created.getString("reference");
        sweeper.sweep(clock.instant());
        ReceivedMail notice = MailBox.about(reference).stream().filter(m -> m.subject().startsWith("Nieuwe melding")).findFirst().orElseThrow();
        assertEquals(List.of("medewerker@ssgn.example", "privacy@ssgn.example"), notice.to().stream().sorted().toList());
        assertTrue(notice.text().contains("Medewerker SSgN ontvangt dit bericht namens Teamleider SSgN, die afwezig is tot"), notice.text());

        as("medewerker").get("/api/incidents/" + created.getString("id")).then().statusCode(200);
        as("medewerker").get("/api/incidents?size=100").then().statusCode(200).body("items.reference", hasItem(reference));
        as("leidinggevende").get("/api/incidents/" + created.getString("id")).then().statusCode(200);

        clock.set(Instant.parse("2026-11-23T00:00:00+01:00"));
        as("medewerker").get("/api/incidents/" + created.getString("id")).then().statusCode(404);
        as("medewerker").get("/api/incidents?size=100").then().statusCode(200).body("items.reference", not(hasItem(reference)));
    }

    /** Two people trading addresses (and a subject moving) in one request: the directory takes it, no conflict. */
    @Test
    void addressesAndSubjectsMayMoveBetweenPeopleInOneRequest() {
        String before = """
                {"people": [
                  {"roles": ["PRIVACY_OFFICER"], "name": "Privacy verantwoordelijke SSgN", "email": "privacy@ssgn.example", "subject": "privacy"},
                  {"roles": ["MANAGER"], "name": "Teamleider A", "email": "a@ssgn.example", "subject": "sub-a", "defaultManager": true},
                  {"roles": ["MANAGER"], "name": "Teamleider B", "email": "b@ssgn.example", "subject": "sub-b"}]}""";
        as(PRIVACY).body(before).put("/api/schools/SSGN/people").then().statusCode(200);
        String swapped = before.replace("\"a@ssgn.example\", \"subject\": \"sub-a\"", "\"x@ssgn.example\", \"subject\": \"sub-b\"")
                .replace("\"b@ssgn.example\", \"subject\": \"sub-b\"", "\"a@ssgn.example\", \"subject\": \"sub-a\"");
        as(PRIVACY).body(swapped).put("/api/schools/SSGN/people").then().statusCode(200)
                .body("find { it.email == 'x@ssgn.example' }.subject", equalTo("sub-b"))
                .body("find { it.email == 'a@ssgn.example' }.subject", equalTo("sub-a"))
                .body("email", not(hasItem("b@ssgn.example")));
    }

    @Test
    void eachSchoolsDigestGoesToItsOwnPrivacyOfficersWithItsOwnIncidentsOnly() {
        String ssgn = as("medewerker").body(report("SSGN", null)).post("/api/incidents").then().statusCode(201).extract().path("reference");
        String demo = as("medewerker2").body(report("DEMO", null)).post("/api/incidents").then().statusCode(201).extract().path("reference");
        MailBox.clear();
        digest.send(Instant.parse("2026-11-17T06:30:00Z"));
        List<ReceivedMail> digests = MailBox.all().stream().filter(m -> m.subject().startsWith("Dagoverzicht")).toList();
        ReceivedMail toDemo = digests.stream().filter(m -> m.to().contains("privacy2@demo.example")).findFirst().orElseThrow();
        ReceivedMail toSsgn = digests.stream().filter(m -> m.to().contains("privacy@ssgn.example")).findFirst().orElseThrow();
        assertEquals(List.of("privacy2@demo.example"), toDemo.to());
        assertTrue(toDemo.text().contains(demo) && !toDemo.text().contains(ssgn), toDemo.text());
        assertTrue(toSsgn.text().contains(ssgn) && !toSsgn.text().contains(demo), toSsgn.text());
    }

    @Test
    void theFormOffersTheSchoolsLeidinggevendenAndRemembersTheLastChoice() {
        WebSession teacher = WebSession.login("medewerker2");
        String form = teacher.get("/melden").then().statusCode(200).extract().asString();
        assertTrue(form.contains("<option value=\"DEMO\" selected>"), "a DEMO teacher's form starts at DEMO");
        assertTrue(form.contains("<optgroup label=\"Demo College\">") && form.contains("value=\"leidinggevende2@demo.example\""), form);
        assertTrue(form.contains("value=\"afdelingsleider@ssgn.example\""), "a teacher may report at another school too");

        as("medewerker2").body(report("SSGN", "afdelingsleider@ssgn.example")).post("/api/incidents").then().statusCode(201);
        String again = teacher.get("/melden").then().statusCode(200).extract().asString();
        assertTrue(again.contains("<option value=\"SSGN\" selected>"), "the school of the last report");
        assertTrue(again.contains("<option value=\"afdelingsleider@ssgn.example\" selected>"), "the leidinggevende of the last report");
    }

    @Test
    void someoneWithoutALekwachtRoleGets403OnTheApiAndThePages() {
        as("gast").get("/api/incidents").then().statusCode(403).contentType("application/problem+json");
        as("gast").body(report("SSGN", null)).post("/api/incidents").then().statusCode(403);
        as("gast").get("/api/schools").then().statusCode(403);
        as("gast").get("/q/openapi").then().statusCode(403);
        WebSession guest = WebSession.login("gast");
        guest.get("/melden").then().statusCode(403).contentType(containsString("text/html"));
        guest.get("/login").then().statusCode(200);
    }
}
