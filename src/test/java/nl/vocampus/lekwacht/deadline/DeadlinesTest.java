package nl.vocampus.lekwacht.deadline;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.TestClock;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.reportLostLaptop;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DeadlinesTest {

    /** 7 seconds into a 10-second bucket that starts at 10:00:00. */
    static final Instant NOW = Instant.parse("2026-11-21T10:00:07Z");

    @Inject
    TestClock clock;

    String later;
    String sooner;

    @BeforeEach
    void report() {
        clock.set(NOW);
        later = reportLostLaptop("2026-11-21T09:00:00+01:00");   // deadline 2026-11-24T08:00Z
        sooner = reportLostLaptop("2026-11-20T09:00:00+01:00");  // deadline 2026-11-23T08:00Z
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response deadlines(String user, String ifNoneMatch) {
        var request = as(user);
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/deadlines");
    }

    private static Map<String, Object> item(JsonPath body, String id) {
        List<Map<String, Object>> items = body.getList("items");
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElse(null);
    }

    @Test
    void openIncidentsSortedByDeadlineWithTheNextStepCountedFromAsOf() {
        for (String user : List.of(PRIVACY, DPO, MANAGER)) {
            deadlines(user, null).then().statusCode(200).body("asOf", equalTo("2026-11-21T10:00:00Z"));
        }
        JsonPath body = deadlines(PRIVACY, null).then().extract().jsonPath();
        List<String> ids = body.getList("items.id");
        assertTrue(ids.indexOf(sooner) < ids.indexOf(later), "soonest deadline first");
        List<String> deadlines = body.getList("items.deadline");
        assertEquals(deadlines.stream().sorted().toList(), deadlines, "the whole list is sorted by deadline");
        assertEquals(body.getInt("count"), ids.size());

        Map<String, Object> item = item(body, later);
        assertEquals("2026-11-24T08:00:00Z", item.get("deadline"));
        assertEquals("2026-11-24T09:00:00+01:00", item.get("deadlineLocal"));
        assertEquals(70 * 3600, item.get("remainingSeconds"), "counted from asOf 10:00:00, not from 10:00:07");
        assertEquals(false, item.get("overdue"));
        assertEquals("REPORTED", item.get("status"));
        assertEquals("LOST_DEVICE", item.get("kind"));
        assertEquals("SSGN", item.get("school"));
        assertTrue(item.get("reference").toString().startsWith("DL-2026-"));
        @SuppressWarnings("unchecked")
        Map<String, Object> next = (Map<String, Object>) item.get("nextStep");
        assertEquals("REPORT", next.get("name"), "the report notice is still pending: no sweep ran");
        assertEquals(0, item.get("failedSteps"));

        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"Versleuteld\"}").post("/api/incidents/" + later + "/decision").then().statusCode(200);
        assertEquals(null, item(deadlines(PRIVACY, null).then().extract().jsonPath(), later), "a decided incident leaves the list");
    }

    @Test
    void staffMayNotSeeTheDashboardAndPingAnswersEveryone() {
        deadlines(STAFF, null).then().statusCode(403).contentType("application/problem+json");
        RestAssured.given().get("/api/deadlines").then().statusCode(401);
        for (String user : List.of(STAFF, PRIVACY, DPO, MANAGER)) {
            as(user).get("/api/ping").then().statusCode(200).body(equalTo("{\"status\":\"ok\"}"));
        }
        RestAssured.given().get("/api/ping").then().statusCode(401);
    }

    @Test
    void anUnchangedListAnswers304AndTheSameBytes() {
        Response first = deadlines(PRIVACY, null);
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertFalse(etag.startsWith("W/"), "a strong ETag");
        assertTrue(first.header("Cache-Control").contains("no-cache"));

        Response conditional = deadlines(PRIVACY, etag);
        assertEquals(304, conditional.statusCode());
        assertEquals(etag, conditional.header("ETag"));
        assertEquals("", conditional.asString());
        assertEquals(304, deadlines(PRIVACY, "\"other\", W/" + etag).statusCode(), "weak comparison in a list");
        // Another scope is another list: the privacy officer of DEMO never gets a 304 for SSgN's.
        assertEquals(200, deadlines("privacy2", etag).statusCode(), "another scope, another representation");
        assertNotEquals(etag, deadlines(DPO, null).header("ETag"));

        clock.set(NOW.plusSeconds(2)); // same bucket
        Response again = deadlines(PRIVACY, null);
        assertEquals(etag, again.header("ETag"));
        assertTrue(java.util.Arrays.equals(first.asByteArray(), again.asByteArray()), "same (version, asOf), same bytes");
    }

    @Test
    void aChangeThroughAnotherConnectionChangesTheETag() throws SQLException {
        String etag = deadlines(PRIVACY, null).header("ETag");
        // As another instance of the cluster would: straight into the database, not through this application.
        try (Connection other = otherConnection();
             PreparedStatement update = other.prepareStatement("update incident set summary = 'Telefoon kwijt (bijgewerkt)' where id = ?")) {
            update.setObject(1, UUID.fromString(later));
            assertEquals(1, update.executeUpdate());
        }
        Response changed = deadlines(PRIVACY, etag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.header("ETag"));
        assertEquals("Telefoon kwijt (bijgewerkt)", item(changed.jsonPath(), later).get("summary"));

        String etag2 = changed.header("ETag");
        try (Connection other = otherConnection();
             PreparedStatement fail = other.prepareStatement(
                     "update escalation_step set status = 'FAILED', last_error = 'SMTP down' where incident_id = ? and step = 'RECEIPT'")) {
            fail.setObject(1, UUID.fromString(later));
            assertEquals(1, fail.executeUpdate());
        }
        Response failed = deadlines(PRIVACY, etag2);
        assertEquals(200, failed.statusCode());
        assertEquals(1, item(failed.jsonPath(), later).get("failedSteps"));
        assertEquals(304, deadlines(PRIVACY, failed.header("ETag")).statusCode());
    }

    @Test
    void theETagMovesWithTheTimeBucket() {
        Response first = deadlines(PRIVACY, null);
        String etag = first.header("ETag");
        clock.set(NOW.plusSeconds(3)); // 10:00:10, the next bucket
        Response next = deadlines(PRIVACY, etag);
        assertEquals(200, next.statusCode());
        assertNotEquals(etag, next.header("ETag"));
        assertEquals("2026-11-21T10:00:10Z", next.jsonPath().getString("asOf"));
        assertEquals(70 * 3600 - 10, item(next.jsonPath(), later).get("remainingSeconds"));
        assertEquals(304, deadlines(PRIVACY, next.header("ETag")).statusCode());
    }

    @Test
    void gzipIsItsOwnRepresentationWithItsOwnStrongETag() {
        Response zipped = as(PRIVACY).header("Accept-Encoding", "gzip").get("/api/deadlines");
        Response plain = identity().get("/api/deadlines");
        assertTrue(zipped.header("ETag").endsWith("-gzip\""), zipped.header("ETag"));
        assertFalse(plain.header("ETag").endsWith("-gzip\""), plain.header("ETag"));
        assertEquals("Accept-Encoding", plain.header("Vary"));
        assertEquals(plain.asString(), zipped.asString(), "the same list once decompressed");
        assertEquals(200, identity().header("If-None-Match", zipped.header("ETag"))
                .get("/api/deadlines").statusCode(), "a gzip ETag does not validate the plain body");
        assertEquals(304, as(PRIVACY).header("Accept-Encoding", "gzip;q=1.0, br").header("If-None-Match", zipped.header("ETag"))
                .get("/api/deadlines").statusCode());
        assertTrue(DeadlinesResource.acceptsGzip("deflate, gzip"));
        assertFalse(DeadlinesResource.acceptsGzip("gzip;q=0"));
        assertFalse(DeadlinesResource.acceptsGzip(null));
    }

    @Test
    void passedDeadlinesShowAsOverdue() {
        clock.set(Instant.parse("2026-11-23T08:00:04Z"));
        Map<String, Object> item = item(deadlines(PRIVACY, null).jsonPath(), sooner);
        assertEquals(0, item.get("remainingSeconds"));
        assertEquals(true, item.get("overdue"));
    }

    /** Without REST Assured's default Accept-Encoding: gzip, deflate. */
    private static io.restassured.specification.RequestSpecification identity() {
        return as(PRIVACY).config(RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static Connection otherConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
