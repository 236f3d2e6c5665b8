package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.support.BrowserTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.Browser;
import nl.vocampus.lekwacht.escalation.EscalationSweeper;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A staff member in a real browser: log in, report a lost laptop, see the confirmation and the list; axe on every page. */
@QuarkusTest
@BrowserTest
class StaffPagesBrowserTest {

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;

    Browser browser;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        clock.reset();
        browser.close();
    }

    @Test
    void aStaffMemberReportsALostLaptopAndFindsItInTheirList() throws Exception {
        browser.open("/melden");
        assertEquals("/login", browser.path());
        browser.assertAccessible("login page");

        browser.loginAndOpen(STAFF, "/melden");
        assertEquals("Melding doen", browser.text("h1"));
        assertTrue(browser.text("header").contains("Ingelogd als medewerker"));
        assertFalse(browser.find("#deviceType").isDisplayed(), "device questions wait for the kind of report");
        browser.assertAccessible("report form");

        browser.choose("kind-LOST_DEVICE");
        assertTrue(browser.find("#deviceType").isDisplayed(), "a lost device asks about the device");
        assertFalse(browser.find("#whatHappened-EMAIL_WRONG_RECIPIENT").isDisplayed(), "the AP question is for data leaks");
        browser.type("summary", "Laptop kwijt in de trein");
        browser.type("description", "Schoollaptop met cijferlijsten laten liggen in de trein naar Arnhem.");
        new Select(browser.find("#deviceType")).selectByValue("LAPTOP");
        browser.choose("deviceSchoolIssued-YES");
        browser.choose("deviceEncrypted-NO");
        browser.type("deviceLocation", "Trein Nijmegen-Arnhem");
        browser.choose("categories-NAME");
        browser.choose("categories-GRADES_TEST_RESULTS");
        browser.choose("groups-PUPILS");
        browser.type("approximatePeople", "30");
        Path screenshot = browser.screenshot("melden");
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the form");
        browser.assertAccessible("report form with a lost device");

        browser.submit("form.report-form");
        assertTrue(browser.path().matches("/meldingen/[0-9a-f-]{36}\\?nieuw=1"), browser.path());
        String reference = browser.text(".reference");
        assertTrue(reference.matches("DL-2026-\\d{4}"), reference);
        assertEquals("Melding " + reference, browser.text("h1"));
        // discovered defaulted to now: Monday 23 November 10:00 in Amsterdam, so 72 hours later
        assertEquals("uiterlijk donderdag 26 november 2026 om 10:00", browser.text(".deadline"));
        assertTrue(browser.text("main").contains("nog 3 dagen en 0 uur"), browser.text("main"));
        browser.screenshot("melding");
        browser.assertAccessible("confirmation");

        browser.follow(browser.driver().findElement(By.linkText("Naar mijn meldingen")));
        assertEquals("/meldingen", browser.path());
        assertEquals("Mijn meldingen", browser.text("h1"));
        assertTrue(browser.text("table.incidents").contains(reference), "the new report is listed");
        assertTrue(browser.text("table.incidents").contains("Laptop kwijt in de trein"));
        browser.assertAccessible("my reports");

        browser.submit("form.user");
        assertEquals("/login?uit=1", browser.path());
        browser.open("/meldingen");
        assertEquals("/login", browser.path(), "logged out");
    }

    /**
     * A DEMO teacher reports in the browser, naming their leidinggevende: the notice reaches leidinggevende2 and
     * privacy2 and nobody of SSgN, and only DEMO's people can open the report.
     */
    @Test
    void aReportAtDemoReachesDemosLeidinggevendeAndPrivacyOfficerOnly() {
        SmtpResource.startServer();
        MailBox.clear();
        browser.loginAndOpen("medewerker2", "/melden");
        assertEquals("DEMO", new Select(browser.find("#school")).getFirstSelectedOption().getAttribute("value"),
                "the form starts at the school the directory lists the teacher at");
        browser.choose("kind-STOLEN_DEVICE");
        browser.type("summary", "Telefoon gestolen op het schoolplein");
        browser.type("description", "Diensttelefoon met de schoolmail van de mentorklas gestolen.");
        new Select(browser.find("#deviceType")).selectByValue("PHONE");
        new Select(browser.find("#managerEmail")).selectByValue("leidinggevende2@demo.example");
        browser.choose("deviceSchoolIssued-YES");
        browser.assertAccessible("report form at DEMO with a leidinggevende chosen");
        browser.submit("form.report-form");
        assertTrue(browser.path().matches("/meldingen/[0-9a-f-]{36}\\?nieuw=1"), browser.path());
        String reference = browser.text(".reference");
        String id = browser.path().substring("/meldingen/".length(), browser.path().indexOf('?'));

        sweeper.sweep(clock.instant());
        MailBox.ReceivedMail notice = MailBox.about(reference).stream().filter(m -> m.subject().startsWith("Nieuwe melding"))
                .findFirst().orElseThrow();
        assertEquals(List.of("leidinggevende2@demo.example", "privacy2@demo.example"), notice.to().stream().sorted().toList());
        assertTrue(MailBox.all().stream().flatMap(m -> m.to().stream()).noneMatch(a -> a.endsWith("@ssgn.example")),
                "nobody of SSgN is told");

        as("leidinggevende2").get("/api/incidents/" + id).then().statusCode(200);
        as("privacy2").get("/api/incidents/" + id).then().statusCode(200);
        as("leidinggevende").get("/api/incidents/" + id).then().statusCode(404);
        as("privacy").get("/api/incidents/" + id).then().statusCode(404);
    }

    @Test
    void theFormWithErrorsIsAccessibleAndFocusesTheSummary() {
        browser.loginAndOpen(STAFF, "/melden");
        browser.find("#summary").clear();
        browser.submit("form.report-form");
        assertEquals("/melden", browser.path());
        assertEquals("Controleer je melding", browser.text("#error-summary h2"));
        assertEquals("error-summary", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the error summary has the focus");
        assertTrue(browser.text("#error-summary").contains("Kies wat je wilt melden."));
        browser.driver().findElement(By.linkText("Vul een korte omschrijving in.")).click();
        assertEquals("summary", browser.driver().switchTo().activeElement().getAttribute("id"), "the link leads to the field");
        browser.screenshot("melden-fouten");
        browser.assertAccessible("report form with errors");
    }
}
