package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.escalation.EscalationSweeper;
import nl.vocampus.lekwacht.support.Browser;
import nl.vocampus.lekwacht.support.BrowserTest;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Instant;

import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo inbox and the English pages in a real browser, with axe-core on each. */
@QuarkusTest
@BrowserTest
class InboxBrowserTest {

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;

    String reference;

    @BeforeEach
    void reportAndSend() {
        KnownState.reset();
        SmtpResource.startServer();
        MailBox.clear();
        clock.set(Instant.parse("2026-11-16T09:00:00Z"));
        reference = as("medewerker").body(lostLaptop("2026-11-16T09:00:00Z")).post("/api/incidents")
                .then().statusCode(201).extract().path("reference");
        sweeper.sweep(clock.instant());
    }

    @AfterEach
    void reset() {
        MailBox.clear();
        clock.reset();
    }

    @Test
    void thePrivacyOfficerReadsTheNoticeInTheInboxThenSwitchesToEnglish() {
        try (Browser browser = Browser.start()) {
            browser.loginAndOpen("privacy", "/demo/postvak");
            assertEquals("Demo-postvak", browser.text("h1"));
            assertTrue(browser.text("table.inbox").contains("Ontvangstbevestiging melding " + reference));
            browser.assertAccessible("demo inbox");

            browser.follow(browser.driver().findElement(By.partialLinkText("Nieuwe melding " + reference)));
            assertTrue(browser.text("h1").startsWith("Nieuwe melding " + reference), browser.text("h1"));
            assertTrue(browser.text("dl.mail-header").contains("meldtermijn-" + reference + ".ics"));
            browser.assertAccessible("demo inbox message");
            WebElement frame = browser.find("iframe.mail-body");
            browser.driver().switchTo().frame(frame);
            assertTrue(browser.text("body").contains("vraagt om jouw aandacht"), "the mail's HTML shows in its frame");
            browser.driver().switchTo().defaultContent();

            browser.follow(browser.find("nav.language a[lang='en']"));
            assertEquals("en", browser.find("html").getAttribute("lang"));
            assertEquals("Back to the inbox", browser.text("main p a"));
            browser.assertAccessible("demo inbox message in English");

            browser.open("/melden");
            assertEquals("Report an incident", browser.text("h1"));
            browser.assertAccessible("report page in English");
            browser.open("/demo/postvak");
            assertEquals("Demo inbox", browser.text("h1"));
            browser.assertAccessible("demo inbox in English");
        }
    }

    /** Browser.close() fails a browser test on any CSP violation; this shows it would see one. */
    @Test
    void anInlineStyleOnAPageIsAViolationTheBrowserTestsSee() {
        try (Browser browser = Browser.start()) {
            browser.open("/login");
            browser.driver().executeScript("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");
            java.util.List<String> seen = new java.util.ArrayList<>();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> seen.addAll(browser.cspViolations()) || !seen.isEmpty());
            assertTrue(seen.get(0).contains("style-src"), seen.toString());
        }
    }

    @Test
    void anEnglishBrowserGetsTheEnglishLoginPage() {
        try (Browser browser = Browser.startIn("en-GB,en")) {
            browser.open("/login");
            assertEquals("Log in", browser.text("h1"));
            browser.assertAccessible("login page in English");
        }
    }
}
