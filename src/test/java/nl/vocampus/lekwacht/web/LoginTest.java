package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.Test;

import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginTest {

    @Test
    void anonymousPageRequestIsRedirectedToTheLoginPage() {
        WebSession.anonymous().get("/melden").then().statusCode(302).header("Location", endsWith("/login"));
        WebSession.anonymous().get("/meldingen").then().statusCode(302).header("Location", endsWith("/login"));
        WebSession.anonymous().get("/").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void anonymousApiRequestGetsTheProblemNotARedirect() {
        RestAssured.given().redirects().follow(false).get("/api/incidents").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401));
    }

    @Test
    void httpBasicStillWorksForTheApi() {
        as(STAFF).get("/api/incidents").then().statusCode(200);
    }

    @Test
    void theLoginPageAndTheStylesheetArePublic() {
        RestAssured.given().get("/login").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("<label for=\"j_username\">Gebruikersnaam</label>"));
        RestAssured.given().get("/css/lekwacht.css").then().statusCode(200);
    }

    @Test
    void formLoginLandsOnTheReportForm() {
        WebSession session = WebSession.login(STAFF);
        session.get("/").then().statusCode(303).header("Location", endsWith("/melden"));
        session.get("/melden").then().statusCode(200)
                .body(containsString("Ingelogd als medewerker"))
                .body(containsString("<h1>Melding doen</h1>"));
    }

    @Test
    void theLoginCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", STAFF).formParam("j_password", "demo").post("/j_security_check")
                .then().statusCode(302).extract().headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void afterLoginTheUserReturnsToThePageAskedFor() {
        WebSession session = WebSession.anonymous();
        session.get("/meldingen").then().statusCode(302);
        session.request().contentType(ContentType.URLENC).formParam("j_username", STAFF).formParam("j_password", "demo")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/meldingen"));
    }

    @Test
    void aWrongPasswordShowsTheErrorOnTheLoginPage() {
        WebSession session = WebSession.anonymous();
        Response failed = session.request().contentType(ContentType.URLENC)
                .formParam("j_username", STAFF).formParam("j_password", "wrong").post("/j_security_check");
        failed.then().statusCode(302).header("Location", endsWith("/login?fout=1"));
        session.get("/login?fout=1").then().statusCode(200)
                .body(containsString("De gebruikersnaam of het wachtwoord klopt niet."));
        session.get("/melden").then().statusCode(302);
    }

    @Test
    void aPageSessionIsNoApiCredential() {
        WebSession session = WebSession.login(STAFF);
        session.get("/melden").then().statusCode(200);
        session.request().get("/api/incidents").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void logoutClearsTheCookie() {
        WebSession session = WebSession.login(STAFF);
        session.get("/melden").then().statusCode(200);
        Response logout = session.form().post("/logout");
        logout.then().statusCode(303).header("Location", endsWith("/login?uit=1"));
        assertTrue(logout.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("quarkus-credential=;") && c.contains("Max-Age=0")), logout.headers().toString());
        session.get("/login?uit=1").then().body(containsString("Je bent uitgelogd."));
        session.get("/melden").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() {
        WebSession session = WebSession.login(STAFF);
        session.get("/melden").then().statusCode(200);
        session.formWithoutToken().formParam("x", "y").post("/logout").then().statusCode(400);
        session.get("/melden").then().statusCode(200);
    }
}
