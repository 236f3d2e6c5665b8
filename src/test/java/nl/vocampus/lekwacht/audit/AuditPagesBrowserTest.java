package nl.vocampus.lekwacht.audit;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.support.Api;
import nl.vocampus.lekwacht.support.Browser;
import nl.vocampus.lekwacht.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FG's audit page and the admin's chain check in Chromium, with axe-core on each, also with errors showing. */
@QuarkusTest
@BrowserTest
class AuditPagesBrowserTest {

    Browser browser;
    String id;

    @BeforeEach
    void start() {
        id = Api.reportLostLaptop("2026-11-21T09:00:00+01:00");
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void theFgFiltersTheTrailAndFindsItInTheMenu() {
        browser.loginAndOpen("fg", "/register");
        browser.follow(browser.find("a[href='/audit']"));
        assertEquals("/audit", browser.path());
        assertEquals("Audittrail", browser.text("h1"));
        assertTrue(browser.text("table.audit").contains("Melding gedaan"), browser.text("table.audit"));
        browser.assertAccessible("audit trail");

        browser.type("incident", "geen-id");
        browser.submit("form[action='/audit']");
        assertTrue(browser.text("#incident-error").startsWith("Vul het id van een melding in"), browser.text("#incident-error"));
        browser.assertAccessible("audit trail with an error");
        // Date fields are typed in the browser's own format; the query is what the form sends.
        browser.open("/audit?van=2026-11-22&tot=2026-11-21");
        assertTrue(browser.text("#tot-error").startsWith("De einddatum ligt voor de begindatum"), browser.text("#tot-error"));
        browser.assertAccessible("audit trail with errors");

        browser.open("/audit?incident=" + id);
        assertTrue(browser.text("table.audit").contains("medewerker"), browser.text("table.audit"));
        assertTrue(browser.find("a[href^='/audit.csv?incident=" + id + "']").isDisplayed());
    }

    @Test
    void theAdminChecksTheChain() {
        browser.loginAndOpen("beheer", "/beheer");
        browser.follow(browser.find("a[href='/beheer/audit']"));
        browser.assertAccessible("audit check");
        browser.submit("form[action='/beheer/audit']");
        assertTrue(browser.text("#audit-outcome").startsWith("De keten is intact"), browser.text("#audit-outcome"));
        browser.assertAccessible("audit check done");
    }
}
