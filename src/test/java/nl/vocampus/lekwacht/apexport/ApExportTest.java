package nl.vocampus.lekwacht.apexport;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.vocampus.lekwacht.support.LaptopReported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApExportTest extends LaptopReported {

    static final String NO_CONTROLLER = "{}";
    static final String CONTROLLER = """
            {"address": "Postbus 1, 6500 AA Nijmegen", "kvkNumber": "41234567", "sector": "Onderwijs",
             "contactName": "P. Rivacy", "contactJobTitle": "Privacy verantwoordelijke", "contactPhone": "024 123 45 67"}""";

    @AfterEach
    void resetController() {
        as(PRIVACY).body(NO_CONTROLLER).put("/api/schools/SSGN/controller").then().statusCode(200);
    }

    private static JsonPath export(String user, String id) {
        return as(user).get("/api/incidents/" + id + "/ap-export").then().statusCode(200).extract().jsonPath();
    }

    private static String answer(JsonPath export, String question) {
        return export.getString("chapters.questions.flatten().find { it.id == '" + question + "' }.answer");
    }

    @Test
    void tenChaptersInTheFormsOrderWithEveryUnansweredQuestionListed() {
        as(PRIVACY).body(NO_CONTROLLER).put("/api/schools/SSGN/controller").then().statusCode(200);
        JsonPath export = export(PRIVACY, id);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), export.getList("chapters.number"));
        assertEquals(List.of("Inleiding", "Internationaal", "Verwerkingsverantwoordelijke", "Tijdlijn", "De inbreuk", "Gegevens",
                "Betrokkenen", "Beveiliging vooraf", "Gevolgen", "Vervolgacties"), export.getList("chapters.title"));
        assertEquals("Nieuwe melding", answer(export, "1.1"));
        assertEquals("Algemene verordening gegevensbescherming (AVG)", answer(export, "1.2"));
        assertEquals("Onbekend", answer(export, "4.1"), "an unknown start is an answer the AP accepts");
        assertEquals("21-11-2026 09:00", answer(export, "4.3"));
        assertEquals("Stichting voCampus (Stedelijke Scholengemeenschap Nijmegen)", answer(export, "3.1"));
        assertEquals("Onbekend", answer(export, "8.1"), "the report said encryption UNKNOWN");
        assertNull(answer(export, "4.5"), "how it was discovered was not reported");

        List<String> missing = export.getList("missing.id");
        assertTrue(missing.containsAll(List.of("1.3", "2.1", "3.2", "3.3", "3.7", "3.8", "3.9", "4.5", "5.1", "6.1", "6.3", "7.2",
                "9.1", "9.2", "10.1", "10.4")), missing.toString());
        assertFalse(missing.contains("1.2"));
        assertTrue(export.getList("missing.question").contains("Hoe is de inbreuk ontdekt?"));
        for (String reader : List.of(DPO, MANAGER)) {
            export(reader, id);
        }
        as(STAFF).get("/api/incidents/" + id + "/ap-export").then().statusCode(403);
        as(PRIVACY).get("/api/incidents/00000000-0000-4000-8000-000000000000/ap-export").then().statusCode(404);
    }

    @Test
    void aCompleteCaseLeavesOnlyWhatIsReallyUnknown() {
        as(PRIVACY).body(CONTROLLER).put("/api/schools/SSGN/controller").then().statusCode(200);
        as(PRIVACY).body("""
                {"confidentiality": true, "availability": true, "dataCategories": ["NAME", "GRADES_TEST_RESULTS", "HEALTH"],
                 "numberOfPeople": 40, "numberOfRecords": 40, "peopleDescription": "Leerlingen van klas 3B",
                 "childrenInvolved": true, "encrypted": "NO", "peopleInOtherCountries": "NO", "otherRegulators": "Geen",
                 "otherOrganisations": "Geen", "severity": "CONSIDERABLE", "consequences": "Gezondheidsinformatie leesbaar",
                 "measuresTaken": "Wachtwoorden gewijzigd"}""").put("/api/incidents/" + id + "/assessment").then().statusCode(200);
        as(PRIVACY).body("{\"notifyAp\": true, \"informPeople\": true, \"reasoning\": \"Gezondheidsgegevens\", "
                        + "\"apReference\": \"M-EXP-" + id.substring(0, 6) + "\", \"notifiedAt\": \"2026-11-21T10:30:00+01:00\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200);
        as(PRIVACY).body("{\"informedAt\": \"2026-11-21T10:45:00+01:00\", \"methods\": [\"LETTER\", \"PHONE\"], \"peopleCount\": 40}")
                .post("/api/incidents/" + id + "/informing").then().statusCode(201);

        JsonPath export = export(PRIVACY, id);
        assertTrue(answer(export, "1.1").startsWith("Vervolgmelding"), "the INITIAL notification is filed: what follows is a follow-up");
        assertEquals("41234567", answer(export, "3.3"));
        assertEquals("Functionaris gegevensbescherming voCampus (fg@vocampus.example)", answer(export, "3.4"));
        assertEquals("Niet van toepassing: binnen 72 uur", answer(export, "4.6"));
        assertEquals("vertrouwelijkheid, beschikbaarheid", answer(export, "5.1"));
        assertEquals("Apparaat, USB-stick of papier verloren of gestolen", answer(export, "5.2"));
        assertEquals("Ja: gezondheid", answer(export, "6.2"));
        assertEquals("Niet van toepassing", answer(export, "8.2"));
        assertEquals("Aanzienlijk", answer(export, "9.2"));
        assertEquals("Ja", answer(export, "10.1"));
        assertEquals("40", answer(export, "10.2"));
        assertEquals("brief, telefoon (21-11-2026 10:45)", answer(export, "10.3"));
        assertEquals(List.of("4.5"), export.getList("missing.id"), "only how it was discovered is still unknown");
    }

    @Test
    void aLateCaseAsksForTheReasonForTheDelay() {
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        JsonPath export = export(PRIVACY, id);
        assertNull(answer(export, "4.6"));
        assertTrue(export.getList("missing.id").contains("4.6"));
    }
}
