package nl.vocampus.lekwacht.web.admin;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.support.Browser;
import nl.vocampus.lekwacht.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin pages in Chromium, with axe-core on each, also with errors showing. */
@QuarkusTest
@BrowserTest
class AdminPagesBrowserTest {

    Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void everyAdminPageIsAccessibleWithAndWithoutErrors() {
        browser.loginAndOpen("beheer", "/");
        assertEquals("/beheer", browser.path());
        browser.assertAccessible("schools overview");
        browser.type("new-code", "a b");
        browser.submit("form[action='/beheer/scholen']");
        assertTrue(browser.text("#new-code-error").startsWith("Gebruik 2 tot 32"));
        browser.assertAccessible("schools overview with errors");

        browser.open("/beheer/scholen/DEMO/mensen");
        browser.assertAccessible("people");
        browser.type("new-name", "Mentor");
        browser.type("new-email", "geen-adres");
        browser.submit("form[action='/beheer/scholen/DEMO/mensen']");
        assertTrue(browser.text("#new-email-error").startsWith("Vul een geldig e-mailadres"));
        browser.assertAccessible("people with errors");

        browser.open("/beheer/scholen/SSGN/ladder");
        browser.assertAccessible("ladder");
        browser.type("hours-1", "20");
        browser.submit("form[action='/beheer/scholen/SSGN/ladder']");
        assertTrue(browser.text("#hours-1-error").startsWith("Dit moet later zijn"));
        browser.assertAccessible("ladder with errors");

        browser.open("/beheer/scholen/SSGN/verwerkingsverantwoordelijke");
        browser.assertAccessible("controller details");
        browser.type("contactName", "P. Rivacy");
        browser.submit("form[action='/beheer/scholen/SSGN/verwerkingsverantwoordelijke']");
        assertEquals("/beheer/scholen/SSGN/verwerkingsverantwoordelijke?opgeslagen=1", browser.path());
        assertTrue(browser.text("p.notice").contains("Opgeslagen."));
        browser.assertAccessible("controller details saved");

        browser.open("/beheer/scholen/SSGN/teams");
        assertEquals("Teams-kanaal van Stedelijke Scholengemeenschap Nijmegen", browser.text("h1"));
        browser.assertAccessible("Teams channel");
        browser.type("url", "http://voorbeeld.example/zonder-handtekening");
        browser.submit("form[action='/beheer/scholen/SSGN/teams']");
        assertTrue(browser.text("#url-error").startsWith("Plak de volledige URL"), browser.text("#url-error"));
        assertEquals("", browser.find("#url").getAttribute("value"), "a typed URL is never put back into the page");
        browser.assertAccessible("Teams channel with errors");
        browser.type("url", "https://prod-12.westeurope.logic.azure.com/workflows/0c5e/triggers/manual/paths/invoke?sv=1.0&sig=browser-test-sig");
        browser.submit("form[action='/beheer/scholen/SSGN/teams']");
        assertTrue(browser.text(".teams-current").contains("prod-12.westeurope.logic.azure.com, eindigt op …-sig"), browser.text(".teams-current"));
        assertTrue(!browser.driver().getPageSource().contains("browser-test-sig"), "the sig is never shown");
        browser.assertAccessible("Teams channel set");
    }
}
