package nl.vocampus.lekwacht.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.problem.ProblemMappers;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.TestClock;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input at every operation that takes a body, a query or a path: NUL and other control characters,
 * lone surrogates, values of the wrong JSON type and moments outside the accepted range. Each must be a 400
 * problem+json naming the field, write nothing, and leave no personal data it carried in the log.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** In every hostile value and every personal field, so a leak into the log is found by one search. */
    private static final String MARK = "Quellenvoort";
    private static final String NAME = "Xandrijn " + MARK;
    private static final String EMAIL = "xandrijn." + MARK.toLowerCase() + "@example.org";

    /** JSON literals of bad strings, written as escapes so the body itself is plain ASCII. */
    private static final List<String> BAD_TEXT = List.of(
            "\"" + MARK + " nul \\u0000 in tekst\"",
            "\"" + MARK + " losse \\ud800 surrogaat\"",
            "\"" + MARK + " losse \\udc00 laag surrogaat\"",
            "\"" + MARK + " bel \\u0007 teken\"",
            "\"" + MARK + " escape \\u001b[31m teken\"",
            "\"" + MARK + " C1 \\u0085 teken\"");
    /** Only bad in a one-line field. */
    private static final List<String> BAD_ONE_LINE = List.of(
            "\"" + MARK + " regel\\nnieuwe regel\"",
            "\"" + MARK + " tab\\tteken\"");
    private static final List<String> NOT_A_STRING = List.of("12345", "1.5", "true", "{}", "[\"" + MARK + "\"]");
    private static final List<String> BAD_MOMENTS = List.of("12345", "-1e14", "1.7e9", "true",
            "\"-200000-01-01T00:00:00Z\"", "\"-5000-06-01T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"",
            "\"1999-12-31T22:59:59Z\"", "\"+300000-01-01T00:00:00Z\"", "\"2027-01-01T00:00:00Z\"");

    @Inject
    TestClock clock;
    @Inject
    RowCounts rows;
    @Inject
    IncidentService incidents;

    private static String reported;
    private static String decided;
    private final Capture log = new Capture();

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-20T12:00:00Z"));
        if (reported == null) {
            reported = report(incident());
            decided = report(incident());
            as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"versleuteld\"}")
                    .post("/api/incidents/" + decided + "/decision").then().statusCode(200);
        }
        Logger.getLogger("").addHandler(log);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger("").removeHandler(log);
        clock.reset();
    }

    private static String report(String body) {
        return as(STAFF).body(body).post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    /** A report with every text field filled, the personal data in it marked. */
    private static String incident() {
        return """
                {"kind": "LOST_DEVICE", "school": "SSGN", "summary": "Laptop van %1$s kwijt",
                 "description": "Laptop met het zorgdossier van %1$s, %2$s",
                 "howDiscovered": "Gemerkt door %1$s",
                 "occurredFrom": "2026-11-19T08:00:00+01:00", "occurredTo": "2026-11-19T09:00:00+01:00",
                 "discoveredAt": "2026-11-20T08:15:00+01:00", "awareAt": "2026-11-20T09:00:00+01:00",
                 "device": {"type": "LAPTOP", "schoolIssued": true, "assetTag": "A-1", "serialNumber": "S-1",
                            "encrypted": "UNKNOWN", "lastKnownLocation": "Trein naar Arnhem", "policeReportNumber": "P-1"},
                 "dataInvolved": {"groups": ["PUPILS"], "approximatePeople": 120},
                 "measuresTaken": "Wachtwoord van %1$s gewijzigd"}""".formatted(NAME, EMAIL);
    }

    private static final String ASSESSMENT = """
            {"confidentiality": true, "integrity": false, "availability": false, "numberOfPeople": 12, "numberOfRecords": 40,
             "peopleDescription": "Leerlingen, onder wie %1$s", "childrenInvolved": true, "encrypted": "NO",
             "encryptionDescription": "geen", "unavailabilityHours": 2, "foreignAuthorities": "geen", "otherRegulators": "geen",
             "otherOrganisations": "geen", "consequences": "Zorgdossier van %1$s ingezien", "cause": "laptop in trein",
             "measuresTaken": "wachtwoord gewijzigd", "notes": "gebeld met %1$s"}""".formatted(NAME);
    private static final String DECISION = """
            {"notifyAp": true, "reasoning": "Zorgdossier van %s", "informPeople": true, "apReference": "M-2026-1",
             "notifiedAt": "2026-11-20T10:00:00+01:00", "delayReason": "geen"}""".formatted(NAME);
    private static final String FILING = """
            {"type": "INITIAL", "filedAt": "2026-11-20T10:00:00+01:00", "meldnummer": "M-2026-2", "delayReason": "geen",
             "note": "gemeld voor %s"}""".formatted(NAME);
    private static final String INFORMING = """
            {"informedAt": "2026-11-20T10:00:00+01:00", "methods": ["LETTER"], "peopleCount": 3, "note": "brief aan %s"}""".formatted(NAME);
    private static final String AWARENESS = """
            {"awareAt": "2026-11-20T09:30:00+01:00", "justification": "navraag bij %s"}""".formatted(NAME);
    private static final String CLOSE = "{\"reason\": \"afgehandeld met " + NAME + "\"}";
    private static final String REOPEN = "{\"reason\": \"nieuw feit over " + NAME + "\", \"awareAt\": \"2026-11-20T11:00:00+01:00\"}";
    private static final String PEOPLE = """
            {"people": [{"roles": ["PRIVACY_OFFICER"], "name": "%1$s", "email": "%2$s", "subject": "privacy", "signInName": "privacy",
                         "absences": [{"from": "2026-12-21T00:00:00+01:00", "to": "2027-01-04T00:00:00+01:00"}]},
                        {"roles": ["MANAGER"], "name": "%1$s", "email": "leiding.%2$s", "defaultManager": true, "deputyEmail": "%2$s"}]}"""
            .formatted(NAME, EMAIL);
    private static final String CONTROLLER = """
            {"address": "Postbus 1, Nijmegen", "kvkNumber": "41234567", "sector": "Onderwijs", "contactName": "%s",
             "contactJobTitle": "Privacy verantwoordelijke", "contactPhone": "024 123 45 67"}""".formatted(NAME);

    /** One request: its method, user, path, query, body (raw bytes) and the field the 400 must name. */
    record Case(String label, String method, String user, String path, Map<String, String> query, byte[] body, String field,
                String code) {
    }

    private static final class Table {
        final List<Case> cases = new ArrayList<>();

        /** The operation's valid body with one field replaced by a raw JSON value. */
        void body(String method, String user, String path, String base, String field, String literal, String code) {
            cases.add(new Case(method + " " + path + " " + field + "=" + literal, method, user, path, Map.of(),
                    replaced(base, field, literal).getBytes(StandardCharsets.UTF_8), field, code));
        }

        void body(String method, String user, String path, String base, String field, String literal) {
            body(method, user, path, base, field, literal, "wrong-type");
        }

        void text(String method, String user, String path, String base, boolean oneLine, String... fields) {
            for (String field : fields) {
                BAD_TEXT.forEach(v -> body(method, user, path, base, field, v, "invalid-character"));
                NOT_A_STRING.forEach(v -> body(method, user, path, base, field, v, "wrong-type"));
                if (oneLine) {
                    BAD_ONE_LINE.forEach(v -> body(method, user, path, base, field, v, "invalid-character"));
                }
            }
        }

        void moments(String method, String user, String path, String base, String... fields) {
            for (String field : fields) {
                BAD_MOMENTS.forEach(v -> body(method, user, path, base, field, v, !v.startsWith("\"") ? "wrong-type"
                        : v.startsWith("\"+") || v.startsWith("\"2027") ? "must-not-be-future" : "too-early"));
            }
        }

        void query(String path, String param, String value, String code) {
            cases.add(new Case("GET " + path + "?" + param + "=" + value, "GET", PRIVACY, path, Map.of(param, value), null, param, code));
        }

        void get(String path, String field) {
            cases.add(new Case("GET " + path, "GET", PRIVACY, path, Map.of(), null, field, "invalid-character"));
        }
    }

    private static Table table() {
        Table t = new Table();
        String create = "/api/incidents";
        t.text("POST", STAFF, create, incident(), true, "school", "summary", "device.assetTag", "device.serialNumber",
                "device.lastKnownLocation", "device.policeReportNumber");
        t.text("POST", STAFF, create, incident(), false, "description", "howDiscovered", "measuresTaken");
        t.moments("POST", STAFF, create, incident(), "discoveredAt", "occurredFrom", "occurredTo", "awareAt");
        t.body("POST", STAFF, create, incident(), "dataInvolved.approximatePeople", "1.5");
        t.body("POST", STAFF, create, incident(), "dataInvolved.approximatePeople", "\"120\"");
        t.body("POST", STAFF, create, incident(), "dataInvolved.approximatePeople", "99999999999");
        t.body("POST", STAFF, create, incident(), "device.schoolIssued", "\"true\"");
        t.body("POST", STAFF, create, incident(), "device.schoolIssued", "1");
        t.body("POST", STAFF, create, incident(), "kind", "0", "unknown-value");
        t.body("POST", STAFF, create, incident(), "dataInvolved.groups[0]", "0", "unknown-value");

        String awareness = "/api/incidents/" + reported + "/awareness";
        t.text("PUT", PRIVACY, awareness, AWARENESS, false, "justification");
        t.moments("PUT", PRIVACY, awareness, AWARENESS, "awareAt");

        String assessment = "/api/incidents/" + reported + "/assessment";
        t.text("PUT", PRIVACY, assessment, ASSESSMENT, false, "peopleDescription", "encryptionDescription", "foreignAuthorities",
                "otherRegulators", "otherOrganisations", "consequences", "cause", "measuresTaken", "notes");
        for (String number : List.of("numberOfPeople", "numberOfRecords", "unavailabilityHours")) {
            t.body("PUT", PRIVACY, assessment, ASSESSMENT, number, "1.5");
            t.body("PUT", PRIVACY, assessment, ASSESSMENT, number, "\"12\"");
        }
        t.body("PUT", PRIVACY, assessment, ASSESSMENT, "confidentiality", "\"true\"");
        t.body("PUT", PRIVACY, assessment, ASSESSMENT, "childrenInvolved", "0");

        String decision = "/api/incidents/" + reported + "/decision";
        t.text("POST", PRIVACY, decision, DECISION, false, "reasoning", "delayReason");
        t.text("POST", PRIVACY, decision, DECISION, true, "apReference");
        t.moments("POST", PRIVACY, decision, DECISION, "notifiedAt");
        t.body("POST", PRIVACY, decision, DECISION, "notifyAp", "\"true\"");
        t.body("POST", PRIVACY, decision, DECISION, "informPeople", "1");

        String filings = "/api/incidents/" + decided + "/filings";
        t.text("POST", PRIVACY, filings, FILING, true, "meldnummer");
        t.text("POST", PRIVACY, filings, FILING, false, "delayReason", "note");
        t.moments("POST", PRIVACY, filings, FILING, "filedAt");
        t.body("POST", PRIVACY, filings, FILING, "type", "1", "unknown-value");

        String informing = "/api/incidents/" + reported + "/informing";
        t.text("POST", PRIVACY, informing, INFORMING, false, "note");
        t.moments("POST", PRIVACY, informing, INFORMING, "informedAt");
        t.body("POST", PRIVACY, informing, INFORMING, "peopleCount", "1.5");
        t.body("POST", PRIVACY, informing, INFORMING, "peopleCount", "\"3\"");

        t.text("POST", PRIVACY, "/api/incidents/" + decided + "/close", CLOSE, false, "reason");
        String reopen = "/api/incidents/" + decided + "/reopen";
        t.text("POST", PRIVACY, reopen, REOPEN, false, "reason");
        t.moments("POST", PRIVACY, reopen, REOPEN, "awareAt");

        t.text("PUT", PRIVACY, "/api/schools/SSGN/people", PEOPLE, true, "people[0].name", "people[1].email", "people[0].subject",
                "people[0].signInName", "people[1].deputyEmail");
        t.body("PUT", PRIVACY, "/api/schools/SSGN/people", PEOPLE, "people[1].defaultManager", "\"true\"");
        t.body("PUT", PRIVACY, "/api/schools/SSGN/people", PEOPLE, "people[0].absences[0].from", "12345");
        t.body("PUT", PRIVACY, "/api/schools/SSGN/people", PEOPLE, "people[0].absences[0].from", "\"1999-12-31T22:59:59Z\"", "out-of-range");
        t.body("PUT", PRIVACY, "/api/schools/SSGN/people", PEOPLE, "people[0].absences[0].to", "\"+300000-01-01T00:00:00Z\"", "out-of-range");
        t.text("PUT", PRIVACY, "/api/schools/SSGN/controller", CONTROLLER, false, "address");
        t.text("PUT", PRIVACY, "/api/schools/SSGN/controller", CONTROLLER, true, "kvkNumber", "sector", "contactName",
                "contactJobTitle", "contactPhone");

        for (String value : List.of(MARK + "\u0000", MARK + "\u0007", MARK + "\u0085", MARK + "\n")) {
            t.query("/api/incidents", "school", value, "invalid-character");
            t.query("/api/incidents", "status", value, "invalid-character");
            t.query("/api/register", "school", value, "invalid-character");
            t.query("/api/register.csv", "school", value, "invalid-character");
        }
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "+300000-01-01", "0001-01-01", "1999-12-31",
                "2100-01-01", "2026-11-20\u0000")) {
            for (String param : List.of("from", "to")) {
                String code = day.contains("\u0000") ? "invalid-character" : "out-of-range";
                t.query("/api/register", param, day, code);
                t.query("/api/register.csv", param, day, code);
            }
        }
        t.query("/api/incidents", "page", "1.5", null);
        t.get("/api/schools/SS%00GN", "code");
        t.get("/api/schools/SS%07GN", "code");
        t.cases.add(new Case("PUT /api/schools/SS%0AGN/controller", "PUT", PRIVACY, "/api/schools/SS%0AGN/controller", Map.of(),
                CONTROLLER.getBytes(StandardCharsets.UTF_8), "code", "invalid-character"));
        t.cases.add(new Case("PUT /api/schools/SS%00GN/people", "PUT", PRIVACY, "/api/schools/SS%00GN/people", Map.of(),
                PEOPLE.getBytes(StandardCharsets.UTF_8), "code", "invalid-character"));
        for (String tail : List.of("", "/assessment", "/decision", "/filings", "/informing", "/escalations", "/ap-export")) {
            t.get("/api/incidents/" + reported + "%00" + tail, "id");
        }
        // Raw UTF-8 of a lone surrogate (CESU-8 style), not an escape.
        byte[] raw = incident().replace("Trein naar Arnhem", "Trein @@").getBytes(StandardCharsets.UTF_8);
        t.cases.add(new Case("POST raw UTF-8 surrogate", "POST", STAFF, create, Map.of(), splice(raw, "@@",
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "device.lastKnownLocation", "invalid-character"));
        return t;
    }

    @Test
    void everyOperationRefusesHostileInputWithA400NamingTheField() {
        List<Case> cases = table().cases;
        int refused = 0;
        int serverErrors = 0;
        int writes = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Long> before = rows.snapshot();
            Response response = send(c);
            Map<String, Long> after = rows.snapshot();
            int status = response.statusCode();
            if (status == 400) {
                refused++;
            } else if (status >= 500) {
                serverErrors++;
            }
            if (!before.equals(after)) {
                writes++;
                failures.add(c.label() + ": wrote " + after + " (was " + before + ")");
            }
            if (status != 400) {
                failures.add(c.label() + ": status " + status);
                continue;
            }
            if (!response.contentType().startsWith(PROBLEM)) {
                failures.add(c.label() + ": content type " + response.contentType());
            }
            List<Map<String, String>> errors = response.jsonPath().getList("errors");
            boolean named = errors != null && errors.stream().anyMatch(e -> c.field().equals(e.get("field"))
                    && (c.code() == null || c.code().equals(e.get("code"))));
            if (!named) {
                failures.add(c.label() + ": expected " + c.field() + " (" + c.code() + "), got " + response.asString());
            }
        }
        System.out.printf("Hostile input: %d tried, %d answered 400, %d answered 5xx, %d rejected requests wrote%n",
                cases.size(), refused, serverErrors, writes);
        assertTrue(failures.isEmpty(), failures.size() + " cases failed:\n" + String.join("\n", failures));
        assertNoPersonalDataLogged();
    }

    @Test
    void aReopenReasonOfTheFullLengthIsKept() {
        String id = report(incident());
        as(PRIVACY).body("{\"notifyAp\": false, \"reasoning\": \"versleuteld\"}").post("/api/incidents/" + id + "/decision")
                .then().statusCode(200);
        String reason = "n".repeat(4000);
        as(PRIVACY).body("{\"reason\": \"" + reason + "\", \"awareAt\": \"2026-11-20T11:00:00+01:00\"}")
                .post("/api/incidents/" + id + "/reopen").then().statusCode(200);
        as(PRIVACY).body("{\"reason\": \"" + reason + "x\"}").post("/api/incidents/" + id + "/reopen")
                .then().statusCode(400).contentType(PROBLEM);
    }

    /**
     * A statement PostgreSQL itself rejects (here a NUL that nothing before the database stopped) leaves no
     * row values in the log: not from Hibernate, not from the driver's message, not from the catch-all mapper.
     */
    @Test
    void aStatementTheDatabaseRejectsLogsNoRowValues() {
        CreateIncidentRequest request = new CreateIncidentRequest(IncidentKind.DATA_LEAK, "SSGN", "Lijst van " + NAME,
                "Zorgdossier van " + NAME + " (" + EMAIL + ") \u0000 verstuurd", WhatHappened.OTHER, null, null, null,
                java.time.OffsetDateTime.parse("2026-11-20T08:15:00+01:00"), null, null, null, null, null);
        Map<String, Long> before = rows.snapshot();
        RuntimeException failure = null;
        try {
            incidents.create(request, NAME, NAME, EMAIL);
        } catch (RuntimeException e) {
            failure = e;
        }
        assertTrue(failure != null, "PostgreSQL refuses a NUL in text");
        assertEquals(before, rows.snapshot());
        jakarta.ws.rs.core.Response answer = new ProblemMappers().unexpected(failure, null);
        assertEquals(500, answer.getStatus());
        assertNoPersonalDataLogged();
        // Nor does the exception carry them, for whatever else may log it.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(MARK), "the exception itself carries row values: " + t);
        }
    }

    private void assertNoPersonalDataLogged() {
        List<String> leaks = log.lines().stream().filter(l -> l.toLowerCase().contains(MARK.toLowerCase())).toList();
        assertTrue(leaks.isEmpty(), "personal data in the log:\n" + String.join("\n---\n", leaks));
    }

    private static Response send(Case c) {
        var spec = as(c.user()).urlEncodingEnabled(!c.path().contains("%"));
        c.query().forEach(spec::queryParam);
        if (c.body() != null) {
            spec.contentType("application/json; charset=UTF-8").body(c.body());
        }
        return spec.request(c.method(), c.path());
    }

    /** The JSON text of base with the field at path (a.b, a[0].b) set to literal, kept as written. */
    private static String replaced(String base, String path, String literal) {
        try {
            JsonNode root = JSON.readTree(base);
            String[] parts = path.split("\\.");
            JsonNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = step(node, parts[i]);
            }
            String last = parts[parts.length - 1];
            String placeholder = "@@VALUE@@";
            if (last.endsWith("]")) {
                int open = last.indexOf('[');
                ((ArrayNode) node.get(last.substring(0, open))).set(Integer.parseInt(last.substring(open + 1, last.length() - 1)),
                        JSON.getNodeFactory().textNode(placeholder));
            } else {
                ((ObjectNode) node).put(last, placeholder);
            }
            return JSON.writeValueAsString(root).replace("\"" + placeholder + "\"", literal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode step(JsonNode node, String part) {
        if (part.endsWith("]")) {
            int open = part.indexOf('[');
            return node.get(part.substring(0, open)).get(Integer.parseInt(part.substring(open + 1, part.length() - 1)));
        }
        return node.get(part);
    }

    private static byte[] splice(byte[] body, String marker, byte[] insert) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + insert.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(insert, 0, out, head.length, insert.length);
        System.arraycopy(tail, 0, out, head.length + insert.length, tail.length);
        return out;
    }

    /** Every log record with its message, parameters and the whole chain of its exception. */
    private static final class Capture extends Handler {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
            if (record instanceof ExtLogRecord ext) {
                line.append(' ').append(ext.getFormattedMessage());
            }
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    line.append(' ').append(p);
                }
            }
            append(line, record.getThrown(), 0);
            lines.add(line.toString());
        }

        private static void append(StringBuilder line, Throwable t, int depth) {
            if (t == null || depth > 20) {
                return;
            }
            line.append("\n  ").append(t);
            for (Throwable s : t.getSuppressed()) {
                append(line, s, depth + 1);
            }
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                append(line, sql.getNextException(), depth + 1);
            }
            append(line, t.getCause(), depth + 1);
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
