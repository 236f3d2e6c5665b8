package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.vocampus.lekwacht.common.Language;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pages speak the browser's language when it prefers English over Dutch, and the header's switch beats that. */
@QuarkusTest
class LanguageTest {

    @Test
    void withoutAPreferenceThePagesAreDutch() {
        WebSession.anonymous().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"nl\">")).body(containsString("<h1>Inloggen</h1>"));
    }

    @Test
    void aBrowserPreferringEnglishGetsEnglishPages() {
        WebSession.anonymous().request().header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("<h1>Log in</h1>"));
        WebSession.login("medewerker").request().header("Accept-Language", "en").get("/melden").then().statusCode(200)
                .body(containsString("<h1>Report an incident</h1>"));
    }

    @Test
    void errorPagesFollowTheLanguageToo() {
        WebSession.login("medewerker").request().header("Accept-Language", "en").get("/meldingen/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).body(containsString("<html lang=\"en\">")).body(not(containsString("<html lang=\"nl\">")));
    }

    @Test
    void theSwitchBeatsAcceptLanguageAndIsRemembered() {
        WebSession session = WebSession.login("medewerker");
        Response chosen = session.request().header("Accept-Language", "en")
                .queryParam("kies", "nl").queryParam("terug", "/melden?school=SSGN").get("/taal");
        chosen.then().statusCode(303).header("Location", equalTo(locationOf("/melden?school=SSGN")))
                .cookie(Pages.LANGUAGE_COOKIE, "nl");
        // Later requests of the same browser, which still prefers English, stay Dutch.
        session.request().header("Accept-Language", "en").get("/melden").then().statusCode(200)
                .body(containsString("<h1>Melding doen</h1>"));
        session.request().header("Accept-Language", "en").get("/meldingen").then().statusCode(200)
                .body(containsString("<html lang=\"nl\">"));
        // And the other way round.
        session.request().get("/taal?kies=en&terug=/melden").then().statusCode(303);
        session.request().get("/melden").then().statusCode(200).body(containsString("<h1>Report an incident</h1>"));
    }

    @Test
    void everyPageOffersTheSwitchBackToItself() {
        WebSession.login("medewerker").get("/meldingen?pagina=1").then().statusCode(200)
                .body(containsString("href=\"/taal?kies=en&amp;terug=%2Fmeldingen%3Fpagina%3D1\""))
                .body(containsString("lang=\"en\" hreflang=\"en\">EN"));
    }

    @Test
    void theSwitchNeverSendsSomeoneToAnotherSite() {
        for (String elsewhere : new String[]{"//evil.example/x", "https://evil.example/", "/\\evil.example", "melden"}) {
            WebSession.anonymous().request().queryParam("kies", "en").queryParam("terug", elsewhere).get("/taal")
                    .then().statusCode(303).header("Location", equalTo(locationOf("/")));
        }
    }

    @Test
    void anUnknownLanguageIsABadRequestPage() {
        Response refused = WebSession.anonymous().get("/taal?kies=fr&terug=/login");
        refused.then().statusCode(400).contentType(containsString("text/html"));
        assertEquals(null, refused.cookie(Pages.LANGUAGE_COOKIE), "nothing remembered");
    }

    private static String locationOf(String path) {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path;
    }

    @Nested
    class AcceptLanguage {

        @Test
        void englishOnlyWhenPreferredOverDutch() {
            assertEquals(Language.EN, Pages.preferred("en-US,en;q=0.9"));
            assertEquals(Language.EN, Pages.preferred("en;q=0.8,nl;q=0.5"));
            assertEquals(Language.NL, Pages.preferred("nl-NL,nl;q=0.9,en;q=0.8"));
            assertEquals(Language.NL, Pages.preferred("nl;q=0.9,en;q=0.9"), "equal weights: the header's order");
            assertEquals(Language.EN, Pages.preferred("de-DE,en;q=0.7"), "a language Lekwacht does not speak is passed over");
        }

        @Test
        void dutchWhenTheHeaderSaysNothingUseful() {
            assertEquals(Language.NL, Pages.preferred(null));
            assertEquals(Language.NL, Pages.preferred(""));
            assertEquals(Language.NL, Pages.preferred("fr,de;q=0.5"));
            assertEquals(Language.NL, Pages.preferred("*"));
            assertEquals(Language.NL, Pages.preferred("en;q=0"), "q=0 means not acceptable");
            assertEquals(Language.NL, Pages.preferred(";;;q=x"), "malformed");
        }
    }
}
