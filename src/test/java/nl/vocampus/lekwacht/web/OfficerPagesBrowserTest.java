package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.support.BrowserTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.Api;
import nl.vocampus.lekwacht.support.Browser;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end in a real browser: a staff member reports a lost laptop, the privacy officer sees it on the
 * dashboard with the right countdown, assesses and decides on the incident page, and it leaves the open
 * list for the register. axe-core on every page the officer uses.
 */
@QuarkusTest
@BrowserTest
class OfficerPagesBrowserTest {

    @Inject
    TestClock clock;

    Browser browser;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-12-07T09:00:00Z"));
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        clock.reset();
        browser.close();
    }

    @Test
    void aReportGoesFromTheStaffFormOverTheDashboardToTheRegister() throws Exception {
        // a staff member reports at 10:00 Amsterdam: the deadline is Thursday 10 December 10:00 (09:00 UTC)
        browser.loginAndOpen(STAFF, "/melden");
        browser.choose("kind-LOST_DEVICE");
        browser.type("summary", "Laptop kwijt in de bus");
        browser.type("description", "Schoollaptop met <script>alert('x')</script> in de bus laten liggen.");
        new Select(browser.find("#deviceType")).selectByValue("LAPTOP");
        browser.choose("deviceSchoolIssued-YES");
        browser.choose("deviceEncrypted-NO");
        browser.choose("categories-NAME");
        browser.choose("groups-PUPILS");
        browser.type("approximatePeople", "28");
        browser.submit("form.report-form");
        String reference = browser.text(".reference");
        browser.submit("form.user");
        assertEquals("/login?uit=1", browser.path());

        // other open incidents, one per band, discovered before the staff member's report
        clock.set(Instant.parse("2026-12-09T08:00:00Z"));
        reportAt("2026-12-09T08:00:00Z", "Telefoon gestolen op het schoolplein");
        reportAt("2026-12-07T00:30:00Z", "USB-stick met toetsresultaten kwijt");
        reportAt("2026-12-06T15:00:00Z", "Cijferlijst naar verkeerde ouder gemaild");

        // 13 hours 20 minutes and 45 seconds before the deadline. Time left is shown truncated, never rounded up,
        // and the script keeps counting while the test clock stands still: "13 uur 20 min" holds for 45 seconds.
        clock.set(Instant.parse("2026-12-09T19:39:15Z"));
        browser.loginAndOpen(PRIVACY, "/dashboard");
        assertEquals("Dashboard datalekken", browser.text("h1"));
        WebElement item = dashboardItem(reference);
        assertTrue(item.getAttribute("class").contains("band-soon"), item.getAttribute("class"));
        assertEquals("12 tot 24 uur", item.findElement(By.cssSelector(".band-label")).getText());
        assertEquals("nog 13 uur 20 min", item.findElement(By.cssSelector(".countdown")).getText());
        assertTrue(browser.text("#deadline-board").contains("VERSTREKEN"), "an overdue incident says so in words");
        Thread.sleep(1500);
        assertEquals("nog 13 uur 20 min", dashboardItem(reference).findElement(By.cssSelector(".countdown")).getText(),
                "the script counts down from the server's clock, not the browser's");
        browser.assertAccessible("dashboard");
        Path screenshot = browser.screenshot("dashboard");
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the dashboard");

        // the script polls and shows a new report without a reload
        reportAt("2026-12-09T18:00:00Z", "Tablet vergeten in de gymzaal");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(25)).until(
                d -> d.findElement(By.id("deadline-board")).getText().contains("Tablet vergeten in de gymzaal"));
        assertEquals("nog 13 uur 20 min", dashboardItem(reference).findElement(By.cssSelector(".countdown")).getText());

        browser.follow(dashboardItem(reference).findElement(By.cssSelector("a.deadline-link")));
        assertTrue(browser.path().matches("/incidenten/[0-9a-f-]{36}"), browser.path());
        assertEquals("Melding " + reference, browser.text("h1"));
        assertTrue(browser.text("main").contains("<script>alert('x')</script>"), "markup shows as text");
        assertTrue(browser.text(".timeline").contains("Melding gedaan"));
        browser.assertAccessible("incident page");

        // a decision without reasoning is refused in Dutch, next to the field
        browser.choose("notifyAp-false");
        browser.submit("form.decision-form");
        assertEquals("Schrijf op waarom je zo besluit.", browser.text("#reasoning-error"));
        assertEquals("error-summary", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.screenshot("incident-fouten");
        browser.assertAccessible("incident page with errors");

        // the assessment: unencrypted laptop with pupils' names
        new Select(browser.find("#confidentiality")).selectByValue("YES");
        new Select(browser.find("#childrenInvolved")).selectByValue("YES");
        new Select(browser.find("#encrypted")).selectByValue("NO");
        browser.type("numberOfPeople", "28");
        browser.type("consequences", "Namen van leerlingen kunnen door een vinder worden gelezen.");
        browser.submit("form.assessment-form");
        assertTrue(browser.path().matches("/incidenten/[0-9a-f-]{36}"), "back on the page (PRG): " + browser.path());
        assertEquals("Wordt beoordeeld", browser.text(".status-badge"));
        assertTrue(browser.text(".outcome").startsWith("Melden bij de AP"), browser.text(".outcome"));
        List<WebElement> rules = browser.driver().findElements(By.cssSelector(".rules li"));
        assertFalse(rules.isEmpty(), "the fired rules are shown");
        assertTrue(browser.text(".rules").contains("UNPROTECTED_DEVICE"), browser.text(".rules"));
        assertTrue(browser.text(".timeline").contains("Beoordeling vastgelegd"));

        // the officer decides otherwise and says why
        browser.choose("notifyAp-false");
        browser.type("reasoning", "De laptop is teruggevonden in de bus, dicht en onaangeroerd.");
        browser.submit("form.decision-form");
        assertEquals("Besluit genomen", browser.text(".status-badge"));
        assertTrue(browser.text(".decisions").contains("Alleen registreren"));
        assertTrue(browser.text(".timeline").contains("Besluit vastgelegd"));

        browser.follow(browser.driver().findElement(By.linkText("Dashboard")));
        assertEquals("/dashboard", browser.path());
        assertTrue(browser.driver().findElements(By.xpath("//li[contains(@class,'deadline-item')][.//span[@class='reference' and text()='"
                + reference + "']]")).isEmpty(), "a decided incident leaves the open list");

        browser.follow(browser.driver().findElement(By.linkText("Register")));
        assertEquals("/register", browser.path());
        assertTrue(browser.text("table.register").contains(reference), "the decided incident is in the register");
        browser.assertAccessible("register");

        browser.follow(browser.driver().findElement(By.linkText("AP-formulier " + reference)));
        assertEquals("AP-formulier " + reference, browser.text("h1"));
        assertTrue(browser.text(".missing").contains("Nog niet beantwoord"));
        browser.screenshot("ap-formulier");
        browser.assertAccessible("AP export");
    }

    private WebElement dashboardItem(String reference) {
        return browser.driver().findElement(By.xpath("//li[contains(@class,'deadline-item')][.//span[@class='reference' and text()='"
                + reference + "']]"));
    }

    /** Reported by the leidinggevende, so that the staff member's own list stays as the staff tests expect. */
    private static void reportAt(String discoveredAt, String summary) {
        Api.as(MANAGER).body(Api.lostLaptop(discoveredAt).replace("Laptop kwijt in de trein", summary))
                .post("/api/incidents").then().statusCode(201);
    }
}
