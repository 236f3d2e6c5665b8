package nl.vocampus.lekwacht.teams;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.LogCapture;
import nl.vocampus.lekwacht.support.RowCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The functioneel beheerder sets a school's Teams channel through the API; the URL carries its own signature, so it is
 * checked without being repeated, stored sealed, shown back as a hint only, and never logged.
 */
@QuarkusTest
class TeamsChannelApiTest {

    static final String ADMIN = "beheer";
    static final String SIG = "pQ7wS3cr3tS1gnatur3ABCDEFGHIJKLMNOPQRSTUVW";
    static final String URL = "https://prod-12.westeurope.logic.azure.com:443/workflows/4f1c9a2b7e/triggers/manual/paths/invoke"
            + "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + SIG;
    static final String CHANNEL = "/api/admin/schools/SSGN/teams-channel";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RowCounts rows;

    private LogCapture log;

    @BeforeEach
    void noChannel() {
        log = LogCapture.start();
        as(ADMIN).delete(CHANNEL).then().statusCode(204);
    }

    @AfterEach
    void theUrlWasNeverLogged() {
        log.close();
        assertEquals(List.of(), log.containing(SIG), "the channel's signature in a log line");
        assertEquals(List.of(), log.containing("4f1c9a2b7e"), "the channel's path in a log line");
    }

    private static String body(String url) {
        return url == null ? "{}" : "{\"url\": \"" + url.replace("\"", "\\\"") + "\"}";
    }

    @Test
    void theFunctioneelBeheerderSetsTheChannelAndReadsBackOnlyTheHostAndLastFourCharacters() {
        Response set = as(ADMIN).body(body(URL)).put(CHANNEL);
        set.then().statusCode(200)
                .body("host", equalTo("prod-12.westeurope.logic.azure.com"))
                .body("endsWith", equalTo(SIG.substring(SIG.length() - 4)))
                .body("setBy", equalTo(ADMIN));
        Response read = as(ADMIN).get(CHANNEL);
        read.then().statusCode(200).body("host", equalTo("prod-12.westeurope.logic.azure.com"));
        for (Response answer : List.of(set, read)) {
            String text = answer.asString();
            assertFalse(text.contains(SIG), text);
            assertFalse(text.contains("4f1c9a2b7e"), text);
            assertFalse(text.contains("sig="), text);
        }
    }

    @Test
    void aRemovedChannelIsGoneAndRemovingItAgainIsNoError() {
        as(ADMIN).body(body(URL)).put(CHANNEL).then().statusCode(200);
        as(ADMIN).delete(CHANNEL).then().statusCode(204);
        as(ADMIN).get(CHANNEL).then().statusCode(404).contentType("application/problem+json");
        as(ADMIN).delete(CHANNEL).then().statusCode(204);
    }

    @Test
    void anUnknownSchoolIsNotFound() {
        as(ADMIN).body(body(URL)).put("/api/admin/schools/NOPE/teams-channel").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDumpOfTheTableRevealsNeitherTheUrlNorItsSignature() throws SQLException {
        as(ADMIN).body(body(URL)).put(CHANNEL).then().statusCode(200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sealed, t::text from teams_channel t")) {
            assertTrue(rs.next(), "the channel was stored");
            byte[] sealed = rs.getBytes(1);
            String row = rs.getString(2);
            for (String stored : List.of(new String(sealed, StandardCharsets.ISO_8859_1), HexFormat.of().formatHex(sealed), row)) {
                assertFalse(stored.contains(SIG), "the signature is stored readable");
                assertFalse(stored.contains(HexFormat.of().formatHex(SIG.getBytes(StandardCharsets.UTF_8))), "the signature is stored as hex");
                assertFalse(stored.contains("4f1c9a2b7e"), "the URL's path is stored readable");
                assertFalse(stored.contains("logic.azure.com:443/workflows"), "the URL is stored readable");
            }
        }
    }

    @Test
    void aBadUrlIsA400NamingTheFieldThatNeverRepeatsTheUrl() {
        Map<String, String> bad = Map.of(
                "http://prod-12.westeurope.logic.azure.com/workflows/4f1c9a2b7e/invoke?sig=" + SIG, "must be an https URL",
                "https:///workflows/4f1c9a2b7e/invoke?sig=" + SIG, "must name a host",
                "https://prod-12.westeurope.logic.azure.com/workflows/4f1c9a2b7e/invoke?api-version=2016-06-01", "must carry its sig parameter",
                "https://prod-12.westeurope.logic.azure.com/workflows/4f1c9a2b7e/invoke?sig=", "must carry its sig parameter",
                "4f1c9a2b7e sig=" + SIG, "is not a valid URL",
                "https://user:" + SIG + "@prod-12.westeurope.logic.azure.com/workflows/4f1c9a2b7e?sig=" + SIG, "must not carry a user name",
                "https://prod-12.westeurope.logic.azure.com/" + "4f1c9a2b7e".repeat(200) + "?sig=" + SIG, "must be at most 2000 characters");
        Map<String, Long> before = rows.snapshot();
        bad.forEach((url, message) -> {
            String answer = as(ADMIN).body(body(url)).put(CHANNEL).then().statusCode(400).contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString(message))
                    .extract().asString();
            assertFalse(answer.contains(SIG), answer);
            assertFalse(answer.contains("4f1c9a2b7e"), answer);
        });
        as(ADMIN).body(body(null)).put(CHANNEL).then().statusCode(400)
                .body("errors[0].field", equalTo("url")).body("errors[0].message", equalTo("is required"));
        as(ADMIN).body("{\"url\": 12}").put(CHANNEL).then().statusCode(400).body("errors[0].field", equalTo("url"));
        as(ADMIN).body("{\"url\": \"" + URL + "\", \"secret\": \"" + SIG + "\"}").put(CHANNEL).then().statusCode(400)
                .body(not(containsString(SIG)));
        assertEquals(before, rows.snapshot(), "a rejected channel wrote rows");
    }

    @Test
    void noOneButTheFunctioneelBeheerderReachesTheChannel() {
        Map<String, Long> before = rows.snapshot();
        for (String user : List.of("medewerker", "leidinggevende", "directie", "privacy", "fg", "gast")) {
            as(user).get(CHANNEL).then().statusCode(403).contentType("application/problem+json");
            as(user).body(body(URL)).put(CHANNEL).then().statusCode(403).contentType("application/problem+json");
            as(user).delete(CHANNEL).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(before, rows.snapshot(), "a refused change wrote rows");
    }
}
