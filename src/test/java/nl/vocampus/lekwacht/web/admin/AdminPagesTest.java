package nl.vocampus.lekwacht.web.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin pages through their forms, as a browser sends them: POST-redirect-GET, Dutch errors next to the fields. */
@QuarkusTest
class AdminPagesTest {

    @Inject
    RowCounts rows;

    WebSession beheer;

    @BeforeEach
    void login() {
        beheer = WebSession.login("beheer");
    }

    private static String fieldError(String page, String id) {
        int at = page.indexOf("id=\"" + id + "-error\"");
        assertTrue(at >= 0, "an error next to " + id);
        return page.substring(page.indexOf('>', at) + 1, page.indexOf('<', at));
    }

    @Test
    void theAdminLandsOnTheSchoolsOverviewWithBeheerInTheMenu() {
        Response home = beheer.get("/");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith("/beheer"));
        String page = beheer.get("/beheer").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<a href=\"/beheer\" aria-current=\"page\">Beheer</a>"));
        assertFalse(page.contains("href=\"/melden\""), "no report pages in the menu of an admin without an incident role");
        assertTrue(page.contains("Demo College") && page.contains("Stedelijke Scholengemeenschap Nijmegen"));
        assertFalse(WebSession.login("privacy").get("/melden").asString().contains("href=\"/beheer\""), "Beheer only for admins");
        WebSession.login("privacy").get("/beheer").then().statusCode(403);
    }

    @Test
    void aSchoolIsAddedRenamedAndActivatedThroughTheForms() {
        beheer.get("/beheer");
        Map<String, Long> before = rows.snapshot();
        String refused = beheer.form().formParam("code", "a b").formParam("name", "").formParam("foundation", "Stichting voCampus")
                .post("/beheer/scholen").then().statusCode(400).extract().asString();
        assertEquals("Gebruik 2 tot 32 letters of cijfers, zonder spaties.", fieldError(refused, "new-code"));
        assertEquals("Vul dit in.", fieldError(refused, "new-name"));
        assertTrue(refused.contains("value=\"a b\""), "what was typed stays");
        assertEquals(before, rows.snapshot(), "a refused form writes nothing");

        beheer.form().formParam("code", "lyceum").formParam("name", "Het Lyceum").formParam("foundation", "Stichting voCampus")
                .post("/beheer/scholen").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/beheer?opgeslagen=1"));
        String taken = beheer.form().formParam("code", "LYCEUM").formParam("name", "Nog een").formParam("foundation", "Stichting voCampus")
                .post("/beheer/scholen").then().statusCode(400).extract().asString();
        assertEquals("Dit is al in gebruik.", fieldError(taken, "new-code"));
        String overview = beheer.get("/beheer?opgeslagen=1").asString();
        assertTrue(overview.contains("Opgeslagen.") && overview.contains("Het Lyceum") && overview.contains("Gedeactiveerd"));

        beheer.form().formParam("name", "Het Stedelijk Lyceum").formParam("foundation", "Stichting voCampus")
                .post("/beheer/scholen/LYCEUM/naam").then().statusCode(303);
        as("beheer").get("/api/admin/schools/LYCEUM").then().body("name", equalTo("Het Stedelijk Lyceum"));
        String blank = beheer.form().formParam("name", " ").formParam("foundation", "Stichting voCampus")
                .post("/beheer/scholen/LYCEUM/naam").then().statusCode(400).extract().asString();
        assertEquals("Vul dit in.", fieldError(blank, "name-LYCEUM"));

        String noPeople = beheer.form().post("/beheer/scholen/LYCEUM/activeren").then().statusCode(409).extract().asString();
        assertTrue(noPeople.contains("Vul eerst de mensen in."));

        beheer.get("/beheer/scholen/LYCEUM/mensen").then().statusCode(200);
        String missing = beheer.form().formParam("name", "Privacy Lyceum").formParam("email", "privacy@lyceum.example")
                .formParam("roles", "PRIVACY_OFFICER").post("/beheer/scholen/LYCEUM/mensen").then().statusCode(400).extract().asString();
        assertTrue(missing.contains("id=\"people-list\""), "the directory's own rule, at the top of the list");
        as("beheer").body("""
                {"people": [
                  {"name": "Privacy Lyceum", "email": "privacy@lyceum.example", "roles": ["PRIVACY_OFFICER"]},
                  {"name": "Teamleider Lyceum", "email": "teamleider@lyceum.example", "roles": ["MANAGER"], "defaultManager": true}]}""")
                .put("/api/admin/schools/LYCEUM/people").then().statusCode(200);
        beheer.form().post("/beheer/scholen/LYCEUM/activeren").then().statusCode(303);
        as("medewerker").get("/api/schools").then().body("code", hasItem("LYCEUM"));
        beheer.form().post("/beheer/scholen/LYCEUM/deactiveren").then().statusCode(303);
        as("medewerker").get("/api/schools").then().body("code", not(hasItem("LYCEUM")));
    }

    @Test
    void peopleAreAddedChangedWithAnAbsenceAndRemoved() {
        beheer.get("/beheer/scholen/DEMO/mensen");
        String badEmail = beheer.form().formParam("name", "Mentor").formParam("email", "geen-adres").formParam("roles", "STAFF")
                .post("/beheer/scholen/DEMO/mensen").then().statusCode(400).extract().asString();
        assertEquals("Vul een geldig e-mailadres in, zoals naam@school.nl.", fieldError(badEmail, "new-email"));

        beheer.form().formParam("name", "Mentor Demo").formParam("email", "mentor@demo.example").formParam("roles", "MANAGER")
                .post("/beheer/scholen/DEMO/mensen").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/beheer/scholen/DEMO/mensen?opgeslagen=1"));
        List<Map<String, Object>> people = as("beheer").get("/api/admin/schools/DEMO/people").then().extract().jsonPath().getList("$");
        Object id = people.stream().filter(p -> p.get("email").equals("mentor@demo.example")).findFirst().orElseThrow().get("id");

        beheer.get("/beheer/scholen/DEMO/mensen");
        beheer.form().formParam("name", "Mentor Demo").formParam("email", "mentor@demo.example").formParam("subject", "mentor-oid")
                .formParam("roles", "MANAGER").formParam("roles", "MANAGEMENT").formParam("deputyEmail", "leidinggevende2@demo.example")
                .formParam("absenceFrom", "2026-12-21").formParam("absenceTo", "2027-01-03")
                .post("/beheer/scholen/DEMO/mensen/" + id).then().statusCode(303);
        as("beheer").get("/api/admin/schools/DEMO/people").then()
                .body("find { it.email == 'mentor@demo.example' }.roles", contains("MANAGER", "MANAGEMENT"))
                .body("find { it.email == 'mentor@demo.example' }.subject", equalTo("mentor-oid"))
                .body("find { it.email == 'mentor@demo.example' }.deputyEmail", equalTo("leidinggevende2@demo.example"))
                .body("find { it.email == 'mentor@demo.example' }.absences[0].from", equalTo("2026-12-20T23:00:00Z"))
                .body("find { it.email == 'mentor@demo.example' }.absences[0].to", equalTo("2027-01-03T23:00:00Z"));
        String page = beheer.get("/beheer/scholen/DEMO/mensen").asString();
        assertTrue(page.contains("Van 21-12-2026 tot en met 03-01-2027"));

        String halfPeriod = beheer.form().formParam("name", "Mentor Demo").formParam("email", "mentor@demo.example")
                .formParam("roles", "MANAGER").formParam("keepAbsence", "0").formParam("absenceFrom", "2027-02-01")
                .post("/beheer/scholen/DEMO/mensen/" + id).then().statusCode(400).extract().asString();
        assertEquals("Vul dit in.", fieldError(halfPeriod, "p" + id + "-absenceTo"));

        beheer.form().post("/beheer/scholen/DEMO/mensen/" + id + "/verwijderen").then().statusCode(303);
        as("beheer").get("/api/admin/schools/DEMO/people").then().body("email", not(hasItem("mentor@demo.example")));
    }

    @Test
    void theLadderIsShownAsATimelineAndItsFormNamesTheRungThatBreaksARule() {
        String page = beheer.get("/beheer/scholen/SSGN/ladder").then().statusCode(200).extract().asString();
        assertTrue(page.contains("ladder-mark ladder-at-24\""), "the 24 h mark a third along the 72 hours");
        assertTrue(page.contains("<strong>72 uur</strong>: Termijn verstreken"));

        Map<String, Long> before = rows.snapshot();
        String refused = beheer.form().formParam("hours-0", "24").formParam("kind-0", "REMINDER").formParam("audience-0", "PRIVACY_OFFICER")
                .formParam("hours-1", "72").formParam("kind-1", "FINAL_WARNING").formParam("audience-1", "PRIVACY_OFFICER")
                .formParam("hours-2", "").formParam("kind-2", "")
                .post("/beheer/scholen/SSGN/ladder").then().statusCode(400).extract().asString();
        assertTrue(fieldError(refused, "hours-1").startsWith("Alleen het bericht"));
        assertEquals(before, rows.snapshot());

        beheer.form().formParam("hours-0", "12").formParam("kind-0", "REMINDER").formParam("audience-0", "PRIVACY_OFFICER")
                .formParam("hours-1", "").formParam("kind-1", "")
                .formParam("hours-2", "72").formParam("kind-2", "OVERDUE").formParam("audience-2", "PRIVACY_OFFICER").formParam("audience-2", "DPO")
                .post("/beheer/scholen/SSGN/ladder").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/beheer/scholen/SSGN/ladder?opgeslagen=1"));
        as("beheer").get("/api/admin/schools/SSGN/ladder").then().body("rungs.afterHours", contains(12, 72))
                .body("rungs[1].audience", contains("PRIVACY_OFFICER", "DPO"));
    }

    @Test
    void theControllerDetailsAreSavedForTheApForm() {
        beheer.get("/beheer/scholen/SSGN/verwerkingsverantwoordelijke").then().statusCode(200);
        String tooLong = beheer.form().formParam("kvkNumber", "1".repeat(21))
                .post("/beheer/scholen/SSGN/verwerkingsverantwoordelijke").then().statusCode(400).extract().asString();
        assertEquals("Dit is te lang.", fieldError(tooLong, "kvkNumber"));
        beheer.form().formParam("address", "Postbus 7, 6500 AA Nijmegen").formParam("kvkNumber", "41234567")
                .formParam("contactName", "P. Rivacy").post("/beheer/scholen/SSGN/verwerkingsverantwoordelijke").then().statusCode(303);
        as("privacy").get("/api/schools/SSGN/controller").then().body("address", equalTo("Postbus 7, 6500 AA Nijmegen"))
                .body("sector", equalTo(null));
    }
}
