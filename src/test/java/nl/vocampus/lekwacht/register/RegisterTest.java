package nl.vocampus.lekwacht.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RegisterTest {

    /** A day no other test uses, so the period filter isolates this class's incidents. */
    static final String DAY = "2031-03-10";
    static final String TRICKY = "Lijst; met \"aanhalingstekens\"\nen een tweede regel";

    @Inject
    TestClock clock;

    String notified;
    String registered;
    String notifiedRef;

    @BeforeEach
    void incidents() {
        clock.set(Instant.parse("2031-03-10T12:00:00Z"));
        notified = report("2031-03-10T09:00:00+01:00", TRICKY, "=HYPERLINK(\\\"http://x\\\")");
        notifiedRef = as(PRIVACY).get("/api/incidents/" + notified).then().extract().path("reference");
        as(PRIVACY).body("{\"confidentiality\": true, \"encrypted\": \"NO\", \"consequences\": \"Cijfers leesbaar voor vinder\", "
                        + "\"measuresTaken\": \"Wachtwoorden gewijzigd\", \"severity\": \"LIMITED\", \"cause\": \"Tas vergeten\"}")
                .put("/api/incidents/" + notified + "/assessment").then().statusCode(200);
        as(PRIVACY).body("{\"notifyAp\": true, \"informPeople\": true, \"reasoning\": \"Onversleuteld; melden\", "
                        + "\"apReference\": \"M-REG-" + notified.substring(0, 6) + "\", \"notifiedAt\": \"2031-03-10T11:00:00+01:00\"}")
                .post("/api/incidents/" + notified + "/decision").then().statusCode(200);
        as(PRIVACY).body("{\"informedAt\": \"2031-03-10T12:00:00+01:00\", \"methods\": [\"LETTER\"], \"peopleCount\": 40}")
                .post("/api/incidents/" + notified + "/informing").then().statusCode(201);
        registered = report("2031-03-10T10:00:00+01:00", "Versleutelde telefoon", "Telefoon kwijt");
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"Versleuteld met sterke pincode\"}")
                .post("/api/incidents/" + registered + "/decision").then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String report(String discoveredAt, String description, String summary) {
        String body = """
                {"kind": "LOST_DEVICE", "school": "SSGN", "summary": "%s", "description": %s,
                 "discoveredAt": "%s", "device": {"type": "LAPTOP", "encrypted": "UNKNOWN"},
                 "dataInvolved": {"groups": ["PUPILS"], "approximatePeople": 40}}"""
                .formatted(summary, com.fasterxml.jackson.databind.node.TextNode.valueOf(description).toString(), discoveredAt);
        return as(STAFF).body(body).post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyIncidentNotifiedOrNotWithDecisionsSuggestionsFilingsAndInforming() {
        for (String user : List.of(PRIVACY, DPO, MANAGER)) {
            as(user).get("/api/register?school=ssgn&from=" + DAY + "&to=" + DAY).then().statusCode(200);
        }
        JsonPath register = as(PRIVACY).get("/api/register?from=" + DAY + "&to=" + DAY).then().statusCode(200).extract().jsonPath();
        List<String> ids = register.getList("id");
        assertTrue(ids.containsAll(List.of(notified, registered)), ids.toString());
        Map<String, Object> entry = register.getMap("find { it.id == '" + notified + "' }");
        assertEquals(true, entry.get("assessed"));
        assertEquals("Cijfers leesbaar voor vinder", register.getString("find { it.id == '" + notified + "' }.assessment.consequences"));
        assertEquals("NOTIFY_AP", register.getString("find { it.id == '" + notified + "' }.decisions[0].suggestedOutcome"));
        assertEquals(false, register.getBoolean("find { it.id == '" + notified + "' }.decisions[0].followsSuggestion"));
        assertEquals("NOTIFY_AP_AND_INFORM_PEOPLE", register.getString("find { it.id == '" + notified + "' }.decisions[0].decidedOutcome"));
        assertEquals("Onversleuteld; melden", register.getString("find { it.id == '" + notified + "' }.decisions[0].reasoning"));
        assertEquals("INITIAL", register.getString("find { it.id == '" + notified + "' }.filings[0].type"));
        assertEquals(40, register.getInt("find { it.id == '" + notified + "' }.informing[0].peopleCount"));
        assertEquals("REGISTER_ONLY", register.getString("find { it.id == '" + registered + "' }.decisions[0].decidedOutcome"));
        assertEquals(0, register.getList("find { it.id == '" + registered + "' }.filings").size());

        as(PRIVACY).get("/api/register?from=2031-03-11").then().statusCode(200)
                .body("findAll { it.id == '" + notified + "' }.size()", equalTo(0));
        as(STAFF).get("/api/register").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badFiltersNameTheParameter() {
        as(PRIVACY).get("/api/register?from=10-03-2031").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        as(PRIVACY).get("/api/register?from=2031-03-10&to=2031-03-09").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(PRIVACY).get("/api/register?school=NOPE").then().statusCode(400).body("errors[0].field", equalTo("school"))
                .body("errors[0].message", containsString("SSGN"));
        as(PRIVACY).get("/api/register.csv?to=morgen").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void csvOpensInDutchExcel() {
        byte[] bytes = as(PRIVACY).get("/api/register.csv?from=" + DAY + "&to=" + DAY).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\"Kenmerk\";\"School\";\"Soort melding\";\"Status\";\"Ronde\";\"Samenvatting\";\"Omschrijving\";"), text);
        assertTrue(text.endsWith("\r\n"));
        assertTrue(text.contains("\"Betrokkenen geïnformeerd\"\r\n"), "Dutch headers in UTF-8, CRLF after the header");

        List<List<String>> rows = parse(text);
        List<String> header = rows.get(0);
        List<String> row = rows.stream().filter(r -> r.get(0).equals(notifiedRef)).findFirst().orElseThrow();
        assertEquals(header.size(), row.size());
        assertEquals(TRICKY, row.get(header.indexOf("Omschrijving")), "; \" and a newline survive the round trip");
        assertEquals("'=HYPERLINK(\"http://x\")", row.get(header.indexOf("Samenvatting")), "no formula runs in Excel");
        assertEquals("10-03-2031 09:00", row.get(header.indexOf("Bekend sinds (start 72 uur)")), "Dutch date in Amsterdam time");
        assertEquals("13-03-2031 09:00", row.get(header.indexOf("Uiterste meldmoment AP")));
        assertEquals("Melden bij de AP en betrokkenen informeren", row.get(header.indexOf("Besluit")));
        assertEquals("Onversleuteld; melden", row.get(header.indexOf("Onderbouwing besluit")));
        assertTrue(row.get(header.indexOf("Meldingen AP")).startsWith("Eerste melding M-REG-"), row.toString());
        assertEquals("10-03-2031 12:00: 40 personen per brief", row.get(header.indexOf("Betrokkenen geïnformeerd")));
        assertEquals("Verloren apparaat", row.get(header.indexOf("Soort melding")));

        byte[] negotiated = as(PRIVACY).accept("text/csv").get("/api/register?from=" + DAY + "&to=" + DAY).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertArrayEquals(bytes, negotiated, "Accept: text/csv gives the same file");
    }

    /** RFC 4180 with ';', as Excel reads it. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
