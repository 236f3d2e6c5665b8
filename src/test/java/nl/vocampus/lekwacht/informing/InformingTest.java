package nl.vocampus.lekwacht.informing;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.support.LaptopReported;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InformingTest extends LaptopReported {

    @Test
    void recordedAndReadByThePeopleWhoSeeEverything() {
        as(PRIVACY).body("""
                {"informedAt": "2026-11-21T10:30:00+01:00", "methods": ["EMAIL", "LETTER", "EMAIL"], "peopleCount": 118, "note": "Klas 3 en 4"}""")
                .post("/api/incidents/" + id + "/informing").then().statusCode(201)
                .body("methods", contains("LETTER", "EMAIL"))
                .body("peopleCount", equalTo(118))
                .body("informedAtLocal", equalTo("2026-11-21T10:30:00+01:00"));
        for (String reader : List.of(PRIVACY, DPO, MANAGER)) {
            as(reader).get("/api/incidents/" + id + "/informing").then().statusCode(200).body("peopleCount", contains(118));
        }
        as(STAFF).get("/api/incidents/" + id + "/informing").then().statusCode(403);
    }

    @Test
    void badInputIsNamedAndWritesNothing() {
        Map<String, Long> before = rows.snapshot();
        as(PRIVACY).body("{\"methods\": [], \"peopleCount\": 0}").post("/api/incidents/" + id + "/informing").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("informedAt", "methods", "peopleCount"));
        as(PRIVACY).body("{\"informedAt\": \"2026-11-21T10:30:00+01:00\", \"methods\": [\"PIGEON\"], \"peopleCount\": 3}")
                .post("/api/incidents/" + id + "/informing").then().statusCode(400).body("errors[0].field", equalTo("methods[0]"));
        as(PRIVACY).body("{\"informedAt\": \"2026-11-20T10:30:00+01:00\", \"methods\": [\"PHONE\"], \"peopleCount\": 3}")
                .post("/api/incidents/" + id + "/informing").then().statusCode(400).body("errors[0].field", equalTo("informedAt"));
        as(DPO).body("{\"informedAt\": \"2026-11-21T10:30:00+01:00\", \"methods\": [\"PHONE\"], \"peopleCount\": 3}")
                .post("/api/incidents/" + id + "/informing").then().statusCode(403);
        assertEquals(before, rows.snapshot());
    }
}
