package nl.vocampus.lekwacht.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HeadersAndCsrfTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private static ValidatableResponse securityHeaders(Response response) {
        return response.then()
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("Permissions-Policy", containsString("camera=()"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Nested
    class Headers {

        @Test
        void onAPage() {
            securityHeaders(WebSession.login(STAFF).get("/melden")).statusCode(200).header("Cache-Control", equalTo("no-store"));
        }

        @Test
        void onTheLoginPage() {
            securityHeaders(RestAssured.given().get("/login")).statusCode(200).header("Cache-Control", equalTo("no-store"));
        }

        @Test
        void onAnApiAnswer() {
            securityHeaders(as(STAFF).get("/api/incidents")).statusCode(200).header("Cache-Control", equalTo("no-store"));
        }

        @Test
        void onAProblem() {
            securityHeaders(as(STAFF).body("{\"kind\": \"NONSENSE\"}").post("/api/incidents")).statusCode(400)
                    .contentType("application/problem+json").header("Cache-Control", equalTo("no-store"));
        }

        @Test
        void onA404() {
            securityHeaders(RestAssured.given().get("/css/missing.css")).statusCode(404);
            securityHeaders(WebSession.login(STAFF).get("/bestaat-niet")).statusCode(404).header("Cache-Control", equalTo("no-store"));
        }

        @Test
        void onAStaticFileWhichMayBeCached() {
            securityHeaders(RestAssured.given().get("/css/lekwacht.css")).statusCode(200)
                    .header("Cache-Control", not(containsString("no-store")));
            securityHeaders(RestAssured.given().get("/js/dashboard.js")).statusCode(200);
        }

        @Test
        void theDeadlinesKeepTheirRevalidation() {
            securityHeaders(as("privacy").get("/api/deadlines")).statusCode(200)
                    .header("Cache-Control", containsString("no-cache")).header("Cache-Control", not(containsString("no-store"))).header("ETag", not(nullValue()));
        }

        @Test
        void overHttpsHstsAndSecureCookies() {
            Response login = RestAssured.given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                    .contentType(ContentType.URLENC).formParam("j_username", STAFF).formParam("j_password", "demo")
                    .post("/j_security_check");
            login.then().statusCode(302).header("Strict-Transport-Security", equalTo("max-age=31536000"));
            List<String> cookies = login.headers().getValues("Set-Cookie");
            assertTrue(cookies.size() >= 2 && cookies.stream().allMatch(c -> c.contains("; Secure")), cookies.toString());
            RestAssured.given().header("X-Forwarded-Proto", "https").get("/login").then()
                    .header("Strict-Transport-Security", equalTo("max-age=31536000"))
                    .header("Set-Cookie", containsString("; Secure"));
        }
    }

    private static String csrfOf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has a form with the token");
        return m.group(1);
    }

    @Nested
    class Csrf {

        @Test
        void theTokenCookieIsSameSiteLaxAndHttpOnly() {
            String cookie = RestAssured.given().get("/login").then().extract().headers().getValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("csrf-token=")).findFirst().orElseThrow();
            String lower = cookie.toLowerCase(java.util.Locale.ROOT);
            assertTrue(lower.contains("samesite=lax") && lower.contains("httponly") && !lower.contains("secure"), cookie);
        }

        @Test
        void logoutWithoutTheTokenIsRefusedWhateverTheContentType() {
            WebSession session = WebSession.login(STAFF);
            session.get("/melden").then().statusCode(200);
            session.request().contentType(ContentType.TEXT).body("x").post("/logout").then().statusCode(400);
            session.request().contentType(ContentType.JSON).body("{}").post("/logout").then().statusCode(400);
            session.request().post("/logout").then().statusCode(400);
            session.formWithoutToken().formParam("x", "y").post("/logout").then().statusCode(400);
            session.request().contentType(ContentType.TEXT).header("X-CSRF-TOKEN", "forged").body("x").post("/logout")
                    .then().statusCode(400);
            session.get("/melden").then().statusCode(200).body(containsString("Ingelogd als medewerker"));
        }

        @Test
        void aFormStaysValidWhileOtherPagesAreOpened() {
            WebSession session = WebSession.login(STAFF);
            String token = csrfOf(session.get("/melden").asString());
            session.get("/meldingen").then().statusCode(200);
            session.get("/taal?kies=nl&terug=/melden").then().statusCode(303);
            session.request().contentType(ContentType.URLENC).formParam("csrf-token", token).post("/logout")
                    .then().statusCode(303);
        }

        @Test
        void aTokenThatIsNotTheCookiesIsRefused() {
            WebSession session = WebSession.login(STAFF);
            session.get("/melden").then().statusCode(200);
            session.request().contentType(ContentType.URLENC).formParam("csrf-token", "bm90LXRoZS1jb29raWVzLXRva2VuLTEyMzQ1Njc4OQ")
                    .post("/logout").then().statusCode(400);
            session.get("/melden").then().statusCode(200);
        }

        @Test
        void logoutWithTheTokenLogsOut() {
            WebSession session = WebSession.login(STAFF);
            session.get("/melden").then().statusCode(200);
            session.form().post("/logout").then().statusCode(303).header("Location", endsWith("/login?uit=1"));
            session.get("/melden").then().statusCode(302);
        }

        @Test
        void theTokenInTheHeaderWorksForAnyContentType() {
            WebSession session = WebSession.login(STAFF);
            session.get("/melden").then().statusCode(200);
            session.request().contentType(ContentType.TEXT).header("X-CSRF-TOKEN", session.csrfToken()).body("x")
                    .post("/logout").then().statusCode(303);
            session.get("/melden").then().statusCode(302);
        }

        @Test
        void theJsonApiIsNotChecked() {
            as(STAFF).body(nl.vocampus.lekwacht.support.Api.lostLaptop("2026-03-02T08:00:00Z")).post("/api/incidents")
                    .then().statusCode(201);
        }
    }
}
