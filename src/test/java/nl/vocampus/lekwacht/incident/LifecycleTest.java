package nl.vocampus.lekwacht.incident;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.vocampus.lekwacht.support.LaptopReported;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** REPORTED → ASSESSING → DECIDED → CLOSED, reopen, and every refused move. */
@QuarkusTest
class LifecycleTest extends LaptopReported {

    static final String PROBLEM = "application/problem+json";
    static final String ASSESS = "{\"confidentiality\": true, \"encrypted\": \"NO\"}";
    static final String REGISTER_ONLY = "{\"notifyAp\": false, \"reasoning\": \"Versleuteld, sleutel veilig\"}";

    private ValidatableResponse post(String user, String action, String body) {
        return as(user).body(body).post("/api/incidents/" + id + "/" + action).then();
    }

    private ValidatableResponse assess() {
        return as(PRIVACY).body(ASSESS).put("/api/incidents/" + id + "/assessment").then();
    }

    private String status() {
        return as(PRIVACY).get("/api/incidents/" + id).then().extract().path("status");
    }

    /** A refused move: 409 naming status and allowed moves, and not one row written. */
    private void refused(Runnable attempt, String current, String... allowed) {
        Map<String, Long> before = rows.snapshot();
        attempt.run();
        assertEquals(before, rows.snapshot(), "a refused transition writes nothing");
        assertEquals(current, status());
    }

    private void conflict(ValidatableResponse response, String current, String... allowed) {
        response.statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:lekwacht:problem:illegal-transition"))
                .body("currentStatus", equalTo(current))
                .body("detail", containsString("is " + current))
                .body("allowedTransitions.action", allowed.length == 0 ? equalTo(List.of()) : contains(allowed));
    }

    @Test
    void theWholeFlowWithCloseAndReopen() {
        assess().statusCode(200).body("status", equalTo("ASSESSING"));
        post(PRIVACY, "decision", REGISTER_ONLY).statusCode(200);
        assertEquals("DECIDED", status());
        post(PRIVACY, "close", "{\"reason\": \"Afgehandeld\"}").statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAt", equalTo("2026-11-21T10:00:00Z"));
        post(PRIVACY, "reopen", "{\"reason\": \"Sleutel bleek op een briefje te staan\"}").statusCode(200)
                .body("status", equalTo("ASSESSING")).body("closedAt", nullValue())
                .body("deadline", equalTo("2026-11-24T08:00:00Z"));
        assess().statusCode(200).body("status", equalTo("ASSESSING"));
        post(PRIVACY, "decision", "{\"notifyAp\": false, \"reasoning\": \"Toch laag risico\"}").statusCode(200).body("round", equalTo(2));
        as(PRIVACY).get("/api/incidents/" + id + "/decision").then().body("round", contains(1, 2));
        post(PRIVACY, "reopen", "{\"reason\": \"Nog een feit\"}").statusCode(200).body("status", equalTo("ASSESSING"));
    }

    @Test
    void closeNeedsNoBody() {
        post(PRIVACY, "decision", REGISTER_ONLY).statusCode(200);
        as(PRIVACY).contentType("application/json").post("/api/incidents/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void illegalTransitionsAre409AndChangeNothing() {
        // REPORTED: no close, no reopen
        refused(() -> conflict(post(PRIVACY, "close", "{}"), "REPORTED", "assess", "decide"), "REPORTED");
        refused(() -> conflict(post(PRIVACY, "reopen", "{\"reason\": \"x\"}"), "REPORTED", "assess", "decide"), "REPORTED");
        // ASSESSING: no close, no reopen
        assess().statusCode(200);
        refused(() -> conflict(post(PRIVACY, "close", "{}"), "ASSESSING", "assess", "decide"), "ASSESSING");
        refused(() -> conflict(post(PRIVACY, "reopen", "{\"reason\": \"x\"}"), "ASSESSING", "assess", "decide"), "ASSESSING");
        // DECIDED: no second decision, no assessment
        post(PRIVACY, "decision", REGISTER_ONLY).statusCode(200);
        refused(() -> conflict(post(PRIVACY, "decision", REGISTER_ONLY), "DECIDED", "close", "reopen"), "DECIDED");
        refused(() -> conflict(as(PRIVACY).body(ASSESS).put("/api/incidents/" + id + "/assessment").then(), "DECIDED", "close", "reopen"), "DECIDED");
        // CLOSED: only reopen
        post(PRIVACY, "close", "{}").statusCode(200);
        refused(() -> conflict(post(PRIVACY, "close", "{}"), "CLOSED", "reopen"), "CLOSED");
        refused(() -> conflict(post(PRIVACY, "decision", REGISTER_ONLY), "CLOSED", "reopen"), "CLOSED");
        refused(() -> conflict(as(PRIVACY).body(ASSESS).put("/api/incidents/" + id + "/assessment").then(), "CLOSED", "reopen"), "CLOSED");
    }

    @Test
    void onlyThePrivacyOfficerClosesAndReopensAndBadInputIsNamed() {
        post(PRIVACY, "decision", REGISTER_ONLY).statusCode(200);
        Map<String, Long> before = rows.snapshot();
        for (String user : List.of(STAFF, MANAGER, DPO)) {
            post(user, "close", "{}").statusCode(403).contentType(PROBLEM);
            post(user, "reopen", "{\"reason\": \"x\"}").statusCode(403).contentType(PROBLEM);
        }
        post(PRIVACY, "reopen", "{}").statusCode(400).body("errors.field", contains("reason"));
        post(PRIVACY, "reopen", "{\"reason\": \"x\", \"awareAt\": \"2026-11-22T09:00:00+01:00\"}").statusCode(400)
                .body("errors[0].field", equalTo("awareAt")).body("errors[0].message", equalTo("must not be in the future"));
        post(PRIVACY, "reopen", "{\"reason\": \"x\", \"awareAt\": \"2026-11-20T09:00:00+01:00\"}").statusCode(400)
                .body("errors[0].field", equalTo("awareAt")).body("errors[0].message", containsString("current moment of awareness"));
        post(PRIVACY, "reopen", "{\"reason\": \"x\", \"awareAt\": \"gisteren\"}").statusCode(400).body("errors[0].field", equalTo("awareAt"));
        post(PRIVACY, "close", "{\"reason\": \"" + "x".repeat(4001) + "\"}").statusCode(400).body("errors[0].field", equalTo("reason"));
        as(PRIVACY).body("{}").post("/api/incidents/00000000-0000-4000-8000-000000000000/close").then().statusCode(404).contentType(PROBLEM);
        assertEquals(before, rows.snapshot());
        assertEquals("DECIDED", status());
    }

    @Test
    void reopenWithNewAwarenessStartsANewClockWithItsOwnEscalationRound() {
        post(PRIVACY, "decision", REGISTER_ONLY).statusCode(200);
        // Not swept yet: the notice to the leidinggevende and the receipt still go out; every rung stopped.
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("findAll { it.status == 'PENDING' }.step", containsInAnyOrder("REPORT", "RECEIPT"));
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        post(PRIVACY, "reopen", "{\"reason\": \"Herstelsleutel lag in de tas\", \"awareAt\": \"2026-11-25T08:30:00+01:00\"}")
                .statusCode(200)
                .body("status", equalTo("ASSESSING"))
                .body("awareAt", equalTo("2026-11-25T07:30:00Z"))
                .body("deadline", equalTo("2026-11-28T07:30:00Z"))
                .body("overdue", equalTo(false));
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("findAll { it.status == 'PENDING' && it.step.startsWith('R2-') }.step", contains("R2-H24", "R2-H48", "R2-H60", "R2-H70", "R2-H72"))
                .body("findAll { it.status == 'PENDING' }.dueAt", hasItems("2026-11-26T07:30:00Z", "2026-11-28T07:30:00Z"))
                .body("findAll { it.status == 'CANCELLED' }.step", hasItems("H24", "H72"));
        // The new decision stops the new round as well.
        post(PRIVACY, "decision", "{\"notifyAp\": false, \"reasoning\": \"Schijf was leeg\"}").statusCode(200)
                .body("round", equalTo(2)).body("cancelledSteps", equalTo(5));
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("findAll { it.status == 'PENDING' }.step", containsInAnyOrder("REPORT", "RECEIPT"));
    }

    @Test
    void reopenWithoutNewAwarenessPlansOnlyWhatIsLeftOfTheOldClock() {
        post(PRIVACY, "decision", REGISTER_ONLY).statusCode(200);
        clock.set(Instant.parse("2026-11-22T20:00:00Z")); // 36 h after awareness
        post(PRIVACY, "reopen", "{\"reason\": \"Nieuwe informatie\"}").statusCode(200).body("deadline", equalTo("2026-11-24T08:00:00Z"));
        as(PRIVACY).get("/api/incidents/" + id + "/escalations").then()
                .body("findAll { it.status == 'PENDING' }.step", containsInAnyOrder("REPORT", "RECEIPT", "R2-H48", "R2-H60", "R2-H70", "R2-H72"));
        as(PRIVACY).get("/api/incidents/" + id).then().body("closedAt", nullValue()).body("awareAt", notNullValue());
    }
}
