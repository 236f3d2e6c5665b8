package nl.vocampus.lekwacht.web.admin;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.support.Browser;
import nl.vocampus.lekwacht.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin pages in Chromium for a browser that prefers English, with axe-core on each. */
@QuarkusTest
@BrowserTest
class AdminPagesEnglishBrowserTest {

    Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.startIn("en-GB,en");
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    /** The same pages for a browser that prefers English: English texts and errors, and still axe-clean. */
    @Test
    void everyAdminPageIsAccessibleInEnglish() {
        browser.loginAndOpen("beheer", "/");
        assertEquals("/beheer", browser.path());
        assertEquals("Schools of the foundation", browser.text("h1"));
        assertEquals("en", browser.find("html").getAttribute("lang"));
        browser.type("new-code", "a b");
        browser.submit("form[action='/beheer/scholen']");
        assertTrue(browser.text("#new-code-error").startsWith("Use 2 to 32"), browser.text("#new-code-error"));
        browser.assertAccessible("schools overview in English with errors");

        browser.open("/beheer/scholen/DEMO/mensen");
        assertEquals("People of Demo College", browser.text("h1"));
        browser.assertAccessible("people in English");
        browser.open("/beheer/scholen/SSGN/ladder");
        assertTrue(browser.text("h1").startsWith("Escalation ladder of"), browser.text("h1"));
        browser.assertAccessible("ladder in English");
        browser.open("/beheer/scholen/SSGN/verwerkingsverantwoordelijke");
        assertTrue(browser.text("h1").startsWith("Controller of"), browser.text("h1"));
        browser.assertAccessible("controller details in English");
        browser.open("/beheer/scholen/SSGN/teams");
        assertTrue(browser.text("h1").startsWith("Teams channel of"), browser.text("h1"));
        browser.type("url", "http://example.org/no-signature");
        browser.submit("form[action='/beheer/scholen/SSGN/teams']");
        assertTrue(browser.text("#url-error").startsWith("Paste the whole URL"), browser.text("#url-error"));
        browser.assertAccessible("Teams channel in English with errors");
    }
}
