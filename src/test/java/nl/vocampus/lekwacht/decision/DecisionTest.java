package nl.vocampus.lekwacht.decision;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DecisionTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;
    @Inject
    RowCounts rows;

    private String id;

    @BeforeEach
    void report() {
        clock.set(Instant.parse("2026-11-21T10:00:00Z"));
        id = as(STAFF).body(lostLaptop("2026-11-21T09:00:00+01:00")).post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private io.restassured.response.ValidatableResponse decide(String user, String body) {
        return as(user).body(body).post("/api/incidents/" + id + "/decision").then();
    }

    @Test
    void onlyThePrivacyOfficerDecides() {
        Map<String, Long> before = rows.snapshot();
        for (String user : new String[]{STAFF, MANAGER, DPO}) {
            decide(user, "{\"notifyAp\": false, \"reasoning\": \"x\"}").statusCode(403).contentType(PROBLEM);
        }
        assertEquals(before, rows.snapshot());
    }

    @Test
    void aNotificationNeedsItsMeldnummerAndTime() {
        Map<String, Long> before = rows.snapshot();
        decide(PRIVACY, "{\"notifyAp\": true, \"reasoning\": \"Onversleuteld\"}")
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("apReference", "notifiedAt"));
        decide(PRIVACY, "{\"notifyAp\": false, \"reasoning\": \"Versleuteld\", \"apReference\": \"M-1\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("apReference"))
                .body("errors[0].message", containsString("only with notifyAp=true"));
        decide(PRIVACY, "{\"notifyAp\": false}")
                .statusCode(400).body("errors[0].field", equalTo("reasoning"));
        decide(PRIVACY, "{\"reasoning\": \"x\"}")
                .statusCode(400).body("errors[0].field", equalTo("notifyAp"));
        decide(PRIVACY, "{\"notifyAp\": true, \"reasoning\": \"x\", \"apReference\": \"M-1\", \"notifiedAt\": \"2026-11-22T10:00:00+01:00\"}")
                .statusCode(400).body("errors[0].field", equalTo("notifiedAt"))
                .body("errors[0].message", equalTo("must not be in the future"));
        assertEquals(before, rows.snapshot(), "rejected decisions write nothing");
        as(PRIVACY).get("/api/incidents/" + id).then().body("status", equalTo("REPORTED"));
    }

    @Test
    void aFiledNotificationIsRecordedOnce() {
        decide(PRIVACY, """
                {"notifyAp": true, "reasoning": "Onversleutelde laptop met cijferlijsten van 120 leerlingen",
                 "apReference": "M-2026-123456", "notifiedAt": "2026-11-21T10:30:00+01:00"}""")
                .statusCode(200)
                .body("notifyAp", equalTo(true))
                .body("apReference", equalTo("M-2026-123456"))
                .body("notifiedAt", equalTo("2026-11-21T09:30:00Z"));
        as(PRIVACY).get("/api/incidents/" + id).then()
                .body("status", equalTo("DECIDED"))
                .body("notifiedApAt", equalTo("2026-11-21T09:30:00Z"));

        Map<String, Long> before = rows.snapshot();
        decide(PRIVACY, "{\"notifyAp\": false, \"reasoning\": \"toch niet\"}")
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("has a decision already"));
        as(PRIVACY).body("{\"awareAt\": \"2026-11-21T09:30:00+01:00\", \"justification\": \"later bekend\"}")
                .put("/api/incidents/" + id + "/awareness").then().statusCode(409).contentType(PROBLEM);
        assertEquals(before, rows.snapshot());
    }

    @Test
    void afterTheDeadlineTheDelayMustBeExplained() {
        clock.set(Instant.parse("2026-11-24T12:00:00Z"));
        decide(PRIVACY, "{\"notifyAp\": false, \"reasoning\": \"Versleuteld\"}")
                .statusCode(400).body("errors[0].field", equalTo("delayReason"));
        decide(PRIVACY, "{\"notifyAp\": false, \"reasoning\": \"Versleuteld\", \"delayReason\": \"Privacy verantwoordelijke ziek, plaatsvervanger pas dinsdag bereikt\"}")
                .statusCode(200).body("delayReason", containsString("plaatsvervanger"));
    }

    @Test
    void aNotificationFiledInTimeNeedsNoDelayReasonEvenWhenRecordedLater() {
        clock.set(Instant.parse("2026-11-25T12:00:00Z"));
        decide(PRIVACY, "{\"notifyAp\": true, \"reasoning\": \"Gemeld\", \"apReference\": \"M-9\", \"notifiedAt\": \"2026-11-22T10:00:00+01:00\"}")
                .statusCode(200);
    }

    @Test
    void unknownIncidentsAreNotFound() {
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"x\"}")
                .post("/api/incidents/00000000-0000-4000-8000-000000000000/decision").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void awarenessChangesNeedTheirJustificationAndTheRightRole() {
        as(STAFF).body("{\"awareAt\": \"2026-11-21T09:30:00+01:00\", \"justification\": \"x\"}")
                .put("/api/incidents/" + id + "/awareness").then().statusCode(403).contentType(PROBLEM);
        as(PRIVACY).body("{\"awareAt\": \"2026-11-21T09:30:00+01:00\"}")
                .put("/api/incidents/" + id + "/awareness").then().statusCode(400).body("errors[0].field", equalTo("justification"));
        as(PRIVACY).body("{\"awareAt\": \"2026-11-21T08:30:00+01:00\", \"justification\": \"x\"}")
                .put("/api/incidents/" + id + "/awareness").then().statusCode(400).body("errors[0].field", equalTo("awareAt"));
        as(PRIVACY).get("/api/incidents/" + id).then().body("awareAt", equalTo("2026-11-21T08:00:00Z"));
    }
}
