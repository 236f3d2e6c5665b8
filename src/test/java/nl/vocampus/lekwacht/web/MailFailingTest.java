package nl.vocampus.lekwacht.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.escalation.EscalationSweeper;
import nl.vocampus.lekwacht.support.Api;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.web.OfficerPagesTest.dashboardItem;
import static nl.vocampus.lekwacht.web.ReportPageTest.assertContains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While the SMTP relay is down the privacy officer learns it from the dashboard, not from a missing mail:
 * the mail health group says DOWN, and steps waiting for a retry are shown as such, not with a moment
 * in the past. Against the tests' real GreenMail, taken down and up through its relay.
 */
@QuarkusTest
class MailFailingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Inject
    TestClock clock;
    @Inject
    EscalationSweeper sweeper;
    @Inject
    AgroalDataSource dataSource;

    /** The dashboard lists every open incident: start without any. */
    @BeforeEach
    void noIncidents() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate table incident cascade");
        }
        clock.set(NOW);
    }

    @AfterEach
    void relayBack() {
        SmtpResource.startServer();
        MailBox.clear();
        clock.reset();
    }

    @Test
    void theMailHealthGroupSaysWhetherTheRelayAnswers() {
        String relay = "127.0.0.1:" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.mailer.port", Integer.class);
        RestAssured.get("/q/health/group/mail").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("SMTP relay"))
                .body("checks[0].status", equalTo("UP"))
                .body("checks[0].data.relay", equalTo(relay));

        SmtpResource.stopServer();
        String down = RestAssured.get("/q/health/group/mail").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks[0].status", equalTo("DOWN"))
                .body("checks[0].data.relay", equalTo(relay))
                .extract().asString();
        assertFalse(down.toLowerCase().contains("password"), down);
        // Lekwacht keeps taking reports while mail is down: readiness does not depend on the relay.
        RestAssured.get("/q/health/ready").then().statusCode(200).body(not(containsString("SMTP relay")));

        SmtpResource.startServer();
        RestAssured.get("/q/health/group/mail").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theDashboardWarnsWhileMailIsFailingAndShowsTheRetryInsteadOfAPastMoment() {
        SmtpResource.stopServer();
        String id = Api.reportLostLaptop("2026-11-21T10:30:00+01:00");
        clock.set(NOW.plusSeconds(20));
        sweeper.sweep(clock.instant()); // the report's messages fail once and wait for a retry

        JsonPath list = WebSession.login(PRIVACY).request().accept("application/json").get("/dashboard/deadlines")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = list.getMap("items.find { it.id == '" + id + "' }");
        assertTrue((Integer) item.get("retryingSteps") >= 1, item.toString());
        assertEquals(1, list.getInt("items.find { it.id == '" + id + "' }.nextStep.attempts"), item.toString());
        assertTrue(list.getString("items.find { it.id == '" + id + "' }.nextStep.nextAttemptAt") != null, item.toString());

        WebSession officer = WebSession.login(PRIVACY);
        String page = officer.get("/dashboard").then().statusCode(200).extract().asString();
        assertContains(page, "<h2>E-mail wordt op dit moment niet verstuurd</h2>");
        String row = dashboardItem(page, id);
        assertContains(row, "wacht op een nieuwe verzendpoging (1 mislukt); volgende poging zaterdag 21 november 2026 om 11:01");
        assertContains(row, "Let op: versturen lukt nu niet.");
        assertFalse(row.contains("Volgende stap: bericht over nieuwe melding op "), "no planned moment in the past: " + row);

        SmtpResource.startServer();
        for (int minutes = 2; minutes <= 16 && stillRetrying(id); minutes *= 2) {
            clock.set(NOW.plus(Duration.ofMinutes(minutes)));
            sweeper.sweep(clock.instant());
        }
        page = officer.get("/dashboard").then().statusCode(200).extract().asString();
        assertFalse(page.contains("E-mail wordt op dit moment niet verstuurd"), "mail works again: no warning");
        assertFalse(dashboardItem(page, id).contains("verzendpoging"), dashboardItem(page, id));
    }

    private static boolean stillRetrying(String id) {
        List<Integer> attempts = Api.as(PRIVACY).get("/api/incidents/" + id + "/escalations").jsonPath()
                .getList("findAll { it.status == 'PENDING' && it.attempts > 0 }.attempts");
        return !attempts.isEmpty();
    }
}
