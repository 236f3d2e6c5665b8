package nl.vocampus.lekwacht.incident;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IncidentApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void minimalLostDeviceReportIsStoredWithDeadlineAndReference() {
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        Response created = as(STAFF).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents");
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/incidents/[0-9a-f-]{36}"))
                .body("reference", matchesPattern("DL-2026-\\d{4}"))
                .body("status", equalTo("REPORTED"))
                .body("kind", equalTo("LOST_DEVICE"))
                .body("whatHappened", equalTo("DEVICE_OR_PAPER_LOST_OR_STOLEN"))
                .body("discoveredAt", equalTo("2026-11-20T07:15:00Z"))
                .body("awareAt", equalTo("2026-11-20T07:15:00Z"))
                .body("reportedAt", equalTo("2026-11-20T09:00:00Z"))
                .body("deadline", equalTo("2026-11-23T07:15:00Z"))
                .body("deadlineLocal", equalTo("2026-11-23T08:15:00+01:00"))
                .body("remainingSeconds", equalTo((int) Duration.between(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-23T07:15:00Z")).toSeconds()))
                .body("overdue", equalTo(false))
                .body("device.type", equalTo("LAPTOP"))
                .body("device.encrypted", equalTo("UNKNOWN"))
                .body("device.remoteWipe", equalTo("UNKNOWN"))
                .body("dataInvolved.groups", hasItem("PUPILS"))
                .body("dataInvolved.approximatePeople", equalTo(120))
                .body("reporter", equalTo(STAFF));

        String location = created.header("Location");
        String id = created.path("id");
        as(STAFF).get(location).then().statusCode(200)
                .body("id", equalTo(id))
                .body("reference", equalTo(created.path("reference")))
                .body("description", equalTo("Schoollaptop met cijferlijsten laten liggen"));
    }

    @Test
    void referencesCountUpWithinTheYear() {
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        String first = as(STAFF).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents").then().statusCode(201).extract().path("reference");
        String second = as(STAFF).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents").then().statusCode(201).extract().path("reference");
        int a = Integer.parseInt(first.substring("DL-2026-".length()));
        int b = Integer.parseInt(second.substring("DL-2026-".length()));
        assertEquals(a + 1, b, first + " then " + second);
    }

    @Test
    void stolenDeviceAndDataLeakReports() {
        as(STAFF).body("""
                {"kind": "STOLEN_DEVICE", "school": "ssgn", "summary": "Telefoon gestolen", "description": "Uit tas gestolen in de kantine",
                 "discoveredAt": "2026-11-21T12:00:00+01:00", "occurredFrom": "2026-11-21T10:00:00+01:00", "occurredTo": "2026-11-21T11:30:00+01:00",
                 "device": {"type": "PHONE", "schoolIssued": false, "encrypted": "YES", "screenLock": "YES", "remoteWipe": "DONE",
                            "policeReportNumber": "2026-123456"},
                 "dataInvolved": {"categories": ["NAME", "CONTACT_DETAILS"], "groups": ["PARENTS"], "approximatePeople": 30},
                 "measuresTaken": "Telefoon op afstand gewist"}""")
                .post("/api/incidents").then().statusCode(201)
                .body("kind", equalTo("STOLEN_DEVICE"))
                .body("school", equalTo("SSGN"))
                .body("occurredFrom", equalTo("2026-11-21T09:00:00Z"))
                .body("device.remoteWipe", equalTo("DONE"))
                .body("device.policeReportNumber", equalTo("2026-123456"))
                .body("dataInvolved.specialCategories", equalTo(false));

        as(STAFF).body("""
                {"kind": "DATA_LEAK", "school": "SSGN", "summary": "Cijferlijst naar hele klas gemaild",
                 "description": "Bijlage met cijfers van 3B naar alle ouders", "whatHappened": "EMAIL_WRONG_RECIPIENT",
                 "discoveredAt": "2026-11-22T16:00:00+01:00", "awareAt": "2026-11-22T17:30:00+01:00",
                 "dataInvolved": {"categories": ["NAME", "GRADES_TEST_RESULTS", "HEALTH"], "groups": ["PUPILS", "PARENTS"], "approximatePeople": 28}}""")
                .post("/api/incidents").then().statusCode(201)
                .body("kind", equalTo("DATA_LEAK"))
                .body("device", nullValue())
                .body("whatHappened", equalTo("EMAIL_WRONG_RECIPIENT"))
                .body("awareAt", equalTo("2026-11-22T16:30:00Z"))
                .body("deadline", equalTo("2026-11-25T16:30:00Z"))
                .body("dataInvolved.specialCategories", equalTo(true));
    }

    @Test
    void deadlineIsSeventyTwoClockHoursAcrossTheAutumnDaylightSavingChange() {
        // Summer time ends on Sunday 25 October 2026, 03:00 -> 02:00: 72 hours later is an hour earlier on the wall clock.
        as(STAFF).body(lostLaptop("2026-10-24T12:00:00+02:00")).post("/api/incidents").then().statusCode(201)
                .body("awareAt", equalTo("2026-10-24T10:00:00Z"))
                .body("deadline", equalTo("2026-10-27T10:00:00Z"))
                .body("deadlineLocal", equalTo("2026-10-27T11:00:00+01:00"));
    }

    @Test
    void deadlineIsSeventyTwoClockHoursAcrossTheSpringDaylightSavingChange() {
        // Summer time starts on Sunday 29 March 2026, 02:00 -> 03:00: 72 hours later is an hour later on the wall clock.
        as(STAFF).body(lostLaptop("2026-03-27T12:00:00+01:00")).post("/api/incidents").then().statusCode(201)
                .body("awareAt", equalTo("2026-03-27T11:00:00Z"))
                .body("deadline", equalTo("2026-03-30T11:00:00Z"))
                .body("deadlineLocal", equalTo("2026-03-30T13:00:00+02:00"));
    }

    @Test
    void reportPastItsDeadlineIsOverdueAtOnce() {
        clock.set(Instant.parse("2026-11-25T12:00:00Z"));
        as(STAFF).body(lostLaptop("2026-11-20T08:00:00+01:00")).post("/api/incidents").then().statusCode(201)
                .body("overdue", equalTo(true))
                .body("remainingSeconds", equalTo(-(int) Duration.between(Instant.parse("2026-11-23T07:00:00Z"), Instant.parse("2026-11-25T12:00:00Z")).toSeconds()));
    }

    @Test
    void staffSeeOnlyTheirOwnReports() {
        String othersId = as(MANAGER).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        String ownId = as(STAFF).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("id");

        as(STAFF).get("/api/incidents/" + othersId).then().statusCode(404)
                .contentType("application/problem+json");
        as(STAFF).get("/api/incidents/" + ownId).then().statusCode(200);
        as(STAFF).queryParam("size", 100).get("/api/incidents").then().statusCode(200)
                .body("items.reporter", everyItem(equalTo(STAFF)))
                .body("items.id", hasItem(ownId))
                .body("items.id", not(hasItem(othersId)));

        for (String reader : new String[]{PRIVACY, DPO, MANAGER}) {
            as(reader).get("/api/incidents/" + ownId).then().statusCode(200);
            as(reader).get("/api/incidents/" + othersId).then().statusCode(200);
        }
    }

    @Test
    void listIsSortedByDeadlineFilteredAndPaged() {
        as(PRIVACY).body(lostLaptop("2026-11-01T08:00:00+01:00")).post("/api/incidents").then().statusCode(201);
        as(PRIVACY).body(lostLaptop("2026-11-02T08:00:00+01:00")).post("/api/incidents").then().statusCode(201);

        Response page = as(PRIVACY).queryParam("kind", "LOST_DEVICE").queryParam("status", "REPORTED")
                .queryParam("school", "SSGN").queryParam("size", 100).get("/api/incidents");
        page.then().statusCode(200)
                .body("items.kind", everyItem(equalTo("LOST_DEVICE")))
                .body("items.status", everyItem(equalTo("REPORTED")))
                .body("page", equalTo(0))
                .body("size", equalTo(100));
        java.util.List<String> deadlines = page.path("items.deadline");
        for (int i = 1; i < deadlines.size(); i++) {
            assertTrue(Instant.parse(deadlines.get(i - 1)).compareTo(Instant.parse(deadlines.get(i))) <= 0, "sorted by deadline: " + deadlines);
        }

        int total = as(PRIVACY).get("/api/incidents").path("total");
        as(PRIVACY).queryParam("size", 1).queryParam("page", 1).get("/api/incidents").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("totalPages", equalTo(total));
        as(PRIVACY).queryParam("kind", "DATA_LEAK").queryParam("size", 100).get("/api/incidents").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("DATA_LEAK")));
    }

    @Test
    void schoolsAreListedWithTheirLeidinggevenden() {
        as(STAFF).get("/api/schools").then().statusCode(200)
                .body("code", hasItems("SSGN", "DEMO"))
                .body("find { it.code == 'SSGN' }.managers.email", hasItems("leidinggevende@ssgn.example", "afdelingsleider@ssgn.example"))
                .body("find { it.code == 'SSGN' }.managers.find { it.email == 'leidinggevende@ssgn.example' }.isDefault", equalTo(true))
                .body("find { it.code == 'DEMO' }.managers.email", hasItem("leidinggevende2@demo.example"));
    }
}
