package nl.vocampus.lekwacht.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import nl.vocampus.lekwacht.support.Api;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.RowCounts;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Need to know, as a table: every endpoint (the served API contract and every page) has a row naming the rule that
 * applies to it, and every rule says literally what each demo user gets for incident A (SSgN, reported by medewerker),
 * incident B (Demo College, reported by medewerker2) and incident C (SSgN, reported by privacy2, the privacy officer
 * of Demo College: sees their own report, may not handle it), or for the schools SSGN and DEMO, or which of A, B and C
 * a list shows. None of the three names a leidinggevende, so each names its school's default one. The walk calls
 * every row as every user and compares.
 *
 * <p>What a cell means: {@code ok} got past access control (2xx, 409 for a workflow conflict; on pages also a 303
 * redirect or the page again); {@code 404} not found, so an id is never confirmed; {@code 403} the role does not
 * allow it; {@code login} not signed in (401 on the API, a redirect to /login on pages). In a list: the incidents it
 * shows ({@code A}, {@code B,C}, ..., {@code -} for none) or one of the refusals. A refused change must write nothing.
 */
@QuarkusTest
class AccessMatrixTest {

    /** 2026-11-21 11:00 in Amsterdam; A and B were discovered at 09:00, so every moment the bodies send lies between. */
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    // ---------------------------------------------------------------------------------------------------------------
    // Who asks

    enum User {
        MEDEWERKER("medewerker"), MEDEWERKER2("medewerker2"), LEIDINGGEVENDE("leidinggevende"), LEIDINGGEVENDE2("leidinggevende2"),
        DIRECTIE("directie"), PRIVACY("privacy"), PRIVACY2("privacy2"), FG("fg"), BEHEER("beheer"), MONITOR("monitor"), GAST("gast"), ANONIEM(null);

        final String username;

        User(String username) {
            this.username = username;
        }

        static User named(String name) {
            return Arrays.stream(values()).filter(u -> u.label().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no user " + name + " in a rule table"));
        }

        String label() {
            return username == null ? "anoniem" : username;
        }
    }

    /** What a rule's columns are about. */
    enum Shape {
        /** Three columns: incidents A (SSgN), B (Demo College), C (SSgN, by privacy2); {id} is the incident. */
        INCIDENT,
        /** Two columns: school SSGN, school DEMO; {code} is the school (or the school a report is made at). */
        SCHOOL,
        /** One column: which of the incidents A, B and C the list shows. */
        INCIDENT_LIST,
        /** One column: which of the schools SSGN and DEMO the list shows. */
        SCHOOL_LIST,
        /** One column: no target. */
        PLAIN
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The rules, written out: user, then the expected answer per column

    enum Rule {
        /** Anyone who sees the incident: the reporter, the leidinggevende it names, directie/privacy officer of its school, the FG. */
        INCIDENT_READ_ANYONE_IN_SCOPE(Shape.INCIDENT, """
                medewerker       ok     404    404
                medewerker2      404    ok     404
                leidinggevende   ok     404    ok
                leidinggevende2  404    ok     404
                directie         ok     404    ok
                privacy          ok     404    ok
                privacy2         404    ok     ok
                fg               ok     ok     ok
                beheer           404    404    404
                monitor          403    403    403
                gast             403    403    403
                anoniem          login  login  login
                """),
        /** As INCIDENT_READ_ANYONE_IN_SCOPE, but staff are not admitted at all. */
        INCIDENT_READ_READERS(Shape.INCIDENT, """
                medewerker       403    403    403
                medewerker2      403    403    403
                leidinggevende   ok     404    ok
                leidinggevende2  404    ok     404
                directie         ok     404    ok
                privacy          ok     404    ok
                privacy2         404    ok     ok
                fg               ok     ok     ok
                beheer           404    404    404
                monitor          403    403    403
                gast             403    403    403
                anoniem          login  login  login
                """),
        /** Only a privacy officer of the incident's school; another school's privacy officer does not learn it exists. */
        INCIDENT_CHANGE(Shape.INCIDENT, """
                medewerker       403    403    403
                medewerker2      403    403    403
                leidinggevende   403    403    403
                leidinggevende2  403    403    403
                directie         403    403    403
                privacy          ok     404    ok
                privacy2         404    ok     403
                fg               403    403    403
                beheer           404    404    404
                monitor          403    403    403
                gast             403    403    403
                anoniem          login  login  login
                """),
        /** The incident lists of anyone with a role: each sees what they may see. */
        LIST(Shape.INCIDENT_LIST, """
                medewerker       A
                medewerker2      B
                leidinggevende   A,C
                leidinggevende2  B
                directie         A,C
                privacy          A,C
                privacy2         B,C
                fg               A,B,C
                beheer           403
                monitor          403
                gast             403
                anoniem          login
                """),
        /** The register and the deadlines: as LIST, without staff. */
        LIST_READERS(Shape.INCIDENT_LIST, """
                medewerker       403
                medewerker2      403
                leidinggevende   A,C
                leidinggevende2  B
                directie         A,C
                privacy          A,C
                privacy2         B,C
                fg               A,B,C
                beheer           403
                monitor          403
                gast             403
                anoniem          login
                """),
        /** The audit trail: the FG (everything) and privacy officers (their schools' records). */
        AUDIT_READERS(Shape.PLAIN, """
                medewerker       403
                medewerker2      403
                leidinggevende   403
                leidinggevende2  403
                directie         403
                privacy          ok
                privacy2         ok
                fg               ok
                beheer           403
                monitor          403
                gast             403
                anoniem          login
                """),
        /** Checking the audit chain: the FG and the functioneel beheerder (it shows no record, only where it breaks). */
        AUDIT_CHECK(Shape.PLAIN, """
                medewerker       403
                medewerker2      403
                leidinggevende   403
                leidinggevende2  403
                directie         403
                privacy          403
                privacy2         403
                fg               ok
                beheer           ok
                monitor          403
                gast             403
                anoniem          login
                """),
        /** Every school with its leidinggevenden, for the report form: anyone with a role may report at any school. */
        SCHOOL_LIST_PUBLIC(Shape.SCHOOL_LIST, """
                medewerker       SSGN,DEMO
                medewerker2      SSGN,DEMO
                leidinggevende   SSGN,DEMO
                leidinggevende2  SSGN,DEMO
                directie         SSGN,DEMO
                privacy          SSGN,DEMO
                privacy2         SSGN,DEMO
                fg               SSGN,DEMO
                beheer           403
                monitor          403
                gast             403
                anoniem          login
                """),
        SCHOOL_PUBLIC(Shape.SCHOOL, """
                medewerker       ok     ok
                medewerker2      ok     ok
                leidinggevende   ok     ok
                leidinggevende2  ok     ok
                directie         ok     ok
                privacy          ok     ok
                privacy2         ok     ok
                fg               ok     ok
                beheer           403    403
                monitor          403    403
                gast             403    403
                anoniem          login  login
                """),
        /** A school's controller data and directory: directie and privacy officer of the school, and the FG. */
        SCHOOL_READERS(Shape.SCHOOL, """
                medewerker       403    403
                medewerker2      403    403
                leidinggevende   403    403
                leidinggevende2  403    403
                directie         ok     404
                privacy          ok     404
                privacy2         404    ok
                fg               ok     ok
                beheer           403    403
                monitor          403    403
                gast             403    403
                anoniem          login  login
                """),
        SCHOOL_CHANGE(Shape.SCHOOL, """
                medewerker       403    403
                medewerker2      403    403
                leidinggevende   403    403
                leidinggevende2  403    403
                directie         403    403
                privacy          ok     404
                privacy2         404    ok
                fg               403    403
                beheer           403    403
                monitor          403    403
                gast             403    403
                anoniem          login  login
                """),
        /** Reporting, at either school (a teacher may work at two). */
        REPORT(Shape.SCHOOL, """
                medewerker       ok     ok
                medewerker2      ok     ok
                leidinggevende   ok     ok
                leidinggevende2  ok     ok
                directie         ok     ok
                privacy          ok     ok
                privacy2         ok     ok
                fg               ok     ok
                beheer           403    403
                monitor          403    403
                gast             403    403
                anoniem          login  login
                """),
        /** The landing page and the contract: anyone with a role, the functioneel beheerder too. */
        ANY_ROLE_OR_ADMIN(Shape.PLAIN, """
                medewerker       ok
                medewerker2      ok
                leidinggevende   ok
                leidinggevende2  ok
                directie         ok
                privacy          ok
                privacy2         ok
                fg               ok
                beheer           ok
                monitor          403
                gast             403
                anoniem          login
                """),
        /** The admin pages and API: the functioneel beheerder only, and no one else learns anything there. */
        ADMIN(Shape.PLAIN, """
                medewerker       403
                medewerker2      403
                leidinggevende   403
                leidinggevende2  403
                directie         403
                privacy          403
                privacy2         403
                fg               403
                beheer           ok
                monitor          403
                gast             403
                anoniem          login
                """),
        /** As ADMIN, for each school: the functioneel beheerder keeps every school. */
        ADMIN_SCHOOL(Shape.SCHOOL, """
                medewerker       403    403
                medewerker2      403    403
                leidinggevende   403    403
                leidinggevende2  403    403
                directie         403    403
                privacy          403    403
                privacy2         403    403
                fg               403    403
                beheer           ok     ok
                monitor          403    403
                gast             403    403
                anoniem          login  login
                """),
        ANY_ROLE(Shape.PLAIN, """
                medewerker       ok
                medewerker2      ok
                leidinggevende   ok
                leidinggevende2  ok
                directie         ok
                privacy          ok
                privacy2         ok
                fg               ok
                beheer           403
                monitor          403
                gast             403
                anoniem          login
                """),
        PUBLIC(Shape.PLAIN, """
                medewerker       ok
                medewerker2      ok
                leidinggevende   ok
                leidinggevende2  ok
                directie         ok
                privacy          ok
                privacy2         ok
                fg               ok
                beheer           ok
                monitor          ok
                gast             ok
                anoniem          ok
                """),
        /** A message of the demo inbox that is not the reader's (DemoInboxTest shows each their own): not found. */
        DEMO_MESSAGE_NOT_THEIRS(Shape.PLAIN, """
                medewerker       404
                medewerker2      404
                leidinggevende   404
                leidinggevende2  404
                directie         404
                privacy          404
                privacy2         404
                fg               404
                beheer           404
                monitor          403
                gast             403
                anoniem          login
                """),
        /** The metrics: the monitoring role only, which reads nothing else. */
        MONITORING(Shape.PLAIN, """
                medewerker       403
                medewerker2      403
                leidinggevende   403
                leidinggevende2  403
                directie         403
                privacy          403
                privacy2         403
                fg               403
                beheer           403
                monitor          ok
                gast             403
                anoniem          login
                """),
        /** Signing out needs a session, not a role: someone without a role must be able to sign in as someone else. */
        LOGOUT(Shape.PLAIN, """
                medewerker       ok
                medewerker2      ok
                leidinggevende   ok
                leidinggevende2  ok
                directie         ok
                privacy          ok
                privacy2         ok
                fg               ok
                beheer           ok
                monitor          ok
                gast             ok
                anoniem          login
                """);

        final Shape shape;
        final Map<User, List<String>> expected;

        Rule(Shape shape, String table) {
            this.shape = shape;
            this.expected = parse(table, switch (shape) {
                case INCIDENT -> 3;
                case SCHOOL -> 2;
                default -> 1;
            });
        }

        private static Map<User, List<String>> parse(String table, int columns) {
            Map<User, List<String>> cells = new EnumMap<>(User.class);
            for (String line : table.strip().split("\n")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length != columns + 1) {
                    throw new IllegalArgumentException("rule line '" + line + "' needs " + columns + " column(s)");
                }
                cells.put(User.named(parts[0]), List.of(parts).subList(1, parts.length));
            }
            if (cells.size() != User.values().length) {
                throw new IllegalArgumentException("a rule table names every user once; has " + cells.keySet());
            }
            return cells;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The endpoints, in the order they are walked: reads before writes, the workflow in its own order, sign-out last

    /** A form's fields, in order; a field may repeat. */
    record Form(List<String[]> fields) {
        static Form of(String... pairs) {
            List<String[]> fields = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                fields.add(new String[]{pairs[i], pairs[i + 1]});
            }
            return new Form(fields);
        }
    }

    /** What to send: a JSON body or a form, or neither. */
    record Payload(String json, Form form) {
        static final Payload NONE = new Payload(null, null);
    }

    /**
     * One endpoint under one rule; {@code accept} picks a representation the endpoint has besides its first (null:
     * any). The payload is made per column: "A", "B", "C", "SSGN" or "DEMO", or "-" without a target.
     */
    record Row(String method, String template, String accept, Rule rule, Function<String, Payload> payload) {
        /** The method and path; a template may carry a query (the language switch's choice), which is not part of it. */
        String endpoint() {
            return method + " " + template.replaceFirst("\\?.*$", "");
        }

        boolean page() {
            return !template.startsWith("/api/") && !template.startsWith("/q/");
        }

        boolean changes() {
            return !method.equals("GET");
        }
    }

    private Row get(String template, Rule rule) {
        return new Row("GET", template, null, rule, c -> Payload.NONE);
    }

    private Row getAccepting(String template, Rule rule, String accept) {
        return new Row("GET", template, accept, rule, c -> Payload.NONE);
    }

    private Row json(String method, String template, Rule rule, Function<String, String> body) {
        return new Row(method, template, null, rule, c -> new Payload(body.apply(c), null));
    }

    private Row form(String template, Rule rule, Function<String, Form> form) {
        return new Row("POST", template, null, rule, c -> new Payload(null, form.apply(c)));
    }

    /** Endpoints outside the contract and the pages (machine endpoints of Quarkus); walked, not discovered. */
    static final Set<String> MACHINE = Set.of("GET /q/health", "GET /q/openapi", "GET /q/metrics");

    private List<Row> table() {
        return List.of(
                get("/login", Rule.PUBLIC),
                get("/q/health", Rule.PUBLIC),
                get("/q/openapi", Rule.ANY_ROLE_OR_ADMIN),
                get("/q/metrics", Rule.MONITORING),
                get("/api/ping", Rule.ANY_ROLE),
                get("/", Rule.ANY_ROLE_OR_ADMIN),
                get("/melden", Rule.ANY_ROLE),

                // Lists while A, B and C are open and the only incidents.
                get("/api/incidents", Rule.LIST),
                get("/meldingen", Rule.LIST),
                get("/api/deadlines", Rule.LIST_READERS),
                get("/dashboard", Rule.LIST_READERS),
                get("/dashboard/deadlines", Rule.LIST_READERS),
                get("/api/register", Rule.LIST_READERS),
                getAccepting("/api/register", Rule.LIST_READERS, "text/csv"),
                get("/api/register.csv", Rule.LIST_READERS),
                get("/register", Rule.LIST_READERS),
                get("/register.csv", Rule.LIST_READERS),
                get("/api/schools", Rule.SCHOOL_LIST_PUBLIC),
                get("/api/audit", Rule.AUDIT_READERS),
                get("/api/audit/verify", Rule.AUDIT_CHECK),
                get("/audit", Rule.AUDIT_READERS),
                get("/audit.csv", Rule.AUDIT_READERS),
                get("/beheer/audit", Rule.ADMIN),
                form("/beheer/audit", Rule.ADMIN, c -> Form.of()),

                get("/api/incidents/{id}", Rule.INCIDENT_READ_ANYONE_IN_SCOPE),
                get("/api/incidents/{id}/escalations", Rule.INCIDENT_READ_ANYONE_IN_SCOPE),
                get("/meldingen/{id}", Rule.INCIDENT_READ_ANYONE_IN_SCOPE),
                get("/api/incidents/{id}/assessment", Rule.INCIDENT_READ_READERS),
                get("/api/incidents/{id}/decision", Rule.INCIDENT_READ_READERS),
                get("/api/incidents/{id}/filings", Rule.INCIDENT_READ_READERS),
                get("/api/incidents/{id}/informing", Rule.INCIDENT_READ_READERS),
                get("/api/incidents/{id}/ap-export", Rule.INCIDENT_READ_READERS),
                get("/incidenten/{id}", Rule.INCIDENT_READ_READERS),
                get("/incidenten/{id}/ap-formulier", Rule.INCIDENT_READ_READERS),

                get("/api/schools/{code}", Rule.SCHOOL_PUBLIC),
                get("/api/schools/{code}/controller", Rule.SCHOOL_READERS),
                get("/api/schools/{code}/people", Rule.SCHOOL_READERS),
                json("PUT", "/api/schools/{code}/controller", Rule.SCHOOL_CHANGE, code -> CONTROLLER),
                // The school's directory as it stands: who may do what does not change halfway through the walk.
                json("PUT", "/api/schools/{code}/people", Rule.SCHOOL_CHANGE, this::sameDirectory),
                // Read back after it is set: without a channel the answer is 404 (there is none), for the beheerder too.
                json("PUT", "/api/admin/schools/{code}/teams-channel", Rule.ADMIN_SCHOOL, code -> TEAMS_CHANNEL),
                get("/api/admin/schools/{code}/teams-channel", Rule.ADMIN_SCHOOL),
                new Row("DELETE", "/api/admin/schools/{code}/teams-channel", null, Rule.ADMIN_SCHOOL, c -> Payload.NONE),
                get("/beheer/scholen/{code}/teams", Rule.ADMIN_SCHOOL),
                form("/beheer/scholen/{code}/teams", Rule.ADMIN_SCHOOL, c -> Form.of("url", TEAMS_URL)),
                form("/beheer/scholen/{code}/teams/verwijderen", Rule.ADMIN_SCHOOL, c -> Form.of()),

                // The functioneel beheerder's API and pages, each change leaving the set-up as it was (or adding to it
                // what no rule depends on: a new, deactivated school; a person with no role beyond staff).
                get("/api/admin/schools", Rule.ADMIN),
                get("/beheer", Rule.ADMIN),
                get("/api/admin/schools/{code}", Rule.ADMIN_SCHOOL),
                get("/api/admin/schools/{code}/people", Rule.ADMIN_SCHOOL),
                get("/api/admin/schools/{code}/ladder", Rule.ADMIN_SCHOOL),
                get("/api/admin/schools/{code}/controller", Rule.ADMIN_SCHOOL),
                get("/beheer/scholen/{code}/mensen", Rule.ADMIN_SCHOOL),
                get("/beheer/scholen/{code}/ladder", Rule.ADMIN_SCHOOL),
                get("/beheer/scholen/{code}/verwerkingsverantwoordelijke", Rule.ADMIN_SCHOOL),
                json("POST", "/api/admin/schools", Rule.ADMIN,
                        c -> "{\"code\": \"NIEUW\", \"name\": \"Nieuwe school\", \"foundation\": \"Stichting voCampus\"}"),
                json("PUT", "/api/admin/schools/{code}", Rule.ADMIN_SCHOOL,
                        code -> "{\"name\": \"" + schoolName(code) + "\", \"foundation\": \"Stichting voCampus\"}"),
                json("POST", "/api/admin/schools/{code}/deactivate", Rule.ADMIN_SCHOOL, code -> null),
                json("POST", "/api/admin/schools/{code}/reactivate", Rule.ADMIN_SCHOOL, code -> null),
                json("PUT", "/api/admin/schools/{code}/people", Rule.ADMIN_SCHOOL, this::sameDirectory),
                json("PUT", "/api/admin/schools/{code}/ladder", Rule.ADMIN_SCHOOL, this::sameLadder),
                json("PUT", "/api/admin/schools/{code}/controller", Rule.ADMIN_SCHOOL, code -> CONTROLLER),
                form("/beheer/scholen", Rule.ADMIN, c -> Form.of("code", "NIEUW2", "name", "Nog een school", "foundation", "Stichting voCampus")),
                form("/beheer/scholen/{code}/naam", Rule.ADMIN_SCHOOL,
                        code -> Form.of("name", schoolName(code), "foundation", "Stichting voCampus")),
                form("/beheer/scholen/{code}/deactiveren", Rule.ADMIN_SCHOOL, code -> Form.of()),
                form("/beheer/scholen/{code}/activeren", Rule.ADMIN_SCHOOL, code -> Form.of()),
                form("/beheer/scholen/{code}/mensen", Rule.ADMIN_SCHOOL,
                        code -> Form.of("name", "Nieuwe collega", "email", "nieuw@" + code.toLowerCase(Locale.ROOT) + ".example", "roles", "STAFF")),
                form("/beheer/scholen/{code}/mensen/{person}", Rule.ADMIN_SCHOOL,
                        code -> Form.of("name", "Nieuwe collega", "email", "nieuw@" + code.toLowerCase(Locale.ROOT) + ".example", "roles", "STAFF")),
                form("/beheer/scholen/{code}/mensen/{person}/verwijderen", Rule.ADMIN_SCHOOL, code -> Form.of()),
                form("/beheer/scholen/{code}/ladder", Rule.ADMIN_SCHOOL, this::sameLadderForm),
                form("/beheer/scholen/{code}/verwerkingsverantwoordelijke", Rule.ADMIN_SCHOOL, code -> Form.of("address", "Postbus 1, 6500 AA Nijmegen",
                        "kvkNumber", "41234567", "sector", "Onderwijs", "contactName", "P. Rivacy", "contactJobTitle", "Privacy verantwoordelijke",
                        "contactPhone", "024 123 45 67")),

                // The workflow through the API: REPORTED, awareness moved, ASSESSING, DECIDED (AP notified), a
                // supplement, informing, CLOSED, reopened (ASSESSING) ...
                json("PUT", "/api/incidents/{id}/awareness", Rule.INCIDENT_CHANGE,
                        c -> "{\"awareAt\": \"2026-11-21T09:30:00+01:00\", \"justification\": \"Conciërge wist het al om half tien\"}"),
                json("PUT", "/api/incidents/{id}/assessment", Rule.INCIDENT_CHANGE,
                        c -> "{\"confidentiality\": true, \"encrypted\": \"NO\"}"),
                json("POST", "/api/incidents/{id}/decision", Rule.INCIDENT_CHANGE,
                        c -> """
                                {"notifyAp": true, "reasoning": "Onversleuteld", "apReference": "%s",
                                 "notifiedAt": "2026-11-21T10:30:00+01:00"}""".formatted(meldnummer(c))),
                json("POST", "/api/incidents/{id}/filings", Rule.INCIDENT_CHANGE,
                        c -> """
                                {"type": "SUPPLEMENT", "filedAt": "2026-11-21T10:40:00+01:00", "meldnummer": "%s",
                                 "note": "Aantal leerlingen aangevuld"}""".formatted(meldnummer(c))),
                json("POST", "/api/incidents/{id}/informing", Rule.INCIDENT_CHANGE,
                        c -> "{\"informedAt\": \"2026-11-21T10:45:00+01:00\", \"methods\": [\"EMAIL\"], \"peopleCount\": 118}"),
                json("POST", "/api/incidents/{id}/close", Rule.INCIDENT_CHANGE, c -> "{\"reason\": \"Afgehandeld\"}"),
                json("POST", "/api/incidents/{id}/reopen", Rule.INCIDENT_CHANGE, c -> "{\"reason\": \"Sleutel bleek bekend\"}"),

                // ... and through the pages: assessed, decided again (register only), supplement, informing, closed, reopened.
                form("/incidenten/{id}/beoordeling", Rule.INCIDENT_CHANGE, c -> Form.of("encrypted", "YES", "keyCompromised", "NO",
                        "backupAvailable", "YES", "confidentiality", "YES", "numberOfPeople", "120", "dataCategories", "NAME")),
                form("/incidenten/{id}/besluit", Rule.INCIDENT_CHANGE,
                        c -> Form.of("notifyAp", "false", "reasoning", "Versleuteld, sleutel veilig")),
                form("/incidenten/{id}/ap-melding", Rule.INCIDENT_CHANGE, c -> Form.of("filingType", "SUPPLEMENT",
                        "filedDate", "2026-11-21", "filedTime", "10:50", "meldnummer", meldnummer(c), "filingNote", "Sleutel bekend")),
                form("/incidenten/{id}/informeren", Rule.INCIDENT_CHANGE, c -> Form.of("informedDate", "2026-11-21",
                        "informedTime", "10:55", "methods", "EMAIL", "methods", "LETTER", "peopleCount", "118")),
                form("/incidenten/{id}/sluiten", Rule.INCIDENT_CHANGE, c -> Form.of("closeReason", "Afgehandeld")),
                form("/incidenten/{id}/heropenen", Rule.INCIDENT_CHANGE, c -> Form.of("reopenReason", "Nog een feit")),

                // New reports only now: the lists above counted A, B and C alone.
                json("POST", "/api/incidents", Rule.REPORT, code -> Api.lostLaptop("2026-11-21T09:00:00+01:00")
                        .replace("\"school\": \"SSGN\"", "\"school\": \"" + code + "\"")),
                form("/melden", Rule.REPORT, code -> Form.of("kind", "LOST_DEVICE", "school", code, "summary", "Laptop kwijt in de trein",
                        "description", "Schoollaptop met cijferlijsten laten liggen", "discoveredDate", "2026-11-21",
                        "discoveredTime", "09:00", "deviceType", "LAPTOP", "deviceSchoolIssued", "YES", "deviceEncrypted", "NO",
                        "approximatePeople", "120", "groups", "PUPILS")),

                // Demo mode: each user's own messages (which ones is DemoInboxTest's); the language switch, back to Dutch.
                get("/demo/postvak", Rule.ANY_ROLE_OR_ADMIN),
                get("/demo/postvak/{message}/inhoud", Rule.DEMO_MESSAGE_NOT_THEIRS),
                get("/taal?kies=nl&terug=/melden", Rule.PUBLIC),

                form("/logout", Rule.LOGOUT, c -> Form.of()));
    }

    static final String TEAMS_URL = "https://prod-12.westeurope.logic.azure.com/workflows/0c5e/triggers/manual/paths/invoke"
            + "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=matrix-test-signature";
    static final String TEAMS_CHANNEL = "{\"url\": \"" + TEAMS_URL + "\"}";

    static final String CONTROLLER = """
            {"address": "Postbus 1, 6500 AA Nijmegen", "kvkNumber": "41234567", "sector": "Onderwijs",
             "contactName": "P. Rivacy", "contactJobTitle": "Privacy verantwoordelijke", "contactPhone": "024 123 45 67"}""";


    // ---------------------------------------------------------------------------------------------------------------
    // Fixture

    @Inject
    TestClock clock;
    @Inject
    RowCounts rows;
    @Inject
    ObjectMapper json;

    /** An incident of the fixture: id and reference. */
    record Incident(String id, String reference) {
    }

    private Incident a;
    private Incident b;
    private Incident c;

    @BeforeEach
    void fixedClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** From the database as the migrations and demo mode leave it: A, B and C only. */
    private void buildFixture() {
        KnownState.reset();
        a = report("medewerker", "SSGN");
        b = report("medewerker2", "DEMO");
        c = report("privacy2", "SSGN");
    }

    private static Incident report(String user, String school) {
        Response created = Api.as(user).body(Api.lostLaptop("2026-11-21T09:00:00+01:00")
                .replace("\"school\": \"SSGN\"", "\"school\": \"" + school + "\"")).post("/api/incidents");
        created.then().statusCode(201);
        return new Incident(created.path("id"), created.path("reference"));
    }

    private static String meldnummer(String column) {
        return switch (column) {
            case "A" -> "M-2026-700001";
            case "B" -> "M-2026-700002";
            default -> "M-2026-700003";
        };
    }

    /** The school's directory as the FG reads it now, as the request that replaces it with itself. */
    private String sameDirectory(String code) {
        String current = Api.as("fg").get("/api/schools/" + code + "/people").then().statusCode(200).extract().asString();
        try {
            List<Map<String, Object>> people = json.readValue(current, new TypeReference<>() {
            });
            people.forEach(p -> {
                p.remove("id");
                p.remove("awayNow");
            });
            return json.writeValueAsString(Map.of("people", people));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schoolName(String code) {
        return code.equals("DEMO") ? "Demo College" : "Stedelijke Scholengemeenschap Nijmegen";
    }

    /** The school's ladder as the functioneel beheerder reads it now, as the request that replaces it with itself. */
    private String sameLadder(String code) {
        return Api.as("beheer").get("/api/admin/schools/" + code + "/ladder").then().statusCode(200).extract().asString();
    }

    /** The same, as the ladder page's form sends it. */
    private Form sameLadderForm(String code) {
        List<Map<String, Object>> rungs = Api.as("beheer").get("/api/admin/schools/" + code + "/ladder").then().statusCode(200)
                .extract().jsonPath().getList("rungs");
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < rungs.size(); i++) {
            fields.addAll(List.of("hours-" + i, String.valueOf(rungs.get(i).get("afterHours")), "kind-" + i, (String) rungs.get(i).get("kind")));
            for (Object audience : (List<?>) rungs.get(i).get("audience")) {
                fields.addAll(List.of("audience-" + i, (String) audience));
            }
        }
        return Form.of(fields.toArray(String[]::new));
    }

    /** The id of the person the people page's add form made at the school, for the forms that change that person. */
    private static String addedPerson(String code) {
        List<Map<String, Object>> people = Api.as("beheer").get("/api/admin/schools/" + code + "/people").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return people.stream().filter(p -> p.get("email").equals("nieuw@" + code.toLowerCase(Locale.ROOT) + ".example"))
                .map(p -> String.valueOf(p.get("id"))).findFirst().orElse("0");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Discovery

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        Set<String> discovered = new TreeSet<>();
        discovered.addAll(contractOperations());
        discovered.addAll(pageMethods());
        Set<String> covered = table().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));

        List<String> problems = new ArrayList<>();
        table().stream().collect(Collectors.groupingBy(r -> r.endpoint() + (r.accept() == null ? "" : " (Accept " + r.accept() + ")"),
                        LinkedHashMap::new, Collectors.counting()))
                .forEach((endpoint, count) -> {
                    if (count > 1) {
                        problems.add(endpoint + ": " + count + " rows; one rule per endpoint");
                    }
                });
        discovered.stream().filter(e -> !covered.contains(e))
                .forEach(e -> problems.add(e + ": no row in the access matrix; add one naming its rule"));
        covered.stream().filter(e -> !discovered.contains(e) && !MACHINE.contains(e))
                .forEach(e -> problems.add(e + ": a row for an endpoint that no longer exists; remove it"));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private Set<String> contractOperations() {
        Map<String, Map<String, Object>> paths = Api.as("privacy").accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(methods::contains)
                .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /** Every JAX-RS method of the compiled page classes (main code only): class @Path + method @Path. */
    private static Set<String> pageMethods() {
        Path root = Path.of("target", "classes");
        Path web = root.resolve("nl/vocampus/lekwacht/web");
        Set<String> endpoints = new TreeSet<>();
        List<Class<? extends Annotation>> verbs = List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Stream<Path> files = Files.walk(web)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (Class<? extends Annotation> verb : verbs) {
                        if (method.isAnnotationPresent(verb)) {
                            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                            endpoints.add(verb.getSimpleName() + " " + join(base.value(), sub == null ? "" : sub.value()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("no page methods found under " + web.toAbsolutePath());
        }
        return endpoints;
    }

    private static String join(String base, String sub) {
        String path = "/" + Stream.of(base.split("/"), sub.split("/")).flatMap(Arrays::stream).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
        return path;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The walk

    @Test
    void everyUserGetsWhatTheRulesSayForEveryEndpoint() {
        buildFixture();
        Map<User, WebSession> sessions = new EnumMap<>(User.class);
        for (User user : User.values()) {
            WebSession session = user.username == null ? WebSession.anonymous() : WebSession.login(user.username);
            // Any page with the layout carries the CSRF token the session's forms need; /login does for anyone.
            session.get(user == User.GAST || user == User.ANONIEM ? "/login" : "/melden");
            sessions.put(user, session);
        }

        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Row row : table()) {
            List<String> columns = switch (row.rule().shape) {
                case INCIDENT -> List.of("A", "B", "C");
                case SCHOOL -> List.of("SSGN", "DEMO");
                default -> List.of("-");
            };
            for (User user : User.values()) {
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    String expected = row.rule().expected.get(user).get(i);
                    String got = call(row, user, column, sessions.get(user), !expected.equals("ok") && row.changes()
                            && row.rule().shape != Shape.INCIDENT_LIST);
                    calls++;
                    if (!expected.equals(got)) {
                        mismatches.add(row.endpoint() + " [" + row.rule() + "] as " + user.label() + " on " + column
                                + ": expected " + expected + ", got " + got);
                    }
                }
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + calls + " cells differ from the access matrix:\n" + String.join("\n", mismatches));
        }
    }

    /** Calls one cell and says what came back, in the rule tables' words. */
    private String call(Row row, User user, String column, WebSession session, boolean mustWriteNothing) {
        String path = row.template().replace("{id}", incident(column) == null ? "" : incident(column).id())
                .replace("{person}", row.template().contains("{person}") ? addedPerson(column) : "")
                .replace("{code}", column)
                .replace("{message}", NO_MESSAGE);
        Payload payload = row.payload().apply(column);
        Map<String, Long> before = mustWriteNothing ? rows.snapshot() : null;
        Response response = send(row, user, session, path, payload);
        String got = outcome(row, response);
        if (mustWriteNothing && !before.equals(rows.snapshot())) {
            got += " but it wrote rows";
        }
        return got;
    }

    /** A demo inbox message id that names no message: who is refused, and who only learns it is not theirs. */
    static final String NO_MESSAGE = "999999999";

    private Incident incident(String column) {
        return switch (column) {
            case "A" -> a;
            case "B" -> b;
            case "C" -> c;
            default -> null;
        };
    }

    private static Response send(Row row, User user, WebSession session, String path, Payload payload) {
        if (row.page()) {
            if (payload.form() == null) {
                return session.get(path);
            }
            RequestSpecification form = session.csrfToken() == null ? session.formWithoutToken() : session.form();
            for (String[] field : payload.form().fields()) {
                form = form.formParam(field[0], field[1]);
            }
            return form.request(row.method(), path);
        }
        RequestSpecification request = user.username == null
                ? RestAssured.given().contentType("application/json") : Api.as(user.username);
        request = request.redirects().follow(false);
        if (row.accept() != null) {
            request = request.accept(row.accept());
        }
        if (payload.json() != null) {
            request = request.body(payload.json());
        }
        return request.request(row.method(), path);
    }

    private static final Pattern FIELD_ERROR = Pattern.compile("class=\"field-error\"[^>]*>([^<]+)<");

    private String outcome(Row row, Response response) {
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        boolean page = row.page();
        if (!page && status == 401) {
            return "login";
        }
        if (page && status == 302 && String.valueOf(response.header("Location")).endsWith("/login")) {
            return "login";
        }
        if (status == 403 || status == 404) {
            String wanted = page ? "text/html" : "application/problem+json";
            return type.startsWith(wanted) ? String.valueOf(status) : status + " as " + type + " instead of " + wanted;
        }
        boolean allowed = page ? status == 200 || status == 303 || status == 409 : (status >= 200 && status < 300) || status == 409;
        if (!allowed) {
            return "status " + status + " (" + detail(page, response) + ")";
        }
        return switch (row.rule().shape) {
            case INCIDENT_LIST -> shown(response.asString(), Map.of("A", a.reference(), "B", b.reference(), "C", c.reference()));
            case SCHOOL_LIST -> shown(response.asString(), Map.of("SSGN", "\"SSGN\"", "DEMO", "\"DEMO\""));
            default -> "ok";
        };
    }

    /** Which of the marks the body shows, in the tables' order and notation. */
    private static String shown(String body, Map<String, String> marks) {
        String visible = Stream.of("A", "B", "C", "SSGN", "DEMO").filter(marks::containsKey).filter(k -> body.contains(marks.get(k)))
                .collect(Collectors.joining(","));
        return visible.isEmpty() ? "-" : visible;
    }

    /** Enough of a refused body to fix the request: the problem's detail, or a page's first field error. */
    private static String detail(boolean page, Response response) {
        String body = response.asString();
        if (page) {
            Matcher error = FIELD_ERROR.matcher(body);
            return error.find() ? "page: " + error.group(1).strip() : "page";
        }
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
