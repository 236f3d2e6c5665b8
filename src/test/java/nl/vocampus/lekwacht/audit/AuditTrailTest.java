package nl.vocampus.lekwacht.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.LaptopReported;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the audit trail records: one record per change, read, export and sign-in, with who, role, target and address. */
@QuarkusTest
class AuditTrailTest extends LaptopReported {

    static final String ADMIN = "beheer";
    static final String LOCAL = "127.0.0.1";

    @Inject
    AuditRows audit;

    /** Runs {@code action} and answers the one record it left; fails when it left none or several. */
    private AuditRows.Row onlyRecordOf(Runnable action) {
        long before = audit.head();
        action.run();
        List<AuditRows.Row> added = audit.after(before);
        assertEquals(1, added.size(), "exactly one record, got " + added);
        return added.get(0);
    }

    private void assertRecord(AuditRows.Row row, String action, String actor, String roles, String incident, String school) {
        assertEquals(action, row.action(), row.toString());
        assertEquals(actor, row.actorName(), row.toString());
        assertEquals(actor, row.actorSubject(), "demo users' subject is their name");
        assertEquals(roles, row.actorRoles(), row.toString());
        assertEquals(incident == null ? null : UUID.fromString(incident), row.incidentId(), row.toString());
        assertEquals(school, row.schoolCode(), row.toString());
        assertEquals(LOCAL, row.remoteAddress(), row.toString());
    }

    @Test
    void aReportIsOneRecordOfItsReporter() {
        String[] created = new String[1];
        AuditRows.Row row = onlyRecordOf(() -> created[0] = nl.vocampus.lekwacht.support.Api.reportLostLaptop("2026-11-21T09:00:00+01:00"));
        assertRecord(row, "REPORT", STAFF, "staff", created[0], "SSGN");
    }

    @Test
    void everyChangeToAnIncidentIsOneRecordOfThePrivacyOfficer() {
        String path = "/api/incidents/" + id;
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("""
                {"awareAt": "2026-11-21T09:30:00+01:00", "justification": "later pas gezien"}""").put(path + "/awareness").then().statusCode(200)),
                "AWARENESS", PRIVACY, "privacy-officer", id, "SSGN");
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("{\"confidentiality\": true, \"encrypted\": \"NO\"}").put(path + "/assessment")
                .then().statusCode(200)), "ASSESS", PRIVACY, "privacy-officer", id, "SSGN");
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("""
                {"notifyAp": true, "reasoning": "Onversleuteld", "apReference": "M-1", "notifiedAt": "2026-11-21T10:30:00+01:00"}""")
                .post(path + "/decision").then().statusCode(200)), "DECIDE", PRIVACY, "privacy-officer", id, "SSGN");
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("""
                {"type": "SUPPLEMENT", "filedAt": "2026-11-21T10:40:00+01:00", "meldnummer": "M-1"}""")
                .post(path + "/filings").then().statusCode(201)), "FILE", PRIVACY, "privacy-officer", id, "SSGN");
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("""
                {"informedAt": "2026-11-21T10:30:00+01:00", "methods": ["EMAIL"], "peopleCount": 118}""")
                .post(path + "/informing").then().statusCode(201)), "INFORM", PRIVACY, "privacy-officer", id, "SSGN");
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("{\"reason\": \"Afgehandeld\"}").post(path + "/close").then().statusCode(200)),
                "CLOSE", PRIVACY, "privacy-officer", id, "SSGN");
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("{\"reason\": \"Nieuw feit\"}").post(path + "/reopen").then().statusCode(200)),
                "REOPEN", PRIVACY, "privacy-officer", id, "SSGN");
    }

    @Test
    void aRefusedChangeLeavesNoRecord() {
        long before = audit.head();
        as(PRIVACY).body("{\"reason\": \"Afgehandeld\"}").post("/api/incidents/" + id + "/close").then().statusCode(409);
        as(STAFF).body("{\"confidentiality\": true}").put("/api/incidents/" + id + "/assessment").then().statusCode(403);
        as("privacy2").body("{\"confidentiality\": true}").put("/api/incidents/" + id + "/assessment").then().statusCode(404);
        assertEquals(List.of(), audit.after(before));
    }

    @Test
    void everyReadOfAnIncidentsDetailsIsOneRecord() {
        for (String part : List.of("", "/assessment", "/decision", "/filings", "/informing", "/escalations")) {
            assertRecord(onlyRecordOf(() -> as(DPO).get("/api/incidents/" + id + part).then().statusCode(200)),
                    "READ_INCIDENT", DPO, "dpo", id, "SSGN");
        }
        assertRecord(onlyRecordOf(() -> as(STAFF).get("/api/incidents/" + id).then().statusCode(200)), "READ_INCIDENT", STAFF, "staff", id, "SSGN");
        long before = audit.head();
        as("medewerker2").get("/api/incidents/" + id).then().statusCode(404);
        as(STAFF).get("/api/incidents").then().statusCode(200);
        assertEquals(List.of(), audit.after(before), "a refused read and the list are no reads of details");
    }

    @Test
    void theIncidentPageIsOneReadAndItsApFormAnother() {
        WebSession fg = WebSession.login(DPO);
        assertRecord(onlyRecordOf(() -> assertEquals(200, fg.get("/incidenten/" + id).statusCode())), "READ_INCIDENT", DPO, "dpo", id, "SSGN");
        assertRecord(onlyRecordOf(() -> assertEquals(200, fg.get("/incidenten/" + id + "/ap-formulier").statusCode())),
                "READ_AP_FORM", DPO, "dpo", id, "SSGN");
        WebSession reporter = WebSession.login(STAFF);
        assertRecord(onlyRecordOf(() -> assertEquals(200, reporter.get("/meldingen/" + id).statusCode())), "READ_INCIDENT", STAFF, "staff", id, "SSGN");
    }

    @Test
    void aFormThatChangesTheIncidentIsOneRecordOfTheChange() {
        WebSession privacy = WebSession.login(PRIVACY);
        privacy.get("/incidenten/" + id);
        AuditRows.Row row = onlyRecordOf(() -> assertEquals(303, privacy.form().formParam("reasoning", "Versleuteld")
                .formParam("notifyAp", "false").post("/incidenten/" + id + "/besluit").statusCode()));
        assertRecord(row, "DECIDE", PRIVACY, "privacy-officer", id, "SSGN");
    }

    @Test
    void everyExportIsOneRecord() {
        assertRecord(onlyRecordOf(() -> as(DPO).get("/api/incidents/" + id + "/ap-export").then().statusCode(200)), "EXPORT_AP", DPO, "dpo", id, "SSGN");
        assertRecord(onlyRecordOf(() -> as(DPO).get("/api/register").then().statusCode(200)), "EXPORT_REGISTER", DPO, "dpo", null, null);
        assertRecord(onlyRecordOf(() -> as(PRIVACY).get("/api/register.csv?school=SSGN").then().statusCode(200)),
                "EXPORT_REGISTER_CSV", PRIVACY, "privacy-officer", null, "SSGN");
        WebSession fg = WebSession.login(DPO);
        assertRecord(onlyRecordOf(() -> assertEquals(200, fg.get("/register").statusCode())), "EXPORT_REGISTER", DPO, "dpo", null, null);
        assertRecord(onlyRecordOf(() -> assertEquals(200, fg.get("/register.csv").statusCode())), "EXPORT_REGISTER_CSV", DPO, "dpo", null, null);
    }

    @Test
    void everyChangeToTheSetUpIsOneRecordNamingTheSchool() {
        assertRecord(onlyRecordOf(() -> as(ADMIN).body("{\"code\": \"NOVA\", \"name\": \"Nova College\", \"foundation\": \"Stichting voCampus\"}")
                .post("/api/admin/schools").then().statusCode(201)), "SCHOOL", ADMIN, "admin", null, "NOVA");
        assertRecord(onlyRecordOf(() -> as(ADMIN).body("{\"name\": \"Nova Lyceum\", \"foundation\": \"Stichting voCampus\"}")
                .put("/api/admin/schools/NOVA").then().statusCode(200)), "SCHOOL", ADMIN, "admin", null, "NOVA");
        assertRecord(onlyRecordOf(() -> as(ADMIN).post("/api/admin/schools/SSGN/deactivate").then().statusCode(200)),
                "SCHOOL", ADMIN, "admin", null, "SSGN");
        assertRecord(onlyRecordOf(() -> as(ADMIN).post("/api/admin/schools/SSGN/reactivate").then().statusCode(200)),
                "SCHOOL", ADMIN, "admin", null, "SSGN");
        assertRecord(onlyRecordOf(() -> as(ADMIN).body("""
                {"rungs": [{"afterHours": 24, "kind": "REMINDER", "audience": ["PRIVACY_OFFICER"]}]}""")
                .put("/api/admin/schools/NOVA/ladder").then().statusCode(200)), "LADDER", ADMIN, "admin", null, "NOVA");
        assertRecord(onlyRecordOf(() -> as(PRIVACY).body("{\"kvkNumber\": \"41234567\"}").put("/api/schools/SSGN/controller")
                .then().statusCode(200)), "CONTROLLER", PRIVACY, "privacy-officer", null, "SSGN");
        assertRecord(onlyRecordOf(() -> as(ADMIN).body("""
                {"people": [{"name": "Privacy Nova", "email": "privacy@nova.example", "roles": ["PRIVACY_OFFICER"]},
                            {"name": "Leiding Nova", "email": "leiding@nova.example", "roles": ["MANAGER"], "defaultManager": true}]}""")
                .put("/api/admin/schools/NOVA/people").then().statusCode(200)), "PEOPLE", ADMIN, "admin", null, "NOVA");
        assertRecord(onlyRecordOf(() -> as(ADMIN).delete("/api/admin/schools/NOVA/teams-channel").then().statusCode(204)),
                "TEAMS_CHANNEL", ADMIN, "admin", null, "NOVA");
    }

    @Test
    void signingInAndOutIsRecorded() {
        AuditRows.Row login = onlyRecordOf(() -> WebSession.login(PRIVACY));
        assertRecord(login, "LOGIN", PRIVACY, "privacy-officer", null, null);

        WebSession session = WebSession.login(DPO);
        session.get("/register");
        AuditRows.Row logout = onlyRecordOf(() -> assertEquals(303, session.form().post("/logout").statusCode()));
        assertRecord(logout, "LOGOUT", DPO, "dpo", null, null);

        long before = audit.head();
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "privacy").formParam("j_password", "wrong").post("/j_security_check").then().statusCode(302);
        List<AuditRows.Row> failed = eventually(() -> audit.after(before));
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("LOGIN_FAILED", failed.get(0).action());
        assertEquals("privacy", failed.get(0).actorName(), "the name typed");
        assertNull(failed.get(0).actorSubject(), "nobody signed in");
        assertEquals(LOCAL, failed.get(0).remoteAddress());

        long calls = audit.head();
        as(STAFF).get("/api/incidents").then().statusCode(200);
        assertEquals(List.of(), audit.after(calls), "an API call with Basic is no sign-in");
    }

    private static <T extends List<?>> T eventually(Supplier<T> rows) {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        T found = rows.get();
        while (found.isEmpty() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = rows.get();
        }
        return found;
    }

    @Test
    void aChangeThatFailsTakesItsRecordWithIt() throws SQLException {
        audit.sql("alter table incident add constraint audit_test_fail check (summary <> 'Mislukt') not valid");
        try {
            long before = audit.head();
            as(STAFF).body(nl.vocampus.lekwacht.support.Api.lostLaptop("2026-11-21T09:00:00+01:00").replace("Laptop kwijt in de trein", "Mislukt"))
                    .post("/api/incidents").then().statusCode(500);
            assertEquals(List.of(), audit.after(before));
        } finally {
            audit.sql("alter table incident drop constraint audit_test_fail");
        }
    }

    @Test
    void aRecordThatFailsTakesItsChangeOrReadWithIt() throws SQLException {
        audit.sql("alter table audit_record add constraint audit_test_fail check (action not in ('ASSESS', 'READ_INCIDENT')) not valid");
        try {
            long before = audit.head();
            as(PRIVACY).body("{\"confidentiality\": true}").put("/api/incidents/" + id + "/assessment").then().statusCode(500)
                    .contentType("application/problem+json");
            as(PRIVACY).get("/api/incidents/" + id).then().statusCode(500).contentType("application/problem+json");
            assertEquals(500, WebSession.login(PRIVACY).get("/incidenten/" + id).statusCode(), "the page does not show unrecorded");
            assertEquals(List.of(), audit.after(before).stream().filter(r -> !r.action().equals("LOGIN")).toList());
        } finally {
            audit.sql("alter table audit_record drop constraint audit_test_fail");
        }
        as(PRIVACY).get("/api/incidents/" + id).then().statusCode(200).body("status", equalTo("REPORTED"));
    }

    @Test
    void theTableRefusesUpdateDeleteAndTruncate() {
        for (String statement : List.of("update audit_record set actor_name = 'x'", "delete from audit_record",
                "truncate audit_record", "select set_config('lekwacht.audit_purge', 'on', false); update audit_record set actor_name = 'x'")) {
            SQLException refused = assertThrows(SQLException.class, () -> audit.sql(statement), statement);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertTrue(audit.head() > 0, "nothing was removed");
    }
}
