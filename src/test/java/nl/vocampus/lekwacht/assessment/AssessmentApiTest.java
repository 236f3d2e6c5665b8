package nl.vocampus.lekwacht.assessment;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.support.LaptopReported;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AssessmentApiTest extends LaptopReported {

    static final String PROBLEM = "application/problem+json";

    static final String ENCRYPTED = """
            {"confidentiality": true, "availability": true, "dataCategories": ["NAME", "GRADES_TEST_RESULTS"],
             "numberOfPeople": 120, "childrenInvolved": true, "encrypted": "YES", "keyCompromised": "NO",
             "encryptionDescription": "BitLocker met TPM en pincode", "backupAvailable": "YES", "remoteWipe": "DONE",
             "examResultsInvolved": false, "severity": "NEGLIGIBLE", "consequences": "Geen",
             "cause": "Laptop in de trein laten liggen", "measuresTaken": "Op afstand gewist"}""";

    @Test
    void beforeTheFirstAssessmentTheDraftComesFromTheReport() {
        as(PRIVACY).get("/api/incidents/" + id + "/assessment").then().statusCode(200)
                .body("assessed", equalTo(false))
                .body("status", equalTo("REPORTED"))
                .body("assessment.encrypted", equalTo("UNKNOWN"))
                .body("assessment.numberOfPeople", equalTo(120))
                .body("assessment.childrenInvolved", equalTo(true))
                .body("suggestion.outcome", equalTo("NOTIFY_AP_AND_INFORM_PEOPLE"))
                .body("suggestion.rules.code", hasItems("UNPROTECTED_DEVICE_NOTIFY", "MANY_PEOPLE_INFORM_PEOPLE"));
    }

    @Test
    void theFirstAssessmentStartsAssessingAndReturnsTheSuggestionWithDutchReasons() {
        as(PRIVACY).body(ENCRYPTED).put("/api/incidents/" + id + "/assessment").then().statusCode(200)
                .body("assessed", equalTo(true))
                .body("status", equalTo("ASSESSING"))
                .body("assessedBy", equalTo("privacy"))
                .body("assessment.encryptionDescription", equalTo("BitLocker met TPM en pincode"))
                .body("suggestion.outcome", equalTo("REGISTER_ONLY"))
                .body("suggestion.rules.code", hasItem("ENCRYPTED_DEVICE_REGISTER_ONLY"))
                .body("suggestion.rules.explanation", hasItem(containsString("versleuteld")));
        as(PRIVACY).get("/api/incidents/" + id).then().body("status", equalTo("ASSESSING"));
        for (String reader : List.of(PRIVACY, DPO, MANAGER)) {
            as(reader).get("/api/incidents/" + id + "/assessment").then().statusCode(200)
                    .body("assessed", equalTo(true)).body("suggestion.outcome", equalTo("REGISTER_ONLY"));
        }
    }

    @Test
    void replacingKeepsEachChangeInTheHistoryAndTheSuggestionFollowsTheClock() {
        as(PRIVACY).body(ENCRYPTED).put("/api/incidents/" + id + "/assessment").then().statusCode(200);
        clock.set(NOW.plus(Duration.ofHours(50)));
        as(PRIVACY).body(ENCRYPTED.replace("\"keyCompromised\": \"NO\"", "\"keyCompromised\": \"YES\""))
                .put("/api/incidents/" + id + "/assessment").then().statusCode(200)
                .body("status", equalTo("ASSESSING"))
                .body("suggestion.outcome", equalTo("NOTIFY_AP_AND_INFORM_PEOPLE"))
                .body("suggestion.notifyNowAdvice", equalTo(true))
                .body("suggestion.rules.code", hasItems("ENCRYPTION_KEY_EXPOSED_NOTIFY", "CLOCK_48H_NOTIFY_NOW"));
        List<Map<String, Object>> events = AssessmentHistory.events(id);
        assertTrue(events.stream().anyMatch(e -> "ASSESSED".equals(e.get("type"))), events.toString());
        Map<String, Object> change = events.stream().filter(e -> "ASSESSMENT_CHANGED".equals(e.get("type"))).findFirst().orElseThrow();
        assertTrue(change.get("detail").toString().contains("keyCompromised: NO -> YES"), change.toString());
    }

    @Test
    void onlyThePrivacyOfficerAssessesAndStaffCannotRead() {
        Map<String, Long> before = rows.snapshot();
        for (String user : List.of(STAFF, MANAGER, DPO)) {
            as(user).body(ENCRYPTED).put("/api/incidents/" + id + "/assessment").then().statusCode(403).contentType(PROBLEM);
        }
        as(STAFF).get("/api/incidents/" + id + "/assessment").then().statusCode(403).contentType(PROBLEM);
        assertEquals(before, rows.snapshot());
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        Map<String, Long> before = rows.snapshot();
        as(PRIVACY).body("{\"numberOfPeople\": -1, \"unavailabilityHours\": -2, \"notes\": \"" + "x".repeat(8001) + "\"}")
                .put("/api/incidents/" + id + "/assessment").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("numberOfPeople", "unavailabilityHours", "notes"));
        as(PRIVACY).body("{\"encrypted\": \"MAYBE\"}").put("/api/incidents/" + id + "/assessment").then().statusCode(400)
                .body("errors[0].field", equalTo("encrypted")).body("errors[0].message", containsString("YES, NO, UNKNOWN"));
        as(PRIVACY).body("{\"dataCategories\": [\"NAME\", \"SHOE_SIZE\"]}").put("/api/incidents/" + id + "/assessment").then().statusCode(400)
                .body("errors[0].field", equalTo("dataCategories[1]"));
        as(PRIVACY).body("{\"colour\": \"red\"}").put("/api/incidents/" + id + "/assessment").then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        as(PRIVACY).body(ENCRYPTED).put("/api/incidents/00000000-0000-4000-8000-000000000000/assessment").then().statusCode(404).contentType(PROBLEM);
        assertEquals(before, rows.snapshot());
        as(PRIVACY).get("/api/incidents/" + id).then().body("status", equalTo("REPORTED"));
    }

    @Test
    void theDecisionKeepsTheSuggestionShownAndMayDifferFromIt() {
        as(PRIVACY).body(ENCRYPTED).put("/api/incidents/" + id + "/assessment").then().statusCode(200);
        as(PRIVACY).body("""
                {"notifyAp": true, "reasoning": "Toch gemeld: de pincode stond mogelijk op een sticker",
                 "apReference": "M-ASSESS-1", "notifiedAt": "2026-11-21T10:30:00+01:00"}""")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200)
                .body("suggestedOutcome", equalTo("REGISTER_ONLY"))
                .body("suggestedRules", hasItem("ENCRYPTED_DEVICE_REGISTER_ONLY"))
                .body("decidedOutcome", equalTo("NOTIFY_AP"))
                .body("followsSuggestion", equalTo(false))
                .body("round", equalTo(1));
        as(PRIVACY).body(ENCRYPTED).put("/api/incidents/" + id + "/assessment").then().statusCode(409).contentType(PROBLEM)
                .body("currentStatus", equalTo("DECIDED"))
                .body("allowedTransitions.action", hasItems("close", "reopen"));
        as(DPO).get("/api/incidents/" + id + "/decision").then().statusCode(200)
                .body("[0].suggestedOutcome", equalTo("REGISTER_ONLY")).body("[0].reasoning", containsString("sticker"));
        as(PRIVACY).get("/api/incidents/" + id + "/assessment").then().body("status", equalTo("DECIDED"))
                .body("suggestion.rules.code", not(hasItem(containsString("CLOCK"))));
    }

    @Test
    void decidingWithoutAnAssessmentKeepsTheSuggestionFromTheReport() {
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"Laptop teruggevonden, ongeopend\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200)
                .body("suggestedOutcome", equalTo("NOTIFY_AP_AND_INFORM_PEOPLE"))
                .body("followsSuggestion", equalTo(false))
                .body("informPeople", equalTo(false))
                .body("apReference", nullValue())
                .body("suggestedSeverity", notNullValue());
    }
}
