package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportPageTest {

    private static final Pattern CREATED = Pattern.compile("/meldingen/([0-9a-f-]{36})\\?nieuw=1$");

    @Inject
    TestClock clock;

    @Inject
    RowCounts rows;

    WebSession staff;

    @BeforeEach
    void login() {
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        staff = WebSession.login(STAFF);
        staff.get("/melden").then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFormShowsTheProtocolsGuidanceAndSensibleDefaults() {
        String page = staff.get("/melden").then().statusCode(200).extract().asString();
        assertContains(page, "uiterlijk binnen 72 uur");
        assertContains(page, "denk niet &quot;het valt wel mee&quot;");
        assertContains(page, "je leidinggevende en de privacy verantwoordelijke meteen bericht");
        // discovered defaults to now in Amsterdam: 09:00 UTC is 10:00 in November
        assertContains(page, "id=\"discoveredDate\" name=\"discoveredDate\" value=\"2026-11-20\"");
        assertContains(page, "id=\"discoveredTime\" name=\"discoveredTime\" value=\"10:00\"");
        assertContains(page, "<option value=\"SSGN\" selected>");
        assertContains(page, "<label for=\"kind-LOST_DEVICE\">Verloren apparaat</label>");
        assertContains(page, "<label for=\"kind-DATA_LEAK\">Vermoedelijk datalek</label>");
        assertContains(page, "<label for=\"whatHappened-ADDRESSES_VISIBLE_IN_TO_CC\">E-mailadressen zichtbaar in Aan of CC in plaats van BCC</label>");
        assertContains(page, "<label for=\"categories-HEALTH\">Gezondheid");
        assertContains(page, "<legend>Bijzondere persoonsgegevens (AVG artikel 9)</legend>");
        assertContains(page, "id=\"deviceEncrypted-UNKNOWN\" name=\"deviceEncrypted\" value=\"UNKNOWN\" checked");
        assertContains(page, "name=\"csrf-token\" value=\"" + staff.csrfToken() + "\"");
    }

    @Test
    void aLostLaptopIsStoredAndTheConfirmationShowsReferenceAndDeadline() {
        Response posted = lostLaptop(staff.form()).post("/melden");
        posted.then().statusCode(303).header("Location", matchesPattern(".*/meldingen/[0-9a-f-]{36}\\?nieuw=1"));
        String id = idOf(posted);

        String page = staff.get("/meldingen/" + id + "?nieuw=1").then().statusCode(200).extract().asString();
        assertContains(page, "Bedankt, je melding is ontvangen.");
        assertTrue(page.matches("(?s).*<span class=\"reference\">DL-2026-\\d{4}</span>.*"), page);
        assertContains(page, "uiterlijk maandag 23 november 2026 om 08:15");
        assertContains(page, "nog 2 dagen en 22 uur");
        assertContains(page, "Wat gebeurt er nu?");
        assertContains(page, "Gemeld, nog niet beoordeeld");

        as(PRIVACY).get("/api/incidents/" + id).then().statusCode(200)
                .body("reporter", equalTo(STAFF))
                .body("kind", equalTo("LOST_DEVICE"))
                .body("discoveredAt", equalTo("2026-11-20T07:15:00Z"))
                .body("deadline", equalTo("2026-11-23T07:15:00Z"))
                .body("device.type", equalTo("LAPTOP"))
                .body("device.schoolIssued", equalTo(true))
                .body("device.encrypted", equalTo("NO"))
                .body("device.lastKnownLocation", equalTo("Trein Nijmegen-Arnhem"))
                .body("dataInvolved.categories", equalTo(java.util.List.of("NAME", "GRADES_TEST_RESULTS")))
                .body("dataInvolved.groups", equalTo(java.util.List.of("PUPILS")))
                .body("dataInvolved.approximatePeople", equalTo(120));
    }

    @Test
    void errorsAreShownInDutchNextToTheFieldsAndTheValuesAreKept() {
        Map<String, Long> before = rows.snapshot();
        Response response = staff.form()
                .formParam("kind", "LOST_DEVICE")
                .formParam("school", "SSGN")
                .formParam("summary", "  ")
                .formParam("description", "Tas met laptop laten staan")
                .formParam("discoveredDate", "2026-13-40")
                .formParam("discoveredTime", "08:15")
                .formParam("approximatePeople", "ongeveer dertig")
                .formParam("categories", "NAME")
                .post("/melden");
        response.then().statusCode(400).contentType(containsString("text/html"));
        String page = response.asString();
        assertContains(page, "<h2 id=\"error-summary-title\">Controleer je melding</h2>");
        assertContains(page, "<a href=\"#summary\">Vul een korte omschrijving in.</a>");
        assertContains(page, "<a href=\"#discoveredDate\">Vul een geldige datum in, zoals 20-11-2026.</a>");
        assertContains(page, "<a href=\"#deviceType\">Kies de soort apparaat.</a>");
        assertContains(page, "<a href=\"#approximatePeople\">Vul een heel getal in, zoals 25.</a>");
        assertContains(page, "<p class=\"field-error\" id=\"summary-error\">Vul een korte omschrijving in.</p>");
        assertContains(page, "aria-describedby=\"summary-hint summary-error\" aria-invalid=\"true\"");
        // what was typed is still there
        assertContains(page, ">Tas met laptop laten staan</textarea>");
        assertContains(page, "value=\"2026-13-40\"");
        assertContains(page, "value=\"ongeveer dertig\"");
        assertContains(page, "id=\"kind-LOST_DEVICE\" name=\"kind\" value=\"LOST_DEVICE\" checked");
        assertContains(page, "id=\"categories-NAME\" name=\"categories\" value=\"NAME\" checked");
        // the order of the summary follows the form
        assertTrue(page.indexOf("#summary\"") < page.indexOf("#discoveredDate\"")
                && page.indexOf("#discoveredDate\"") < page.indexOf("#deviceType\""), "summary in form order");
        assertEquals(before, rows.snapshot(), "a refused report writes nothing");
    }

    @Test
    void theServicesRulesComeBackInDutchToo() {
        Response response = lostLaptop(staff.form(), "discoveredDate", "2026-11-21",
                "occurredFromDate", "2026-11-19", "occurredFromTime", "09:00",
                "occurredToDate", "2026-11-18", "occurredToTime", "09:00").post("/melden");
        response.then().statusCode(400);
        String page = response.asString();
        assertContains(page, "<p class=\"field-error\" id=\"discoveredDate-error\">Dit moment ligt in de toekomst.</p>");
        assertContains(page, "<p class=\"field-error\" id=\"occurredToDate-error\">Het einde ligt voor het begin.</p>");
    }

    @Test
    void controlCharactersAndImpossibleYearsComeBackAsDutchFieldErrors() {
        Map<String, Long> before = rows.snapshot();
        Response response = lostLaptop(staff.form(), "summary", "Laptop\u0000 kwijt", "description", "Regel een\r\nRegel twee\u0007",
                "deviceLocation", "Trein\nArnhem", "discoveredDate", "1-1-0001").post("/melden");
        response.then().statusCode(400).contentType(containsString("text/html"));
        String page = response.asString();
        String invalid = "Hier staat een teken dat niet is toegestaan, zoals een stuurteken. Typ de tekst opnieuw in plaats van hem te plakken.";
        assertContains(page, "<p class=\"field-error\" id=\"summary-error\">" + invalid + "</p>");
        assertContains(page, "<p class=\"field-error\" id=\"description-error\">" + invalid + "</p>");
        assertContains(page, "<p class=\"field-error\" id=\"deviceLocation-error\">" + invalid + "</p>");
        assertEquals(before, rows.snapshot(), "a refused report writes nothing");

        response = lostLaptop(staff.form(), "description", "Regel een\r\nRegel twee\tmet tab", "discoveredDate", "1-1-0001").post("/melden");
        response.then().statusCode(400);
        assertContains(response.asString(), "<p class=\"field-error\" id=\"discoveredDate-error\">Dit moment ligt voor 1 januari 2000. Controleer het jaartal.</p>");
        assertTrue(!response.asString().contains("description-error"), "tab and line breaks are fine in a description");
        assertEquals(before, rows.snapshot(), "a refused report writes nothing");
    }

    @Test
    void aPostWithoutOrWithAWrongCsrfTokenIsRefusedAndStoresNothing() {
        Map<String, Long> before = rows.snapshot();
        lostLaptop(staff.formWithoutToken()).post("/melden").then().statusCode(400);
        lostLaptop(staff.formWithoutToken()).formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").post("/melden").then().statusCode(400);
        WebSession other = WebSession.login(STAFF);
        other.get("/melden");
        lostLaptop(staff.formWithoutToken()).formParam("csrf-token", other.csrfToken()).post("/melden").then().statusCode(400);
        assertEquals(before, rows.snapshot(), "a forged post writes nothing");
    }

    @Test
    void markupInADescriptionIsShownAsText() {
        Response posted = lostLaptop(staff.form(), "summary", "<b>vet</b> & zo",
                "description", "<script>alert(1)</script>").post("/melden");
        posted.then().statusCode(303);
        String page = staff.get("/meldingen/" + idOf(posted)).then().statusCode(200).extract().asString();
        assertContains(page, "&lt;script&gt;alert(1)&lt;/script&gt;");
        assertContains(page, "&lt;b&gt;vet&lt;/b&gt; &amp; zo");
        assertTrue(!page.contains("<script>alert(1)"), "no live script");
        String list = staff.get("/meldingen").then().statusCode(200).extract().asString();
        assertTrue(!list.contains("<b>vet</b>"), "escaped in the list too");
    }

    @Test
    void localTimesBecomeTheRightInstantAcrossDaylightSaving() {
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        // 25 October 2026 02:30 happens twice; the earlier one (summer time, +02:00) is taken
        String twice = idOf(lostLaptop(staff.form(), "discoveredDate", "2026-10-25", "discoveredTime", "02:30")
                .post("/melden").then().statusCode(303).extract().response());
        as(PRIVACY).get("/api/incidents/" + twice).then().body("discoveredAt", equalTo("2026-10-25T00:30:00Z"))
                .body("deadline", equalTo("2026-10-28T00:30:00Z"));
        // 29 March 2026 02:30 does not exist in Amsterdam
        String page = lostLaptop(staff.form(), "discoveredDate", "29-3-2026", "discoveredTime", "02:30")
                .post("/melden").then().statusCode(400).extract().asString();
        assertContains(page, "Dit tijdstip bestaat niet");
        // summer time, Dutch date notation
        String summer = idOf(lostLaptop(staff.form(), "discoveredDate", "1-7-2026", "discoveredTime", "14.05")
                .post("/melden").then().statusCode(303).extract().response());
        as(PRIVACY).get("/api/incidents/" + summer).then().body("discoveredAt", equalTo("2026-07-01T12:05:00Z"));
    }

    @Test
    void aDataLeakKeepsItsApQuestionAndIgnoresDeviceFields() {
        Response posted = staff.form()
                .formParam("kind", "DATA_LEAK")
                .formParam("school", "SSGN")
                .formParam("summary", "Cijferlijst naar hele klas gemaild")
                .formParam("description", "De cijferlijst van 3B is per ongeluk naar alle ouders gestuurd")
                .formParam("whatHappened", "EMAIL_WRONG_RECIPIENT")
                .formParam("discoveredDate", "2026-11-20")
                .formParam("discoveredTime", "08:15")
                .formParam("awareDate", "2026-11-20")
                .formParam("awareTime", "09:30")
                .formParam("deviceType", "LAPTOP")
                .formParam("deviceEncrypted", "UNKNOWN")
                .formParam("categories", "GRADES_TEST_RESULTS", "HEALTH")
                .formParam("groups", "PUPILS", "PARENTS")
                .post("/melden");
        posted.then().statusCode(303);
        as(PRIVACY).get("/api/incidents/" + idOf(posted)).then().statusCode(200)
                .body("kind", equalTo("DATA_LEAK"))
                .body("whatHappened", equalTo("EMAIL_WRONG_RECIPIENT"))
                .body("device", nullValue())
                .body("awareAt", equalTo("2026-11-20T08:30:00Z"))
                .body("deadline", equalTo("2026-11-23T08:30:00Z"))
                .body("dataInvolved.specialCategories", equalTo(true));
    }

    @Test
    void anUnknownReportIsANotFoundPage() {
        staff.get("/meldingen/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Niet gevonden"))
                .body(not(containsString("problem")));
    }

    /** The lost laptop of {@code Api.lostLaptop} as a form post; {@code changes} replace or add fields (key, value, key, value...). */
    static RequestSpecification lostLaptop(RequestSpecification form, String... changes) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("kind", "LOST_DEVICE");
        fields.put("school", "SSGN");
        fields.put("summary", "Laptop kwijt in de trein");
        fields.put("description", "Schoollaptop met cijferlijsten laten liggen");
        fields.put("discoveredDate", "2026-11-20");
        fields.put("discoveredTime", "08:15");
        fields.put("deviceType", "LAPTOP");
        fields.put("deviceSchoolIssued", "YES");
        fields.put("deviceEncrypted", "NO");
        fields.put("deviceScreenLock", "YES");
        fields.put("deviceRemoteWipe", "POSSIBLE");
        fields.put("deviceLocation", "Trein Nijmegen-Arnhem");
        fields.put("approximatePeople", "120");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(form::formParam);
        return form.formParam("categories", "NAME", "GRADES_TEST_RESULTS").formParam("groups", "PUPILS");
    }

    static String idOf(Response created) {
        Matcher matcher = CREATED.matcher(created.header("Location"));
        assertTrue(matcher.find(), created.header("Location"));
        return matcher.group(1);
    }

    static void assertContains(String page, String expected) {
        assertTrue(page.contains(expected), () -> "expected <" + expected + "> in:\n" + page);
    }
}
