package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.vocampus.lekwacht.support.Api;
import nl.vocampus.lekwacht.support.LaptopReported;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.web.ReportPageTest.assertContains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The privacy officer's pages over HTTP: roles, countdown bands, forms with PRG and Dutch errors, CSRF, escaping, exports. */
@QuarkusTest
class OfficerPagesTest extends LaptopReported {

    // LaptopReported: discovered and aware 2026-11-21 09:00 Amsterdam (08:00 UTC), deadline 2026-11-24 08:00 UTC

    @Test
    void staffGetNoOfficerPagesAndAnonymousVisitorsLogInFirst() {
        WebSession staff = WebSession.login(STAFF);
        for (String path : new String[]{"/dashboard", "/dashboard/deadlines", "/register", "/register.csv", "/incidenten/" + id,
                "/incidenten/" + id + "/ap-formulier"}) {
            staff.get(path).then().statusCode(403);
            WebSession.anonymous().get(path).then().statusCode(302).header("Location", endsWith("/login"));
        }
        staff.get("/melden").then().statusCode(200).body(containsString("Melding doen"))
                .body(org.hamcrest.Matchers.not(containsString("href=\"/dashboard\"")));
    }

    @Test
    void managerAndDpoReadTheIncidentPageWithoutFormsAndMayNotPost() {
        for (String user : new String[]{MANAGER, DPO}) {
            WebSession session = WebSession.login(user);
            String page = session.get("/incidenten/" + id).then().statusCode(200).extract().asString();
            assertContains(page, "Alleen de privacy verantwoordelijke legt de beoordeling en het besluit vast.");
            assertFalse(page.contains("action=\"/incidenten/" + id + "/besluit\""), "no decision form for " + user);
            assertFalse(page.contains("action=\"/incidenten/" + id + "/beoordeling\""), "no assessment form for " + user);
            session.get("/dashboard").then().statusCode(200);
            session.get("/register").then().statusCode(200);
            Map<String, Long> before = rows.snapshot();
            session.form().formParam("notifyAp", "false").formParam("reasoning", "Geen risico")
                    .post("/incidenten/" + id + "/besluit").then().statusCode(403);
            session.form().formParam("encrypted", "YES").post("/incidenten/" + id + "/beoordeling").then().statusCode(403);
            assertEquals(before, rows.snapshot(), user + " changed nothing");
        }
    }

    /**
     * The privacy officer, logged in at {@code moment}: a login session idle past its timeout (30 minutes) has ended,
     * so a test that moves the clock on by hours logs in again, as the officer would.
     */
    private WebSession loggedInAt(Instant moment) {
        clock.set(moment);
        return WebSession.login(PRIVACY);
    }

    @Test
    void thePrivacyOfficerLandsOnTheDashboardWithTheCountdownInTextAndBand() {
        WebSession officer = WebSession.login(PRIVACY);
        officer.get("/").then().statusCode(303).header("Location", endsWith("/dashboard"));

        officer = loggedInAt(Instant.parse("2026-11-23T18:40:00Z")); // 13 h 20 min before the deadline
        String item = dashboardItem(officer.get("/dashboard").then().statusCode(200).extract().asString(), id);
        assertContains(item, "class=\"deadline-item band-soon\"");
        assertContains(item, "<span class=\"band-label\">12 tot 24 uur</span>");
        assertContains(item, "<strong class=\"countdown\">nog 13 uur 20 min</strong>");
        assertContains(item, "uiterlijk dinsdag 24 november 2026 om 09:00");
        assertContains(item, "href=\"/incidenten/" + id + "\"");

        officer = loggedInAt(Instant.parse("2026-11-21T10:00:00Z"));
        assertContains(dashboardItem(officer.get("/dashboard").asString(), id), "band-ok");
        officer = loggedInAt(Instant.parse("2026-11-24T00:00:00Z"));
        assertContains(dashboardItem(officer.get("/dashboard").asString(), id), "<span class=\"band-label\">Minder dan 12 uur</span>");
        officer = loggedInAt(Instant.parse("2026-11-24T07:59:10Z")); // 50 s left: truncated, never rounded up to a minute
        String lastMinute = dashboardItem(officer.get("/dashboard").asString(), id);
        assertContains(lastMinute, "<strong class=\"countdown\">nog 0 uur 0 min</strong>");
        assertContains(lastMinute, "band-urgent");
        officer = loggedInAt(Instant.parse("2026-11-24T08:00:00Z")); // 0 s left: overdue, as the list and the API say
        String atDeadline = dashboardItem(officer.get("/dashboard").asString(), id);
        assertContains(atDeadline, "band-overdue");
        assertContains(atDeadline, "<span class=\"band-label\">Verstreken</span>");
        as(PRIVACY).get("/api/incidents/" + id).then().body("remainingSeconds", equalTo(0)).body("overdue", equalTo(true));
        officer = loggedInAt(Instant.parse("2026-11-24T10:05:00Z"));
        String overdue = dashboardItem(officer.get("/dashboard").asString(), id);
        assertContains(overdue, "band-overdue");
        assertContains(overdue, "VERSTREKEN – 2 uur 5 min te laat");
        assertContains(overdue, "<span class=\"band-label\">Verstreken</span>");
    }

    @Test
    void theDashboardsScriptPollsWithTheLoginSessionAndGets304WhenNothingChanged() {
        WebSession officer = WebSession.login(PRIVACY);
        Response first = officer.request().accept("application/json").get("/dashboard/deadlines");
        first.then().statusCode(200).body("items.find { it.id == '" + id + "' }.reference", startsWith("DL-"));
        String etag = first.header("ETag");
        officer.request().header("If-None-Match", etag).get("/dashboard/deadlines").then().statusCode(304);
    }

    @Test
    void markupInAReportIsShownAsTextOnTheIncidentPageAndTheDashboard() {
        String evil = Api.as(MANAGER).body(Api.lostLaptop("2026-11-21T09:30:00+01:00")
                        .replace("Laptop kwijt in de trein", "<script>alert('x')</script> laptop")
                        .replace("Schoollaptop met cijferlijsten laten liggen", "<img src=x onerror=alert(1)> beschrijving"))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        WebSession officer = WebSession.login(PRIVACY);
        String page = officer.get("/incidenten/" + evil).then().statusCode(200).extract().asString();
        assertContains(page, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; laptop");
        assertContains(page, "&lt;img src=x onerror=alert(1)&gt; beschrijving");
        assertFalse(page.contains("<script>alert"), "no live script");
        String dashboard = officer.get("/dashboard").asString();
        assertContains(dashboard, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; laptop");
        assertFalse(dashboard.contains("<script>alert"), "no live script on the dashboard");
    }

    @Test
    void theAssessmentIsPrefilledSavedWithRedirectAndTheSuggestionExplainsItself() {
        WebSession officer = WebSession.login(PRIVACY);
        String page = officer.get("/incidenten/" + id).then().statusCode(200).extract().asString();
        assertContains(page, "Melding DL-");
        assertContains(page, "Nog niet beoordeeld");
        assertContains(page, "Melding gedaan");
        assertContains(page, "<option value=\"UNKNOWN\" selected>Weet ik niet</option>");
        assertContains(page, "UNPROTECTED_DEVICE");

        officer.form().formParam("encrypted", "YES").formParam("keyCompromised", "NO").formParam("backupAvailable", "YES")
                .formParam("confidentiality", "YES").formParam("numberOfPeople", "120").formParam("dataCategories", "NAME")
                .formParam("measuresTaken", "Laptop op afstand gewist")
                .post("/incidenten/" + id + "/beoordeling")
                .then().statusCode(303).header("Location", endsWith("/incidenten/" + id));
        page = officer.get("/incidenten/" + id).asString();
        assertContains(page, "Beoordeling vastgelegd");
        assertContains(page, "Wordt beoordeeld");
        assertContains(page, "<strong>Alleen registreren</strong>");
        assertContains(page, "ENCRYPTED_DEVICE_REGISTER_ONLY");
        assertContains(page, "id=\"encrypted-YES\"".replace("id=\"encrypted-YES\"", "<option value=\"YES\" selected>Ja</option>"));
        assertContains(page, ">Laptop op afstand gewist</textarea>");
        as(PRIVACY).get("/api/incidents/" + id + "/assessment").then().statusCode(200)
                .body("assessment.encrypted", equalTo("YES"))
                .body("assessment.numberOfPeople", equalTo(120))
                .body("assessment.childrenInvolved", equalTo(null));

        Response refused = officer.form().formParam("numberOfPeople", "heel veel").post("/incidenten/" + id + "/beoordeling");
        refused.then().statusCode(400);
        assertContains(refused.asString(), "<p class=\"field-error\" id=\"numberOfPeople-error\">Vul een heel getal in, zoals 25.</p>");
        assertContains(refused.asString(), "value=\"heel veel\"");
    }

    @Test
    void theDecisionFormShowsDutchErrorsNextToTheFields() {
        WebSession officer = WebSession.login(PRIVACY);
        officer.get("/incidenten/" + id);
        Map<String, Long> before = rows.snapshot();
        Response refused = officer.form().formParam("notifyAp", "true").formParam("reasoning", " ")
                .formParam("apReference", "").post("/incidenten/" + id + "/besluit");
        refused.then().statusCode(400);
        String page = refused.asString();
        assertContains(page, "<h2 id=\"error-summary-title\">Controleer je melding</h2>");
        assertContains(page, "<a href=\"#reasoning\">Schrijf op waarom je zo besluit.</a>");
        assertContains(page, "<p class=\"field-error\" id=\"reasoning-error\">Schrijf op waarom je zo besluit.</p>");
        assertContains(page, "<p class=\"field-error\" id=\"apReference-error\">Vul het meldnummer van de AP in.</p>");
        assertContains(page, "<p class=\"field-error\" id=\"notifiedDate-error\">Vul in wanneer de AP is gemeld.</p>");
        assertContains(page, "id=\"notifyAp-true\" name=\"notifyAp\" value=\"true\" checked");
        assertEquals(before, rows.snapshot(), "a refused decision writes nothing");

        Response none = officer.form().post("/incidenten/" + id + "/besluit");
        assertContains(none.then().statusCode(400).extract().asString(), "Kies of de school het datalek bij de AP meldt.");

        officer = loggedInAt(Instant.parse("2026-11-24T09:00:00Z")); // after the deadline
        officer.get("/incidenten/" + id);
        Response late = officer.form().formParam("notifyAp", "false").formParam("reasoning", "Versleuteld").post("/incidenten/" + id + "/besluit");
        assertContains(late.then().statusCode(400).extract().asString(),
                "<p class=\"field-error\" id=\"delayReason-error\">De 72 uur zijn voorbij: vul de reden voor de vertraging in.</p>");
    }

    @Test
    void controlCharactersAndImpossibleYearsInTheOfficersFormsAreDutchFieldErrors() {
        WebSession officer = WebSession.login(PRIVACY);
        officer.get("/incidenten/" + id);
        Map<String, Long> before = rows.snapshot();
        Response refused = officer.form().formParam("notifyAp", "true").formParam("reasoning", "Onversleuteld\u0000")
                .formParam("apReference", "M-1\u0007").formParam("notifiedDate", "2026-11-21").formParam("notifiedTime", "10:30")
                .post("/incidenten/" + id + "/besluit");
        String page = refused.then().statusCode(400).extract().asString();
        String invalid = "Hier staat een teken dat niet is toegestaan, zoals een stuurteken. Typ de tekst opnieuw in plaats van hem te plakken.";
        assertContains(page, "<p class=\"field-error\" id=\"reasoning-error\">" + invalid + "</p>");
        assertContains(page, "<p class=\"field-error\" id=\"apReference-error\">" + invalid + "</p>");

        Response early = officer.form().formParam("notifyAp", "true").formParam("reasoning", "Onversleuteld")
                .formParam("apReference", "M-1").formParam("notifiedDate", "31-12-1999").formParam("notifiedTime", "10:30")
                .post("/incidenten/" + id + "/besluit");
        assertContains(early.then().statusCode(400).extract().asString(),
                "<p class=\"field-error\" id=\"notifiedDate-error\">Dit moment ligt voor 1 januari 2000. Controleer het jaartal.</p>");
        Response reopen = officer.form().formParam("reopenReason", "Nieuw\u0000feit").post("/incidenten/" + id + "/heropenen");
        reopen.then().statusCode(org.hamcrest.Matchers.not(500));
        assertEquals(before, rows.snapshot(), "refused forms write nothing");
    }

    @Test
    void formsWithoutAValidCsrfTokenAreRefused() {
        WebSession officer = WebSession.login(PRIVACY);
        officer.get("/incidenten/" + id);
        Map<String, Long> before = rows.snapshot();
        officer.formWithoutToken().formParam("notifyAp", "false").formParam("reasoning", "Geen risico")
                .post("/incidenten/" + id + "/besluit").then().statusCode(400);
        officer.formWithoutToken().formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").formParam("encrypted", "YES")
                .post("/incidenten/" + id + "/beoordeling").then().statusCode(400);
        assertEquals(before, rows.snapshot(), "a forged post writes nothing");
    }

    @Test
    void decideFileInformCloseAndReopenThroughTheForms() {
        WebSession officer = WebSession.login(PRIVACY);
        officer.get("/incidenten/" + id);
        officer.form().formParam("notifyAp", "true").formParam("reasoning", "Onversleutelde laptop met cijfers")
                .formParam("informPeople", "on").formParam("apReference", "M-2026-777")
                .formParam("notifiedDate", "2026-11-21").formParam("notifiedTime", "10:30")
                .post("/incidenten/" + id + "/besluit").then().statusCode(303);
        String page = officer.get("/incidenten/" + id).asString();
        assertContains(page, "Besluit genomen");
        assertContains(page, "Besluit vastgelegd");
        assertContains(page, "M-2026-777");
        assertContains(page, "<strong>Eerste melding</strong>");
        assertFalse(page.contains("action=\"/incidenten/" + id + "/besluit\""), "decided: no decision form");
        assertFalse(dashboardHas(officer.get("/dashboard").asString(), id), "a decided incident leaves the open list");

        officer.form().formParam("filingType", "SUPPLEMENT").formParam("filedDate", "2026-11-21").formParam("filedTime", "10:45")
                .formParam("meldnummer", "M-2026-777").formParam("filingNote", "Aantal leerlingen aangevuld")
                .post("/incidenten/" + id + "/ap-melding").then().statusCode(303);
        officer.form().formParam("informedDate", "2026-11-21").formParam("informedTime", "10:50").formParam("methods", "EMAIL")
                .formParam("methods", "LETTER").formParam("peopleCount", "118")
                .post("/incidenten/" + id + "/informeren").then().statusCode(303);
        Response badInform = officer.form().formParam("peopleCount", "x").post("/incidenten/" + id + "/informeren");
        assertContains(badInform.then().statusCode(400).extract().asString(), "Kies hoe de betrokkenen zijn geïnformeerd.");
        page = officer.get("/incidenten/" + id).asString();
        assertContains(page, "<strong>Aanvulling</strong>");
        assertContains(page, "118 mensen via Brief, E-mail");

        officer.form().formParam("closeReason", "Afgehandeld").post("/incidenten/" + id + "/sluiten").then().statusCode(303);
        assertContains(officer.get("/incidenten/" + id).asString(), "Melding afgesloten");
        Response noReason = officer.form().formParam("reopenReason", "").post("/incidenten/" + id + "/heropenen");
        assertContains(noReason.then().statusCode(400).extract().asString(), "Schrijf op wat er veranderd is.");
        officer.form().formParam("reopenReason", "Sleutel toch bekend").post("/incidenten/" + id + "/heropenen").then().statusCode(303);
        page = officer.get("/incidenten/" + id).asString();
        assertContains(page, "Melding heropend");
        assertContains(page, "Wordt beoordeeld");
        Response twice = officer.form().formParam("closeReason", "").post("/incidenten/" + id + "/sluiten");
        assertContains(twice.then().statusCode(409).extract().asString(), "Dit kan niet in de huidige stand van zaken");
    }

    @Test
    void reopeningWithTheMomentTheNewFactBecameKnownStartsANew72HourClock() {
        WebSession officer = WebSession.login(PRIVACY);
        officer.get("/incidenten/" + id);
        officer.form().formParam("notifyAp", "false").formParam("reasoning", "Versleuteld, sleutel veilig")
                .post("/incidenten/" + id + "/besluit").then().statusCode(303);
        officer = loggedInAt(Instant.parse("2026-11-22T12:00:00Z")); // 13:00 in Amsterdam
        String page = officer.get("/incidenten/" + id).asString();
        assertContains(page, "<legend>Wanneer werd het nieuwe feit bekend? (niet verplicht)</legend>");
        assertContains(page, "<label for=\"reopenAwareDate\">Datum</label>");
        assertContains(page, "aria-describedby=\"reopenAware-hint\"");

        Map<String, Long> before = rows.snapshot();
        Response noTime = officer.form().formParam("reopenReason", "Sleutel toch bekend").formParam("reopenAwareDate", "2026-11-22")
                .post("/incidenten/" + id + "/heropenen");
        assertContains(noTime.then().statusCode(400).extract().asString(),
                "<p class=\"field-error\" id=\"reopenAwareTime-error\">Vul ook de tijd in.</p>");
        assertContains(noTime.asString(), "value=\"2026-11-22\"");
        Response future = officer.form().formParam("reopenReason", "Sleutel toch bekend").formParam("reopenAwareDate", "2026-11-22")
                .formParam("reopenAwareTime", "15:00").post("/incidenten/" + id + "/heropenen");
        assertContains(future.then().statusCode(400).extract().asString(),
                "<p class=\"field-error\" id=\"reopenAwareDate-error\">Dit moment ligt in de toekomst.</p>");
        Response earlier = officer.form().formParam("reopenReason", "Sleutel toch bekend").formParam("reopenAwareDate", "2026-11-21")
                .formParam("reopenAwareTime", "08:00").post("/incidenten/" + id + "/heropenen");
        assertContains(earlier.then().statusCode(400).extract().asString(),
                "<p class=\"field-error\" id=\"reopenAwareDate-error\">Dit moment ligt voor het moment waarop de school al van het incident wist.");
        assertEquals(before, rows.snapshot(), "a refused reopen writes nothing");

        officer.form().formParam("reopenReason", "Sleutel toch bekend").formParam("reopenAwareDate", "2026-11-22")
                .formParam("reopenAwareTime", "12:30").post("/incidenten/" + id + "/heropenen").then().statusCode(303);
        as(PRIVACY).get("/api/incidents/" + id).then().statusCode(200)
                .body("status", equalTo("ASSESSING"))
                .body("awareAt", equalTo("2026-11-22T11:30:00Z"))
                .body("deadline", equalTo("2026-11-25T11:30:00Z"));
        assertContains(officer.get("/incidenten/" + id).asString(), "woensdag 25 november 2026 om 12:30");
    }

    @Test
    void reopeningWithoutAMomentKeepsTheDeadline() {
        WebSession officer = WebSession.login(PRIVACY);
        officer.get("/incidenten/" + id);
        officer.form().formParam("notifyAp", "false").formParam("reasoning", "Versleuteld, sleutel veilig")
                .post("/incidenten/" + id + "/besluit").then().statusCode(303);
        officer.form().formParam("reopenReason", "Nieuwe informatie").formParam("reopenAwareDate", "").formParam("reopenAwareTime", "")
                .post("/incidenten/" + id + "/heropenen").then().statusCode(303);
        as(PRIVACY).get("/api/incidents/" + id).then().statusCode(200)
                .body("status", equalTo("ASSESSING")).body("deadline", equalTo("2026-11-24T08:00:00Z"));
    }

    @Test
    void theRegisterListsEveryIncidentAndServesTheCsvToTheLoginSession() {
        WebSession officer = WebSession.login(PRIVACY);
        String page = officer.get("/register?school=SSGN&van=2026-11-21&tot=2026-11-21").then().statusCode(200).extract().asString();
        assertContains(page, "href=\"/incidenten/" + id + "\"");
        assertContains(page, "href=\"/incidenten/" + id + "/ap-formulier\"");
        assertContains(page, "href=\"/register.csv?school=SSGN&amp;from=2026-11-21&amp;to=2026-11-21\"");
        assertContains(page, "Nog geen besluit");
        assertFalse(officer.get("/register?van=2026-11-22").asString().contains("href=\"/incidenten/" + id + "\""), "filtered by period");
        assertContains(officer.get("/register?van=2026-99-01").then().statusCode(400).extract().asString(),
                "Vul een geldige datum in");

        Response csv = officer.get("/register.csv?school=SSGN&from=2026-11-21&to=2026-11-21");
        csv.then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("datalekkenregister.csv"));
        String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF"), "UTF-8 with BOM for Excel");
        assertTrue(body.contains("Laptop kwijt in de trein"), body);
    }

    @Test
    void theApFormListsTheChaptersAndTheMissingAnswers() {
        WebSession manager = WebSession.login(MANAGER);
        String page = manager.get("/incidenten/" + id + "/ap-formulier").then().statusCode(200).extract().asString();
        assertContains(page, "<h1>AP-formulier DL-");
        assertContains(page, "Nog niet beantwoord");
        assertContains(page, "id=\"chapter-1\"");
        assertContains(page, "id=\"chapter-10\"");
        assertContains(page, "Nog geen antwoord");
        manager.get("/incidenten/00000000-0000-0000-0000-000000000000/ap-formulier").then().statusCode(404);
        manager.get("/incidenten/nope").then().statusCode(404);
    }

    /** The dashboard's list item of one incident. */
    static String dashboardItem(String page, String incidentId) {
        Matcher m = Pattern.compile("(?s)<li class=\"deadline-item[^\"]*\" data-id=\"" + incidentId + "\".*?</li>").matcher(page);
        assertTrue(m.find(), () -> "incident " + incidentId + " on the dashboard:\n" + page);
        return m.group();
    }

    static boolean dashboardHas(String page, String incidentId) {
        return page.contains("data-id=\"" + incidentId + "\"");
    }
}
