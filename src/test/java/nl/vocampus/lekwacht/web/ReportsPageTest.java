package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static nl.vocampus.lekwacht.web.ReportPageTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class ReportsPageTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staffSeeOnlyTheirOwnReportsWithDutchStatusAndLocalDeadline() {
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        String own = as(STAFF).body(lostLaptop("2026-11-23T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("reference");
        String managers = as(MANAGER).body(lostLaptop("2026-11-23T08:15:00+01:00").replace("Laptop kwijt in de trein", "Telefoon van teamleider gestolen"))
                .post("/api/incidents").then().statusCode(201).extract().path("reference");
        String managersId = as(MANAGER).get("/api/incidents?size=100").then().extract()
                .path("items.find { it.reference == '" + managers + "' }.id");

        WebSession staff = WebSession.login(STAFF);
        String page = staff.get("/meldingen").then().statusCode(200).extract().asString();
        assertContains(page, "<h1>Mijn meldingen</h1>");
        assertContains(page, ">" + own + "</a>");
        assertContains(page, "Gemeld, nog niet beoordeeld");
        assertContains(page, "donderdag 26 november 2026 om 08:15");
        assertContains(page, "<a href=\"/meldingen\" aria-current=\"page\">Mijn meldingen</a>");
        assertFalse(page.contains(managers), "another user's report is not listed for staff");
        assertFalse(page.contains("Telefoon van teamleider gestolen"), "nor its summary");
        staff.get("/meldingen/" + managersId).then().statusCode(404);

        String all = WebSession.login(MANAGER).get("/meldingen").then().statusCode(200).extract().asString();
        assertContains(all, "<h1>Meldingen</h1>");
        assertContains(all, ">" + own + "</a>");
        assertContains(all, ">" + managers + "</a>");
        assertContains(all, "<th scope=\"col\">Gemeld door</th>");
    }

    @Test
    void aBadPageNumberShowsTheFirstPage() {
        WebSession.login(STAFF).get("/meldingen?pagina=abc").then().statusCode(200);
    }
}
