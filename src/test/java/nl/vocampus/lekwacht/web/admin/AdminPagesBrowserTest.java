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
    }
}
