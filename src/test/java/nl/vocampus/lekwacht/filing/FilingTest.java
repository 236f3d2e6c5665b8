package nl.vocampus.lekwacht.filing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.vocampus.lekwacht.support.LaptopReported;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FilingTest extends LaptopReported {

    static final String PROBLEM = "application/problem+json";

    /** Unique per test: the database is shared by every test class of a run. */
    String meldnummer = "M-" + UUID.randomUUID().toString().substring(0, 8);

    private ValidatableResponse file(String user, String type, String at, String number, String extra) {
        return as(user).body("{\"type\": \"%s\", \"filedAt\": \"%s\", \"meldnummer\": \"%s\"%s}".formatted(type, at, number, extra))
                .post("/api/incidents/" + id + "/filings").then();
    }

    private void notify(String at) {
        as(PRIVACY).body("""
                {"notifyAp": true, "reasoning": "Onversleuteld", "apReference": "%s", "notifiedAt": "%s"}""".formatted(meldnummer, at))
                .post("/api/incidents/" + id + "/decision").then().statusCode(200);
    }

    @Test
    void theDecisionToNotifyFilesTheInitialNotificationItself() {
        notify("2026-11-21T10:30:00+01:00");
        for (String reader : List.of(PRIVACY, DPO, MANAGER)) {
            as(reader).get("/api/incidents/" + id + "/filings").then().statusCode(200)
                    .body("type", contains("INITIAL"))
                    .body("[0].meldnummer", equalTo(meldnummer))
                    .body("[0].filedAt", equalTo("2026-11-21T09:30:00Z"))
                    .body("[0].filedAtLocal", equalTo("2026-11-21T10:30:00+01:00"))
                    .body("[0].decisionId", org.hamcrest.Matchers.notNullValue());
        }
        as(STAFF).get("/api/incidents/" + id + "/filings").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void followUpsQuoteTheInitialMeldnummerAndAWithdrawalAllowsANewInitial() {
        notify("2026-11-21T10:30:00+01:00");
        file(PRIVACY, "SUPPLEMENT", "2026-11-21T10:45:00+01:00", meldnummer, ", \"note\": \"118 betrokkenen\"").statusCode(201)
                .body("type", equalTo("SUPPLEMENT")).body("meldnummer", equalTo(meldnummer));
        file(PRIVACY, "CORRECTION", "2026-11-21T10:50:00+01:00", meldnummer, "").statusCode(201);

        Map<String, Long> before = rows.snapshot();
        file(PRIVACY, "CORRECTION", "2026-11-21T10:50:00+01:00", "M-other", "").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("meldnummer")).body("errors[0].message", containsString(meldnummer));
        file(PRIVACY, "SUPPLEMENT", "2026-11-21T10:00:00+01:00", meldnummer, "").statusCode(400)
                .body("errors[0].field", equalTo("filedAt")).body("errors[0].message", containsString("before the INITIAL"));
        file(PRIVACY, "INITIAL", "2026-11-21T10:50:00+01:00", "M-second", "").statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("not withdrawn"));
        assertEquals(before, rows.snapshot());

        file(PRIVACY, "WITHDRAWAL", "2026-11-21T10:55:00+01:00", meldnummer, ", \"note\": \"Laptop teruggevonden\"").statusCode(201);
        file(PRIVACY, "SUPPLEMENT", "2026-11-21T10:56:00+01:00", meldnummer, "").statusCode(409)
                .body("detail", containsString("no INITIAL notification that is not withdrawn"));
        file(PRIVACY, "INITIAL", "2026-11-21T10:58:00+01:00", meldnummer + "-2", "").statusCode(201);
        as(PRIVACY).get("/api/incidents/" + id + "/filings").then()
                .body("type", contains("INITIAL", "SUPPLEMENT", "CORRECTION", "WITHDRAWAL", "INITIAL"))
                .body("withdrawn", contains(true, false, false, false, false));
        as(PRIVACY).get("/api/incidents/" + id).then().body("notifiedApAt", equalTo("2026-11-21T09:30:00Z"));
    }

    @Test
    void followUpsNeedAnInitialAndTheInitialComesFromTheDecision() {
        Map<String, Long> before = rows.snapshot();
        file(PRIVACY, "SUPPLEMENT", "2026-11-21T10:50:00+01:00", meldnummer, "").statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("has no INITIAL notification"));
        file(PRIVACY, "INITIAL", "2026-11-21T10:50:00+01:00", meldnummer, "").statusCode(409)
                .body("detail", containsString("record the decision with notifyAp=true"));
        assertEquals(before, rows.snapshot());
    }

    @Test
    void aLateInitialNotificationNeedsTheReasonForTheDelay() {
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"Leek versleuteld\"}").post("/api/incidents/" + id + "/decision").then().statusCode(200);
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        Map<String, Long> before = rows.snapshot();
        file(PRIVACY, "INITIAL", "2026-11-25T09:00:00+01:00", meldnummer, "").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("delayReason")).body("errors[0].message", containsString("after the 72-hour deadline"));
        assertEquals(before, rows.snapshot());
        file(PRIVACY, "INITIAL", "2026-11-25T09:00:00+01:00", meldnummer, ", \"delayReason\": \"Pas later bleek de sleutel bekend\"").statusCode(201)
                .body("delayReason", equalTo("Pas later bleek de sleutel bekend"));
        // a follow-up after the deadline is normal (art. 33(4)): no reason needed
        file(PRIVACY, "SUPPLEMENT", "2026-11-25T10:00:00+01:00", meldnummer, "").statusCode(201);
    }

    @Test
    void aDecisionToNotifyAfterAReopenIsASupplementQuotingTheFirstNumber() {
        notify("2026-11-21T10:30:00+01:00");
        as(PRIVACY).body("{\"reason\": \"Meer leerlingen betrokken\", \"awareAt\": \"2026-11-21T10:45:00+01:00\"}")
                .post("/api/incidents/" + id + "/reopen").then().statusCode(200);
        Map<String, Long> before = rows.snapshot();
        as(PRIVACY).body("{\"notifyAp\": true, \"reasoning\": \"Aanvullen\", \"apReference\": \"M-new\", \"notifiedAt\": \"2026-11-21T10:50:00+01:00\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("apReference")).body("errors[0].message", containsString(meldnummer));
        assertEquals(before, rows.snapshot());
        as(PRIVACY).body("{\"notifyAp\": true, \"reasoning\": \"Aanvullen\", \"apReference\": \"" + meldnummer + "\", \"notifiedAt\": \"2026-11-21T10:50:00+01:00\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200).body("round", equalTo(2));
        as(PRIVACY).get("/api/incidents/" + id + "/filings").then().body("type", contains("INITIAL", "SUPPLEMENT"))
                .body("[1].note", containsString("ronde 2"));
    }

    @Test
    void badInputAndRolesAreRefusedWithoutWriting() {
        notify("2026-11-21T10:30:00+01:00");
        Map<String, Long> before = rows.snapshot();
        as(PRIVACY).body("{\"type\": \"FOLLOW_UP\", \"filedAt\": \"2026-11-21T10:30:00+01:00\", \"meldnummer\": \"x\"}")
                .post("/api/incidents/" + id + "/filings").then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("INITIAL, SUPPLEMENT, CORRECTION, WITHDRAWAL"));
        as(PRIVACY).body("{}").post("/api/incidents/" + id + "/filings").then().statusCode(400)
                .body("errors.field", hasItems("type", "filedAt", "meldnummer"));
        file(PRIVACY, "SUPPLEMENT", "2026-11-22T10:30:00+01:00", meldnummer, "").statusCode(400)
                .body("errors[0].message", equalTo("must not be in the future"));
        for (String user : List.of(STAFF, MANAGER, DPO)) {
            file(user, "SUPPLEMENT", "2026-11-21T10:45:00+01:00", meldnummer, "").statusCode(403).contentType(PROBLEM);
        }
        assertEquals(before, rows.snapshot());
    }
}
