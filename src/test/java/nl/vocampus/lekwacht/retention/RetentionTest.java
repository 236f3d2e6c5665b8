package nl.vocampus.lekwacht.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention against the real database: the clock moves past the periods, the run replaces or deletes, and every
 * text column of every table is searched for what was written, so a column the run forgot is found.
 */
@QuarkusTest
class RetentionTest {

    static final Instant REPORTED = Instant.parse("2026-03-02T09:00:00Z");
    static final String MARKER = "[gepseudonimiseerd]";

    @Inject
    TestClock clock;

    @Inject
    RetentionRun retention;

    @Inject
    RetentionEvents events;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void knownState() {
        KnownState.reset();
        events.clear();
        clock.set(REPORTED);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void fiveYearsAfterClosingTheTextsAreGoneFromEveryTableAndTheRegisterKeepsTheFacts() throws Exception {
        String closed = breach("Geheim-A");
        String open = report("Geheim-B");
        closeAfterNotifying(closed, "Geheim-A", true);
        demoMessageAbout(closed, "Geheim-A");
        demoMessageAbout(open, "Geheim-B");
        Instant closedAt = clock.instant();

        clock.set(closedAt.plus(Duration.ofDays(5 * 365)));
        assertEquals(new RetentionRun.Result(0, 0), retention.run(clock.instant()), "within five years nothing changes");
        assertTrue(!columnsContaining("Geheim-A").isEmpty());

        clock.set(closedAt.plus(Duration.ofDays(5 * 365 + 2)));
        assertEquals(new RetentionRun.Result(0, 1), retention.run(clock.instant()));

        assertEquals(List.of(), columnsContaining("Geheim-A"), "no text of the pseudonymised incident is left in any table");
        assertTrue(columnsContaining("Geheim-B").containsAll(List.of("incident.summary", "incident.description", "incident.device_serial_number",
                        "demo_message.text_body")),
                "the open incident is untouched");
        Map<String, Object> row = incidentRow(closed);
        assertEquals(MARKER, row.get("reporter"));
        assertEquals(MARKER, row.get("reporter_subject"));
        assertNull(row.get("reporter_email"));
        assertNotNull(row.get("pseudonymised_at"));
        assertEquals(MARKER, actorOfReport(closed), "the history no longer names the reporter");

        JsonPath register = as(PRIVACY).get("/api/register").then().statusCode(200).extract().jsonPath();
        Map<String, Object> entry = register.getMap("find { it.id == '" + closed + "' }");
        assertNotNull(entry, "the register row remains");
        assertEquals(MARKER, entry.get("summary"));
        assertEquals(clock.instant().toString(), entry.get("pseudonymisedAt"));
        assertEquals("2026-03-02T09:00:00Z", entry.get("reportedAt"));
        assertEquals("LIMITED", register.getString("find { it.id == '" + closed + "' }.assessment.severity"));
        assertTrue(register.getBoolean("find { it.id == '" + closed + "' }.assessment.confidentiality"), "the kind of breach stays");
        assertEquals(meldnummer("Geheim-A"), register.getString("find { it.id == '" + closed + "' }.filings[0].meldnummer"), "the meldnummer stays");
        assertEquals(40, register.getInt("find { it.id == '" + closed + "' }.informing[0].peopleCount"), "who was informed stays");
        assertEquals("LETTER", register.getString("find { it.id == '" + closed + "' }.informing[0].methods[0]"));
        assertNull(register.get("find { it.id == '" + open + "' }.pseudonymisedAt"));
        String csv = as(PRIVACY).accept("text/csv").get("/api/register").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("Gepseudonimiseerd op"), "the CSV has the column");
        String page = WebSession.login(PRIVACY).get("/register").then().statusCode(200).extract().asString();
        assertEquals(1, page.split("gepseudonimiseerd op ", -1).length - 1, "the register page says so for the one pseudonymised incident");
        assertEquals(List.of(new IncidentPseudonymised(UUID.fromString(closed), "SSGN", clock.instant())), events.seen(),
                "one event");
        assertEquals(List.of("PSEUDONYMISE lekwacht SSGN"), systemRecords(closed), "one audit record by the system");

        as(PRIVACY).body("{\"reason\": \"Nieuw feit\"}").post("/api/incidents/" + closed + "/reopen").then().statusCode(409);

        Map<String, Object> before = incidentRow(closed);
        clock.advance(Duration.ofDays(1));
        assertEquals(new RetentionRun.Result(0, 0), retention.run(clock.instant()), "a second run finds nothing to do");
        assertEquals(before, incidentRow(closed), "and changes nothing");
    }

    @Test
    void aNoBreachIncidentIsDeletedAfterAYearABreachOneIsNot() throws Exception {
        String noBreach = report("Geheim-C");
        as(PRIVACY).body("{\"confidentiality\": false, \"integrity\": false, \"availability\": false, \"notes\": \"Geheim-C notitie\"}")
                .put("/api/incidents/" + noBreach + "/assessment").then().statusCode(200);
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"Geheim-C geen datalek: laptop teruggevonden, ongeopend\"}")
                .post("/api/incidents/" + noBreach + "/decision").then().statusCode(200);
        as(PRIVACY).body("{\"reason\": \"Geheim-C afgesloten\"}").post("/api/incidents/" + noBreach + "/close").then().statusCode(200);
        demoMessageAbout(noBreach, "Geheim-C");
        String breach = breach("Geheim-D");
        closeAfterNotifying(breach, "Geheim-D", false);
        String stillOpen = report("Geheim-E");
        Instant closedAt = clock.instant();

        clock.set(closedAt.plus(Duration.ofDays(366)));
        assertEquals(new RetentionRun.Result(1, 0), retention.run(clock.instant()));

        as(PRIVACY).get("/api/incidents/" + noBreach).then().statusCode(404);
        assertEquals(List.of(), columnsContaining("Geheim-C"), "nothing of the deleted incident is left");
        assertEquals(0, rowsReferring(noBreach), "no row refers to it");
        assertEquals(List.of("DELETE_NO_BREACH lekwacht SSGN"), systemRecords(noBreach),
                "the audit trail, which keeps ids and actions only, says it was deleted");
        as(PRIVACY).get("/api/incidents/" + breach).then().statusCode(200);
        assertTrue(columnsContaining("Geheim-D").contains("incident.summary"), "a breach is kept (and not yet pseudonymised)");
        as(PRIVACY).get("/api/incidents/" + stillOpen).then().statusCode(200);
        assertEquals(1, events.seen().size());
        IncidentDeleted deleted = (IncidentDeleted) events.seen().get(0);
        assertEquals(UUID.fromString(noBreach), deleted.incidentId());
        assertEquals("SSGN", deleted.schoolCode());

        clock.set(closedAt.plus(Duration.ofDays(20 * 365)));
        assertEquals(new RetentionRun.Result(0, 1), retention.run(clock.instant()), "the breach is pseudonymised in time, never deleted");
        assertTrue(columnsContaining("Geheim-E").contains("incident.summary"), "an open incident is never touched, however old");
        as(PRIVACY).get("/api/incidents/" + breach).then().statusCode(200);
    }

    /** A report with a distinct text in every free-text field the form has. */
    private String report(String tag) {
        return as(STAFF).body("""
                {"kind": "LOST_DEVICE", "school": "SSGN", "summary": "%1$s samenvatting",
                 "description": "%1$s omschrijving", "howDiscovered": "%1$s ontdekt",
                 "discoveredAt": "2026-03-02T09:30:00+01:00", "measuresTaken": "%1$s maatregelen meteen",
                 "device": {"type": "LAPTOP", "schoolIssued": true, "encrypted": "NO", "assetTag": "%1$s-tag",
                            "serialNumber": "%1$s-serie", "lastKnownLocation": "%1$s trein", "policeReportNumber": "%1$s-pv"},
                 "dataInvolved": {"groups": ["PUPILS"], "approximatePeople": 40}}""".formatted(tag))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    /** A report assessed as a breach with texts in every assessment field. */
    private String breach(String tag) {
        String id = report(tag);
        as(PRIVACY).body("""
                {"confidentiality": true, "encrypted": "NO", "severity": "LIMITED", "peopleDescription": "%1$s leerlingen",
                 "encryptionDescription": "%1$s geen", "foreignAuthorities": "%1$s buitenland", "otherRegulators": "%1$s inspectie",
                 "otherOrganisations": "%1$s leverancier", "consequences": "%1$s gevolgen", "cause": "%1$s oorzaak",
                 "measuresTaken": "%1$s maatregelen", "notes": "%1$s notities"}""".formatted(tag))
                .put("/api/incidents/" + id + "/assessment").then().statusCode(200);
        return id;
    }

    private void closeAfterNotifying(String id, String tag, boolean everything) {
        clock.set(Instant.parse("2026-03-02T12:00:00Z"));
        as(PRIVACY).body("{\"notifyAp\": true, \"informPeople\": true, \"reasoning\": \"%1$s onderbouwing\", \"apReference\": \"%2$s\", "
                        .formatted(tag, meldnummer(tag)) + "\"notifiedAt\": \"2026-03-02T11:00:00+01:00\"}")
                .post("/api/incidents/" + id + "/decision").then().statusCode(200);
        if (everything) {
            as(PRIVACY).body("{\"type\": \"SUPPLEMENT\", \"filedAt\": \"2026-03-02T11:30:00+01:00\", \"meldnummer\": \"%2$s\", \"note\": \"%1$s aanvulling\"}"
                            .formatted(tag, meldnummer(tag))).post("/api/incidents/" + id + "/filings").then().statusCode(201);
            as(PRIVACY).body("{\"informedAt\": \"2026-03-02T12:00:00+01:00\", \"methods\": [\"LETTER\"], \"peopleCount\": 40, \"note\": \"%1$s brief\"}"
                            .formatted(tag)).post("/api/incidents/" + id + "/informing").then().statusCode(201);
        }
        as(PRIVACY).body("{\"reason\": \"%1$s afgesloten\"}".formatted(tag)).post("/api/incidents/" + id + "/close").then().statusCode(200);
    }

    /** A message in the demo inbox that names the incident by its reference, as the notice to the privacy officer does. */
    private void demoMessageAbout(String id, String tag) throws Exception {
        String reference = as(PRIVACY).get("/api/incidents/" + id).then().statusCode(200).extract().path("reference");
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("""
                insert into demo_message (channel, sent_at, sender, recipients, subject, text_body, html_body)
                values ('MAIL', now(), 'lekwacht@ssgn.example', array['privacy@ssgn.example'], ?, ?, ?)""")) {
            p.setString(1, "Nieuwe melding " + reference);
            p.setString(2, "Melding " + reference + ": " + tag + " samenvatting");
            p.setString(3, "<p>" + tag + " samenvatting</p><a href=\"/incidenten/" + id + "\">open</a>");
            p.executeUpdate();
        }
    }

    /** The AP's number for the tagged incident: a fact the register keeps, so it holds nothing of the tag. */
    private static String meldnummer(String tag) {
        return "M-2026-" + tag.charAt(tag.length() - 1);
    }

    /** Every text, varchar and array column of every table in which some value contains {@code text}, as "table.column". */
    private List<String> columnsContaining(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet columns = s.executeQuery("""
                     select c.table_name, c.column_name from information_schema.columns c
                     join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                     where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                       and c.data_type in ('text', 'character varying', 'ARRAY', 'character')""")) {
            List<String[]> all = new ArrayList<>();
            while (columns.next()) {
                all.add(new String[]{columns.getString(1), columns.getString(2)});
            }
            for (String[] col : all) {
                try (PreparedStatement p = c.prepareStatement("select count(*) from public.\"" + col[0] + "\" where \"" + col[1]
                        + "\"::text like '%' || ? || '%'")) {
                    p.setString(1, text);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(col[0] + "." + col[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Rows in any table with an incident_id column naming the incident. */
    private long rowsReferring(String id) throws Exception {
        long total = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            // The audit trail keeps the incident's id with its actions (never its content) for longer than the incident.
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.columns where table_schema = 'public'"
                    + " and column_name = 'incident_id' and table_name <> 'audit_record'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from public." + table + " where incident_id = '" + UUID.fromString(id) + "'")) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }

    /** The audit records the system (not a person) wrote about an incident: action, actor and school. */
    private List<String> systemRecords(String id) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select action, actor_name, school_code from audit_record where incident_id = ? and actor_subject is null order by position")) {
            p.setObject(1, UUID.fromString(id));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return found;
    }

    private Map<String, Object> incidentRow(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select * from incident where id = ?")) {
            p.setObject(1, UUID.fromString(id));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                Map<String, Object> row = new java.util.TreeMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnName(i), value instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : value);
                }
                return row;
            }
        }
    }

    private String actorOfReport(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select actor from incident_event where incident_id = ? and type = 'REPORTED'")) {
            p.setObject(1, UUID.fromString(id));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
