package nl.vocampus.lekwacht.incident;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every client error is problem+json naming what is wrong, and changes nothing. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;
    @Inject
    RowCounts rows;

    private Map<String, Long> before;

    @BeforeEach
    void fixClock() {
        clock.set(Instant.parse("2026-11-20T12:00:00Z"));
        before = rows.snapshot();
    }

    @AfterEach
    void nothingWasWritten() {
        clock.reset();
        assertEquals(before, rows.snapshot(), "a rejected request must write nothing");
    }

    private ValidatableResponse post(String body) {
        return as(STAFF).body(body).post("/api/incidents").then();
    }

    private static String withField(String json, String replaceWhat, String replacement) {
        return json.replace(replaceWhat, replacement);
    }

    @Test
    void missingRequiredFieldsAreAllNamed() {
        post("{\"kind\": \"DATA_LEAK\"}")
                .statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid input"))
                .body("instance", equalTo("/api/incidents"))
                .body("errors.field", hasItems("school", "summary", "description", "discoveredAt"));
    }

    @Test
    void emptyBodyIsRejected() {
        as(STAFF).post("/api/incidents").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("\"LAPTOP\"", "\"TYPEWRITER\""))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("device.type"))
                .body("errors[0].message", equalTo("must be one of: LAPTOP, PHONE, TABLET, USB_STICK, EXTERNAL_DRIVE, PAPER, OTHER"));
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("\"LOST_DEVICE\"", "\"LOST\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("LOST_DEVICE, STOLEN_DEVICE, DATA_LEAK"));
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("[\"PUPILS\"]", "[\"PUPILS\", \"ALIENS\"]"))
                .statusCode(400)
                .body("errors[0].field", equalTo("dataInvolved.groups[1]"))
                .body("errors[0].message", containsString("PUPILS, PARENTS, STAFF, OTHER"));
    }

    @Test
    void malformedFieldsAreNamed() {
        post(lostLaptop("yesterday morning"))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("discoveredAt"))
                .body("errors[0].message", containsString("ISO-8601"));
        post(lostLaptop("2026-11-20T08:15:00"))
                .statusCode(400)
                .body("errors[0].field", equalTo("discoveredAt"));
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("120", "\"veel\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("dataInvolved.approximatePeople"));
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("120", "-3"))
                .statusCode(400)
                .body("errors[0].field", equalTo("dataInvolved.approximatePeople"));
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("\"Laptop kwijt in de trein\"", "\"" + "x".repeat(201) + "\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("summary"));
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("\"Laptop kwijt in de trein\"", "\"   \""))
                .statusCode(400)
                .body("errors[0].field", equalTo("summary"));
    }

    @Test
    void unknownFieldsAreNamed() {
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("\"kind\"", "\"discoverdAt\": \"x\", \"kind\""))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("discoverdAt"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void unknownSchoolIsNamed() {
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("\"SSGN\"", "\"NOPE\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("school"))
                .body("errors[0].message", containsString("SSGN"));
    }

    @Test
    void discoveryInTheFutureIsRejectedBeyondTheClockSkew() {
        // 12:00Z now; 13:04+01:00 is four minutes ahead and allowed as clock skew, 13:10+01:00 is not.
        post(lostLaptop("2026-11-20T13:10:00+01:00"))
                .statusCode(400)
                .body("errors[0].field", equalTo("discoveredAt"))
                .body("errors[0].message", equalTo("must not be in the future"));
    }

    @Test
    void discoveryWithinTheClockSkewIsAccepted() {
        post(lostLaptop("2026-11-20T13:04:00+01:00")).statusCode(201);
        before = rows.snapshot();
    }

    @Test
    void occurrenceMomentsMustBeInOrder() {
        String base = lostLaptop("2026-11-20T08:15:00+01:00");
        post(base.replace("\"discoveredAt\"", "\"occurredFrom\": \"2026-11-19T10:00:00+01:00\", \"occurredTo\": \"2026-11-19T09:00:00+01:00\", \"discoveredAt\""))
                .statusCode(400)
                .body("errors.field", hasItem("occurredTo"))
                .body("errors.message", hasItem("must not be before occurredFrom"));
        post(base.replace("\"discoveredAt\"", "\"occurredFrom\": \"2026-11-20T09:00:00+01:00\", \"discoveredAt\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("discoveredAt"))
                .body("errors[0].message", containsString("must not be before occurredFrom"));
        post(base.replace("\"discoveredAt\"", "\"awareAt\": \"2026-11-20T08:00:00+01:00\", \"discoveredAt\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("awareAt"));
    }

    @Test
    void deviceMustMatchTheKind() {
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("\"device\": {\"type\": \"LAPTOP\", \"schoolIssued\": true, \"encrypted\": \"UNKNOWN\"},", ""))
                .statusCode(400)
                .body("errors[0].field", equalTo("device"))
                .body("errors[0].message", equalTo("is required for LOST_DEVICE"));
        post(lostLaptop("2026-11-20T08:15:00+01:00").replace("LOST_DEVICE", "DATA_LEAK"))
                .statusCode(400)
                .body("errors[0].field", equalTo("device"));
    }

    @Test
    void malformedJsonIsRejected() {
        post("{\"kind\": \"LOST_DEVICE\", ")
                .statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"));
        post("[1, 2]")
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void bodyOver64KiBIsRefused() {
        String huge = lostLaptop("2026-11-20T08:15:00+01:00").replace("Schoollaptop met cijferlijsten laten liggen", "x".repeat(70_000));
        post(huge).statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void wrongContentTypeIsRefused() {
        RestAssured.given().auth().preemptive().basic(STAFF, "demo")
                .contentType("text/plain").body("Laptop kwijt").post("/api/incidents")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void unknownIdsAreNotFound() {
        as(PRIVACY).get("/api/incidents/7b1f4c1e-0000-4000-8000-000000000000").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("does not exist"));
        as(PRIVACY).get("/api/incidents/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        as(PRIVACY).get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
        as(PRIVACY).get("/api/schools/NOPE").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void missingOrWrongCredentialsAre401() {
        RestAssured.given().contentType("application/json").body(lostLaptop("2026-11-20T08:15:00+01:00"))
                .post("/api/incidents").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Basic"));
        RestAssured.given().get("/api/incidents").then().statusCode(401).contentType(PROBLEM);
        RestAssured.given().auth().preemptive().basic(STAFF, "wrong").get("/api/incidents").then().statusCode(401).contentType(PROBLEM);
        RestAssured.given().auth().preemptive().basic("nobody", "demo").get("/api/schools").then().statusCode(401);
        RestAssured.given().get("/q/openapi").then().statusCode(401);
    }

    @Test
    void healthIsOpen() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void wrongRoleIs403() {
        as(STAFF).body("""
                {"people": [{"roles": ["PRIVACY_OFFICER"], "name": "X", "email": "x@example.org"},
                            {"roles": ["MANAGER"], "name": "Y", "email": "y@example.org", "defaultManager": true}]}""")
                .put("/api/schools/SSGN/people").then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void badQueryParametersAreNamed() {
        as(PRIVACY).queryParam("status", "LOST").get("/api/incidents").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("REPORTED, ASSESSING, DECIDED, CLOSED"));
        as(PRIVACY).queryParam("size", "1000").get("/api/incidents").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(PRIVACY).queryParam("page", "abc").get("/api/incidents").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void invalidPeopleListsAreRejected() {
        as(PRIVACY).body("""
                {"people": [{"roles": ["MANAGER"], "name": "Y", "email": "not-an-address"}]}""")
                .put("/api/schools/SSGN/people").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("people[0].email"));
        as(PRIVACY).body("""
                {"people": [{"roles": ["MANAGER"], "name": "Y", "email": "y@example.org", "defaultManager": true}]}""")
                .put("/api/schools/SSGN/people").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("people"))
                .body("errors[0].message", containsString("privacy officer"));
        as(PRIVACY).body("""
                {"people": [{"roles": ["PRIVACY_OFFICER"], "name": "X", "email": "x@example.org", "subject": "privacy",
                             "deputyEmail": "nobody@example.org", "absences": [{"from": "2027-01-04T00:00:00+01:00", "to": "2026-12-21T00:00:00+01:00"}]},
                            {"roles": ["STAFF"], "name": "Y", "email": "X@example.org", "defaultManager": true}]}""")
                .put("/api/schools/SSGN/people").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("people[0].deputyEmail", "people[0].absences[0].to", "people[1].email",
                        "people[1].defaultManager", "people"));
        as(PRIVACY).get("/api/schools/SSGN/people").then().statusCode(200)
                .body("email", hasItems("privacy@ssgn.example", "leidinggevende@ssgn.example"));
    }
}
