package nl.vocampus.lekwacht.security;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.vocampus.lekwacht.support.Browser;
import nl.vocampus.lekwacht.support.BrowserTest;
import nl.vocampus.lekwacht.support.Keycloak;
import nl.vocampus.lekwacht.support.PackagedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in as in production, against a real OpenID Connect provider: Keycloak, its tokens shaped like
 * Microsoft Entra ID's (the person's stable {@code oid}, app roles in {@code roles}, {@code idtyp: app} for an
 * application). The packaged service is configured with only the server URL, client id and secret, as an
 * operator configures Entra ID. Its database is a fresh embedded PostgreSQL, so the state is known.
 */
class KeycloakSignInIT {

    /** Staff, used by the browser login and the API (realm file: src/test/resources/keycloak). */
    private static final String DOCENT = "docent";
    /** Staff whose name changes in the middle of a test; nobody else uses this account. */
    private static final String JANSEN = "j.jansen";
    /** The privacy officer: their role, like everyone's, comes from the token of the code flow. */
    private static final String PRIVACY = "privacy";
    /** Signs in fine, but has none of Lekwacht's roles. */
    private static final String ZONDER_ROL = "zonderrol";

    private static Keycloak keycloak;
    private static PackagedApp app;

    @BeforeAll
    static void startKeycloakAndTheService() throws Exception {
        Instant begin = Instant.now();
        keycloak = Keycloak.start();
        Path data = Path.of("target", "it-keycloak", UUID.randomUUID().toString()).toAbsolutePath();
        Instant appStart = Instant.now();
        app = PackagedApp.start("keycloak-signin",
                Map.of("lekwacht.embedded-db.data-dir", data.toString(),
                        "quarkus.http.host", "127.0.0.1",
                        // A configured identity provider, and no demo users beside it.
                        "lekwacht.demo.enabled", "false"),
                Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                        "QUARKUS_OIDC_CLIENT_ID", Keycloak.CLIENT_ID,
                        "QUARKUS_OIDC_CREDENTIALS_SECRET", Keycloak.CLIENT_SECRET));
        System.out.printf("KeycloakSignInIT: Keycloak ready in %d ms, Lekwacht in %d ms, both in %d ms%n",
                keycloak.startup().toMillis(), Duration.between(appStart, Instant.now()).toMillis(),
                Duration.between(begin, Instant.now()).toMillis());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    private static String password(String username) {
        return "wachtwoord-" + username;
    }

    private static RequestSpecification bearer(String token) {
        return RestAssured.given().baseUri(app.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * Another tool reports with its own identity: an application token names no person, so no receipt is
     * planned; a person's report, beside it, gets one at the address in their token.
     */
    @Test
    void anApplicationTokenReportsAndNoReceiptIsPlanned() {
        String application = keycloak.applicationToken();
        String id = bearer(application).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        bearer(application).get("/api/incidents/" + id + "/escalations").then().statusCode(200)
                .body("step", hasItem("REPORT"))
                .body("step", not(hasItem("RECEIPT")));

        String person = keycloak.userToken(DOCENT, password(DOCENT));
        String own = bearer(person).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        bearer(person).get("/api/incidents/" + own + "/escalations").then().statusCode(200)
                .body("step", hasItem("RECEIPT"));
    }

    /**
     * A change of name (marriage: j.jansen becomes j.devries, with a new address) keeps the person's reports:
     * reports belong to the stable object id, not to the sign-in name.
     */
    @Test
    void aRenamedPersonKeepsTheirReports() {
        String before = keycloak.userToken(JANSEN, password(JANSEN));
        String reference = bearer(before).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("reference");
        bearer(before).get("/api/incidents?size=100").then().statusCode(200).body("items.reference", hasItem(reference));

        keycloak.rename(JANSEN, "j.devries", "j.devries@ssgn.example");

        String after = keycloak.userToken("j.devries", password(JANSEN));
        bearer(after).get("/api/incidents?size=100").then().statusCode(200).body("items.reference", hasItem(reference));
    }

    @Test
    void aTokenWithoutALekwachtRoleIsRefused() {
        bearer(keycloak.userToken(ZONDER_ROL, password(ZONDER_ROL))).get("/api/incidents").then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    /** The code flow in Chromium: a Lekwacht page sends the browser to Keycloak's login page and back. */
    @Nested
    @BrowserTest
    class InTheBrowser {

        @Test
        void staffSignInAtTheIdentityProviderAndLandOnTheReportForm() {
            try (Browser browser = Browser.start(app.baseUrl())) {
                signIn(browser, DOCENT, "/melden");
                assertTrue(browser.path().startsWith("/melden"), "back on the page first asked for, not " + browser.path());
                assertEquals(1, browser.driver().findElements(By.cssSelector("form.report-form")).size(), "the report form shows");
                assertTrue(browser.text(".user").contains(DOCENT), "signed in as " + DOCENT + ": " + browser.text(".user"));
                browser.screenshot("keycloak-signed-in");
            }
        }

        @Test
        void someoneWithoutALekwachtRoleGetsTheNoAccessPage() {
            try (Browser browser = Browser.start(app.baseUrl())) {
                signIn(browser, ZONDER_ROL, "/melden");
                assertEquals(403L, status(browser, "/melden"), "the page itself answers 403");
                assertEquals(0, browser.driver().findElements(By.cssSelector("form.report-form")).size(), "no report form");
                assertEquals("Geen toegang", browser.text("h1"));
            }
        }

        @Test
        void thePrivacyOfficersRoleArrivesThroughTheCodeFlow() {
            try (Browser browser = Browser.start(app.baseUrl())) {
                signIn(browser, PRIVACY, "/");
                assertTrue(browser.path().startsWith("/dashboard"), "the home page sends the privacy officer to the dashboard, not " + browser.path());
                assertEquals(200L, status(browser, "/dashboard"), "the dashboard is for the privacy officer");
            }
        }

        /**
         * Logout ends the session on the server: a copy of the session cookie taken before it, which would otherwise
         * hold valid tokens until they expire, is refused afterwards (401), and signing in again works.
         */
        @Test
        void aCopyOfTheSessionCookieTakenBeforeLogoutIsRefusedAfterIt() {
            try (Browser browser = Browser.start(app.baseUrl())) {
                signIn(browser, DOCENT, "/melden");
                Map<String, String> copy = browser.driver().manage().getCookies().stream()
                        .collect(java.util.stream.Collectors.toMap(org.openqa.selenium.Cookie::getName, org.openqa.selenium.Cookie::getValue));
                RestAssured.given().baseUri(app.baseUrl()).redirects().follow(false).cookies(copy).get("/melden")
                        .then().statusCode(200);

                browser.follow(browser.find("form[action='/logout'] button"));
                assertTrue(browser.path().startsWith("/login?uit=1"), "logged out at Keycloak too, back on " + browser.path());

                RestAssured.given().baseUri(app.baseUrl()).redirects().follow(false).cookies(copy).get("/melden")
                        .then().statusCode(401).body(not(org.hamcrest.Matchers.containsString("report-form")));
                signIn(browser, DOCENT, "/melden");
                assertTrue(browser.path().startsWith("/melden"), "signing in again works: " + browser.path());
            }
        }

        /** Opens a page, is sent to Keycloak's login page, and signs in there as a person would. */
        private void signIn(Browser browser, String username, String path) {
            browser.open(path);
            assertTrue(browser.driver().getCurrentUrl().startsWith(keycloak.issuer() + "/protocol/openid-connect/auth"),
                    "an anonymous visit goes to the identity provider, not " + browser.driver().getCurrentUrl());
            browser.type("username", username);
            browser.type("password", password(username));
            browser.follow(browser.find("#kc-login"));
        }

        /** The HTTP status of a page as the signed-in browser gets it (Selenium shows no status). */
        private long status(Browser browser, String path) {
            Object status = browser.driver().executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));",
                    path);
            return (Long) status;
        }
    }
}
