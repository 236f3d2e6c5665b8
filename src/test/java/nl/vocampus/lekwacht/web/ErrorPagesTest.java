package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.Test;

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

/**
 * A person who follows a link gets a Dutch page in the layout for every error, with the status kept;
 * the API keeps application/problem+json for the same errors.
 */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void aStaffMemberOnTheDashboardLinkGetsTheDutchNoAccessPage() {
        Response page = WebSession.login(STAFF).get("/dashboard");
        String html = errorPage(page, 403, "Geen toegang");
        assertContains(html, "Je rol geeft geen toegang tot deze pagina.");
        assertContains(html, "<html lang=\"nl\">");
        assertContains(html, "<main id=\"main\"");
        assertContains(html, "Ingelogd als medewerker");
        as(STAFF).get("/api/deadlines").then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void anUnknownPageAndAnUnknownIncidentAreTheNotFoundPage() {
        WebSession officer = WebSession.login(PRIVACY);
        errorPage(officer.get("/bestaat-niet"), 404, "Niet gevonden");
        errorPage(officer.get("/incidenten/00000000-0000-0000-0000-000000000000"), 404, "Niet gevonden");
        as(PRIVACY).get("/api/incidents/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    /** A missing file on a public path is answered before anyone's login is read: still the 404 page, never a 500. */
    @Test
    void aMissingFileOnAPublicPathIsTheNotFoundPageForALoggedInUserToo() {
        WebSession officer = WebSession.login(PRIVACY);
        errorPage(officer.get("/favicon.ico"), 404, "Niet gevonden");
        errorPage(officer.get("/css/bestaat-niet.css"), 404, "Niet gevonden");
        errorPage(WebSession.anonymous().get("/js/bestaat-niet.js"), 404, "Niet gevonden");
    }

    @Test
    void aServerErrorOnAPageSaysSoInDutchAndShowsNoDetail() {
        String html = errorPage(WebSession.login(STAFF).get("/test-kapot"), 500, "Er ging iets mis");
        assertFalse(html.contains("j.jansen"), html);
        assertFalse(html.contains("IllegalStateException"), html);
        assertFalse(html.toLowerCase().contains("select"), html);
        String api = as(STAFF).get("/api/test-kapot").then().statusCode(500).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("An internal error occurred")).extract().asString();
        assertFalse(api.contains("j.jansen"), api);
    }

    @Test
    void aFormPostWithoutAValidCsrfTokenGetsTheFormExpiredPage() {
        WebSession staff = WebSession.login(STAFF);
        staff.get("/melden");
        Response refused = staff.formWithoutToken().formParam("summary", "Laptop kwijt").post("/melden");
        String html = errorPage(refused, 400, "Formulier verlopen");
        assertContains(html, "Er is niets opgeslagen.");
    }

    @Test
    void aPageOpenedWithAMethodItDoesNotTakeIsRefusedInDutchWithTheStatusKept() {
        WebSession staff = WebSession.login(STAFF);
        errorPage(staff.request().delete("/melden"), 405, "Dit kan hier niet");
    }

    @Test
    void anonymousVisitorsOfAPageStillGoToTheLoginPage() {
        WebSession.anonymous().get("/dashboard").then().statusCode(302).header("Location", endsWith("/login"));
        WebSession.anonymous().request().get("/api/incidents").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    /** The response is the Dutch HTML error page with this status and heading; its HTML. */
    private static String errorPage(Response response, int status, String heading) {
        response.then().statusCode(status).contentType(containsString("text/html"));
        String html = response.asString();
        assertContains(html, "<h1>" + heading + "</h1>");
        assertEquals(1, html.split("<h1").length - 1, "one h1");
        assertContains(html, "<title>");
        assertFalse(html.contains("problem"), html);
        assertFalse(html.contains("\"status\""), html);
        return html;
    }
}
