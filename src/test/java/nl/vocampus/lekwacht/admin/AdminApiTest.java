package nl.vocampus.lekwacht.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.escalation.EscalationSweeper;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The functioneel beheerder's API: schools, people, ladder and controller data, and no incident at all. */
@QuarkusTest
class AdminApiTest {

    static final String ADMIN = "beheer";
    static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");

    static final String STANDARD_LADDER = """
            {"rungs": [
              {"afterHours": 24, "kind": "REMINDER", "audience": ["PRIVACY_OFFICER"]},
              {"afterHours": 48, "kind": "ADVISE_NOTIFY_NOW", "audience": ["PRIVACY_OFFICER", "MANAGER"]},
              {"afterHours": 60, "kind": "ESCALATION", "audience": ["PRIVACY_OFFICER", "MANAGER", "DPO", "MANAGEMENT"]},
              {"afterHours": 70, "kind": "FINAL_WARNING", "audience": ["PRIVACY_OFFICER", "MANAGER", "DPO", "MANAGEMENT"]},
              {"afterHours": 72, "kind": "OVERDUE", "audience": ["PRIVACY_OFFICER", "MANAGER", "DPO", "MANAGEMENT"]}]}""";

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;
    @Inject
    RowCounts rows;

    @BeforeEach
    void start() {
        SmtpResource.startServer();
        MailBox.clear();
        clock.set(T0);
        // Every test starts from the migrations' ladder and active schools, whatever the test before changed.
        as(ADMIN).body(STANDARD_LADDER).put("/api/admin/schools/SSGN/ladder").then().statusCode(200);
        as(ADMIN).post("/api/admin/schools/SSGN/reactivate").then().statusCode(200);
        as(ADMIN).post("/api/admin/schools/DEMO/reactivate").then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        MailBox.clear();
        clock.reset();
    }

    private static JsonPath report(String school, Duration ago) {
        String discovered = DateTimeFormatter.ISO_INSTANT.format(T0.minus(ago));
        return as("medewerker").body(lostLaptop(discovered).replace("\"school\": \"SSGN\"", "\"school\": \"" + school + "\""))
                .post("/api/incidents").then().statusCode(201).extract().jsonPath();
    }

    private void sweepAt(Duration afterT0) {
        clock.set(T0.plus(afterT0));
        sweeper.sweep(T0.plus(afterT0));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Schools

    @Test
    void theAdminListsEverySchoolAndAddsOneThatStartsDeactivatedWithTheProtocolsLadder() {
        as(ADMIN).get("/api/admin/schools").then().statusCode(200)
                .body("code", hasItem("SSGN")).body("find { it.code == 'DEMO' }.active", equalTo(true));

        as(ADMIN).body("{\"code\": \"nova\", \"name\": \"Nova College\", \"foundation\": \"Stichting voCampus\"}")
                .post("/api/admin/schools").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/admin/schools/NOVA"))
                .body("code", equalTo("NOVA")).body("active", equalTo(false));
        as(ADMIN).get("/api/admin/schools/NOVA/ladder").then().statusCode(200)
                .body("rungs.afterHours", contains(24, 48, 60, 70, 72))
                .body("rungs[4].kind", equalTo("OVERDUE"));
        as("medewerker").get("/api/schools").then().statusCode(200).body("code", not(hasItem("NOVA")));

        as(ADMIN).post("/api/admin/schools/NOVA/reactivate").then().statusCode(409)
                .contentType("application/problem+json");
        as(ADMIN).body("""
                {"people": [
                  {"name": "Privacy Nova", "email": "privacy@nova.example", "roles": ["PRIVACY_OFFICER"]},
                  {"name": "Teamleider Nova", "email": "teamleider@nova.example", "roles": ["MANAGER"], "defaultManager": true}]}""")
                .put("/api/admin/schools/NOVA/people").then().statusCode(200);
        as(ADMIN).post("/api/admin/schools/NOVA/reactivate").then().statusCode(200).body("active", equalTo(true));
        as("medewerker").get("/api/schools").then().statusCode(200).body("code", hasItem("NOVA"));
        report("NOVA", Duration.ZERO);
    }

    @Test
    void aSchoolCodeIsUniqueAndPlainAndARefusedAddWritesNothing() {
        Map<String, Long> before = rows.snapshot();
        as(ADMIN).body("{\"code\": \"ssgn\", \"name\": \"Nog een\", \"foundation\": \"Stichting voCampus\"}")
                .post("/api/admin/schools").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("taken"));
        as(ADMIN).body("{\"code\": \"a b\", \"name\": \"\", \"foundation\": \"Stichting voCampus\"}")
                .post("/api/admin/schools").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "name"));
        assertEquals(before, rows.snapshot());
    }

    @Test
    void aRenamedSchoolKeepsItsCodeAndItsIncidents() {
        String id = report("DEMO", Duration.ZERO).getString("id");
        as(ADMIN).body("{\"name\": \"Demo Lyceum\", \"foundation\": \"Stichting voCampus\"}")
                .put("/api/admin/schools/DEMO").then().statusCode(200).body("name", equalTo("Demo Lyceum"));
        as("medewerker").get("/api/schools/DEMO").then().statusCode(200).body("name", equalTo("Demo Lyceum"));
        as("privacy2").get("/api/incidents/" + id).then().statusCode(200);
        as(ADMIN).body("{\"name\": \"Demo College\", \"foundation\": \"Stichting voCampus\"}").put("/api/admin/schools/DEMO")
                .then().statusCode(200);
        as(ADMIN).body("{\"name\": \"X\", \"foundation\": \"Y\"}").put("/api/admin/schools/NOPE").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aDeactivatedSchoolTakesNoNewReportsAndKeepsItsHistory() {
        String earlier = report("DEMO", Duration.ZERO).getString("id");
        as(ADMIN).post("/api/admin/schools/DEMO/deactivate").then().statusCode(200).body("active", equalTo(false));

        Map<String, Long> before = rows.snapshot();
        as("medewerker").body(lostLaptop("2026-11-16T09:00:00Z").replace("\"school\": \"SSGN\"", "\"school\": \"DEMO\""))
                .post("/api/incidents").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("school")).body("errors[0].code", equalTo("inactive"));
        assertEquals(before, rows.snapshot(), "a refused report writes nothing");

        WebSession page = WebSession.login("medewerker2");
        String form = page.get("/melden").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(form.contains("value=\"DEMO\""), "not offered on the form");
        String refused = page.form().formParam("kind", "LOST_DEVICE").formParam("school", "DEMO")
                .formParam("summary", "Laptop kwijt").formParam("description", "In de trein laten liggen")
                .formParam("discoveredDate", "2026-11-16").formParam("discoveredTime", "09:00").formParam("deviceType", "LAPTOP")
                .formParam("deviceSchoolIssued", "YES").formParam("deviceEncrypted", "NO").formParam("approximatePeople", "20")
                .formParam("groups", "PUPILS").post("/melden").then().statusCode(400).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(refused.contains("neemt geen nieuwe meldingen meer aan"), "Dutch error by the field");
        assertEquals(before, rows.snapshot(), "a refused form writes nothing");

        as("privacy2").get("/api/incidents/" + earlier).then().statusCode(200);
        as("medewerker").get("/api/schools/DEMO").then().statusCode(200).body("active", equalTo(false));
        as("medewerker").get("/api/schools").then().body("code", not(hasItem("DEMO")));

        as(ADMIN).post("/api/admin/schools/DEMO/reactivate").then().statusCode(200);
        report("DEMO", Duration.ZERO);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // People and controller details

    @Test
    void theAdminReadsAndReplacesAnySchoolsDirectory() {
        as(ADMIN).get("/api/admin/schools/DEMO/people").then().statusCode(200)
                .body("email", hasItem("privacy2@demo.example"));
        String people = """
                {"people": [
                  {"name": "Privacy 2", "email": "privacy2@demo.example", "subject": "privacy2", "signInName": "privacy2",
                   "roles": ["PRIVACY_OFFICER"], "deputyEmail": "directie@demo.example",
                   "absences": [{"from": "2026-11-16T00:00:00+01:00", "to": "2026-11-20T00:00:00+01:00"}]},
                  {"name": "Directie Demo", "email": "directie@demo.example", "roles": ["MANAGEMENT", "PRIVACY_OFFICER"]},
                  {"name": "Leidinggevende 2", "email": "leidinggevende2@demo.example", "subject": "leidinggevende2",
                   "roles": ["MANAGER"], "defaultManager": true},
                  {"name": "Medewerker 2", "email": "medewerker2@demo.example", "subject": "medewerker2", "roles": ["STAFF"]}]}""";
        as(ADMIN).body(people).put("/api/admin/schools/DEMO/people").then().statusCode(200)
                .body("find { it.email == 'privacy2@demo.example' }.awayNow", equalTo(true))
                .body("find { it.email == 'privacy2@demo.example' }.deputyEmail", equalTo("directie@demo.example"));
        as("privacy2").get("/api/schools/DEMO/people").then().statusCode(200)
                .body("find { it.email == 'directie@demo.example' }.roles", contains("MANAGEMENT", "PRIVACY_OFFICER"));

        as(ADMIN).body("{\"people\": [{\"name\": \"X\", \"email\": \"x@demo.example\", \"roles\": [\"STAFF\"]}]}")
                .put("/api/admin/schools/DEMO/people").then().statusCode(400).body("errors.field", hasItem("people"));
    }

    @Test
    void theAdminKeepsTheControllerDetailsTheApFormReads() {
        as(ADMIN).body("""
                {"address": "Postbus 9, 6500 AA Nijmegen", "kvkNumber": "41234567", "sector": "Onderwijs",
                 "contactName": "P. Rivacy", "contactJobTitle": "Privacy verantwoordelijke", "contactPhone": "024 123 45 67"}""")
                .put("/api/admin/schools/SSGN/controller").then().statusCode(200).body("kvkNumber", equalTo("41234567"));
        as(ADMIN).get("/api/admin/schools/SSGN/controller").then().body("address", equalTo("Postbus 9, 6500 AA Nijmegen"));
        as("privacy").get("/api/schools/SSGN/controller").then().statusCode(200).body("contactName", equalTo("P. Rivacy"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The ladder

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not increasing          | 24 REMINDER, 24 ESCALATION, 72 OVERDUE      | rungs[1].afterHours | out-of-order
            decreasing              | 30 REMINDER, 20 ESCALATION, 72 OVERDUE      | rungs[1].afterHours | out-of-order
            beyond 72 h             | 24 REMINDER, 73 OVERDUE                     | rungs[1].afterHours | out-of-range
            zero hours              | 0 REMINDER, 72 OVERDUE                      | rungs[0].afterHours | out-of-range
            72 h but no overdue     | 24 REMINDER, 72 FINAL_WARNING               | rungs[1].afterHours | overdue-at-deadline
            overdue before 72 h     | 24 REMINDER, 60 OVERDUE                     | rungs[1].kind       | overdue-at-deadline
            no rung before 48 h     | 48 ADVISE_NOTIFY_NOW, 72 OVERDUE            | rungs               | no-early-rung
            not a rung kind         | 24 RECEIPT, 72 OVERDUE                      | rungs[0].kind       | unknown-value
            """)
    void aLadderThatBreaksARuleIsRefusedNamingTheRung(String rule, String rungs, String field, String code) {
        StringBuilder body = new StringBuilder("{\"rungs\": [");
        String[] parts = rungs.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] rung = parts[i].strip().split(" ");
            body.append(i == 0 ? "" : ",").append("{\"afterHours\": ").append(rung[0]).append(", \"kind\": \"").append(rung[1])
                    .append("\", \"audience\": [\"PRIVACY_OFFICER\"]}");
        }
        Map<String, Long> before = rows.snapshot();
        as(ADMIN).body(body.append("]}").toString()).put("/api/admin/schools/SSGN/ladder").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
        assertEquals(before, rows.snapshot());
        as(ADMIN).get("/api/admin/schools/SSGN/ladder").then().body("rungs.afterHours", contains(24, 48, 60, 70, 72));
    }

    @Test
    void aRungNeedsAnAudienceAndNeverTheReporter() {
        as(ADMIN).body("{\"rungs\": [{\"afterHours\": 24, \"kind\": \"REMINDER\", \"audience\": []},"
                        + "{\"afterHours\": 72, \"kind\": \"OVERDUE\", \"audience\": [\"PRIVACY_OFFICER\"]}]}")
                .put("/api/admin/schools/SSGN/ladder").then().statusCode(400)
                .body("errors.find { it.field == 'rungs[0].audience' }.code", equalTo("required"));
        as(ADMIN).body("{\"rungs\": [{\"afterHours\": 24, \"kind\": \"REMINDER\", \"audience\": [\"PRIVACY_OFFICER\"]},"
                        + "{\"afterHours\": 72, \"kind\": \"OVERDUE\", \"audience\": [\"REPORTER\"]}]}")
                .put("/api/admin/schools/SSGN/ladder").then().statusCode(400)
                .body("errors.find { it.field == 'rungs[1].audience' }.code", equalTo("unknown-value"));
    }

    @Test
    void aNewLadderReplansThePendingRungsOfOpenIncidentsAndLeavesSentAndDecidedOnesAlone() {
        JsonPath open = report("SSGN", Duration.ZERO);
        JsonPath decided = report("SSGN", Duration.ZERO);
        sweepAt(Duration.ZERO);
        sweepAt(Duration.ofHours(24));
        as("privacy").body("{\"notifyAp\": false, \"reasoning\": \"Versleuteld, sleutel veilig\"}")
                .post("/api/incidents/" + decided.getString("id") + "/decision").then().statusCode(200);

        clock.set(T0.plus(Duration.ofHours(30)));
        as(ADMIN).body("""
                {"rungs": [
                  {"afterHours": 12, "kind": "REMINDER", "audience": ["PRIVACY_OFFICER"]},
                  {"afterHours": 24, "kind": "REMINDER", "audience": ["PRIVACY_OFFICER"]},
                  {"afterHours": 36, "kind": "ESCALATION", "audience": ["PRIVACY_OFFICER", "MANAGEMENT"]},
                  {"afterHours": 48, "kind": "ADVISE_NOTIFY_NOW", "audience": ["PRIVACY_OFFICER", "DPO"]},
                  {"afterHours": 72, "kind": "OVERDUE", "audience": ["PRIVACY_OFFICER"]}]}""")
                .put("/api/admin/schools/SSGN/ladder").then().statusCode(200)
                .body("rungs.afterHours", contains(12, 24, 36, 48, 72));

        JsonPath steps = as("privacy").get("/api/incidents/" + open.getString("id") + "/escalations").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("REPORT", "RECEIPT", "H24", "H36", "H48", "H60", "H70", "H72"), steps.getList("step"),
                "no H12: it lay behind when the ladder changed");
        assertEquals("SENT", steps.getString("find { it.step == 'H24' }.status"), "sent stays sent");
        assertEquals("PENDING", steps.getString("find { it.step == 'H36' }.status"));
        assertEquals("2026-11-17T21:00:00Z", steps.getString("find { it.step == 'H36' }.dueAt"));
        assertEquals(List.of("PRIVACY_OFFICER", "DPO"), steps.getList("find { it.step == 'H48' }.recipients"));
        assertEquals("PENDING", steps.getString("find { it.step == 'H48' }.status"));
        assertEquals("CANCELLED", steps.getString("find { it.step == 'H60' }.status"));
        assertEquals("taken off the school's escalation ladder", steps.getString("find { it.step == 'H60' }.note"));
        assertEquals(List.of("PRIVACY_OFFICER"), steps.getList("find { it.step == 'H72' }.recipients"));

        JsonPath other = as("privacy").get("/api/incidents/" + decided.getString("id") + "/escalations").then().extract().jsonPath();
        assertEquals(List.of("REPORT", "RECEIPT", "H24", "H48", "H60", "H70", "H72"), other.getList("step"), "nothing new for a decided one");
        assertEquals("decision recorded", other.getString("find { it.step == 'H48' }.note"));
        assertEquals(List.of("PRIVACY_OFFICER", "MANAGER"), other.getList("find { it.step == 'H48' }.recipients"));

        // The new rung goes out when it is due, to its audience.
        MailBox.clear();
        sweepAt(Duration.ofHours(36));
        assertEquals(List.of("directie@ssgn.example", "privacy-plv@ssgn.example", "privacy@ssgn.example"),
                MailBox.about(open.getString("reference")).stream().flatMap(m -> m.to().stream()).sorted().distinct().toList());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Separation of duties

    @Test
    void anIncidentIdIsNotFoundForTheAdminAndTheirListsAreRefused() {
        String id = report("SSGN", Duration.ZERO).getString("id");
        for (String path : List.of("", "/escalations", "/assessment", "/decision", "/filings", "/informing", "/ap-export")) {
            as(ADMIN).get("/api/incidents/" + id + path).then().statusCode(404).contentType("application/problem+json");
        }
        as(ADMIN).body("{\"reason\": \"Afgehandeld\"}").post("/api/incidents/" + id + "/close").then().statusCode(404);
        as(ADMIN).get("/api/incidents").then().statusCode(403);
        as(ADMIN).get("/api/deadlines").then().statusCode(403);
        WebSession page = WebSession.login(ADMIN);
        page.get("/meldingen/" + id).then().statusCode(404);
        page.get("/incidenten/" + id).then().statusCode(404);
        page.get("/").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/beheer"));
    }

    @Test
    void theAdminApiIsForTheAdminOnly() {
        for (String user : List.of("privacy", "fg", "directie", "medewerker")) {
            as(user).get("/api/admin/schools").then().statusCode(403).contentType("application/problem+json");
            as(user).body(STANDARD_LADDER).put("/api/admin/schools/SSGN/ladder").then().statusCode(403);
        }
    }
}
