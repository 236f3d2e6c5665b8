package nl.vocampus.lekwacht.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.Api;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.TestClock;
import nl.vocampus.lekwacht.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/audit (filters, paging, scope), GET /api/audit/verify (a changed row is found), the CSV, the purge and concurrency. */
@QuarkusTest
class AuditApiTest {

    static final String PROBLEM = "application/problem+json";
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Inject
    AuditRows audit;
    @Inject
    AuditTrail trail;
    @Inject
    AuditPurge purge;
    @Inject
    TestClock clock;

    String ssgn;
    String demo;

    /** From an empty trail: one report at each school, each read once by its privacy officer. */
    @BeforeEach
    void twoSchools() {
        KnownState.reset();
        clock.set(NOW);
        ssgn = Api.reportLostLaptop("2026-11-21T09:00:00+01:00");
        demo = as("medewerker2").body(Api.lostLaptop("2026-11-21T09:00:00+01:00").replace("\"SSGN\"", "\"DEMO\""))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        clock.set(NOW.plusSeconds(60));
        as(PRIVACY).get("/api/incidents/" + ssgn).then().statusCode(200);
        as("privacy2").get("/api/incidents/" + demo).then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFgReadsEveryRecordNewestFirstWithTheSignInName() {
        as(DPO).get("/api/audit").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(20)).body("totalPages", equalTo(1))
                .body("items.position", contains(4, 3, 2, 1))
                .body("items.action", contains("READ_INCIDENT", "READ_INCIDENT", "REPORT", "REPORT"))
                .body("items.actorName", contains("privacy2", "privacy", "medewerker2", "medewerker"))
                .body("items[3].actorRoles", contains("staff"))
                .body("items[3].incidentId", equalTo(ssgn)).body("items[3].schoolCode", equalTo("SSGN"))
                .body("items[3].remoteAddress", equalTo("127.0.0.1"))
                .body("items[3].at", equalTo("2026-11-21T10:00:00Z"));
    }

    @Test
    void aPrivacyOfficerReadsTheirSchoolsRecordsOnly() {
        as("privacy2").get("/api/audit").then().statusCode(200)
                .body("items.schoolCode", everyItem(equalTo("DEMO"))).body("total", equalTo(2));
        as(PRIVACY).get("/api/audit").then().statusCode(200)
                .body("items.schoolCode", everyItem(equalTo("SSGN"))).body("total", equalTo(2));
        WebSession.login(PRIVACY);
        as(DPO).get("/api/audit?action=LOGIN").then().body("total", equalTo(1)).body("items[0].schoolCode", nullValue());
        as(PRIVACY).get("/api/audit?action=LOGIN").then().body("total", equalTo(0));
    }

    @Test
    void anIncidentOfAnotherSchoolIsNotFoundForAPrivacyOfficer() {
        as("privacy2").get("/api/audit?incident=" + ssgn).then().statusCode(404).contentType(PROBLEM);
        as("privacy2").get("/api/audit?incident=" + java.util.UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as("privacy2").get("/api/audit?incident=" + demo).then().statusCode(200).body("total", equalTo(2));
        as(DPO).get("/api/audit?incident=" + java.util.UUID.randomUUID()).then().statusCode(200).body("total", equalTo(0));
        WebSession privacy2 = WebSession.login("privacy2");
        assertEquals(404, privacy2.get("/audit?incident=" + ssgn).statusCode());
        assertEquals(200, privacy2.get("/audit?incident=" + demo).statusCode());
        assertEquals(404, privacy2.get("/audit.csv?incident=" + ssgn).statusCode());
    }

    @Test
    void nobodyElseReadsTheTrail() {
        for (String user : List.of(STAFF, "leidinggevende", "directie", "beheer", "gast")) {
            as(user).get("/api/audit").then().statusCode(403).contentType(PROBLEM);
        }
        io.restassured.RestAssured.given().get("/api/audit").then().statusCode(401);
    }

    @Test
    void filtersNarrowTheRecords() {
        as(DPO).get("/api/audit?incident=" + ssgn).then().body("items.position", contains(3, 1));
        as(DPO).get("/api/audit?person=MEDEWERKER").then().body("items.position", contains(1));
        as(DPO).get("/api/audit?person=privacy2").then().body("items.position", contains(4));
        as(DPO).get("/api/audit?action=report").then().body("items.position", contains(2, 1));
        as(DPO).get("/api/audit?from=2026-11-21T10:01:00Z").then().body("items.position", contains(4, 3));
        as(DPO).queryParam("to", "2026-11-21T11:00:30+01:00").get("/api/audit").then().body("items.position", contains(2, 1));
        as(DPO).get("/api/audit?size=1&page=1").then().body("items.position", contains(3)).body("totalPages", equalTo(4));
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        for (String[] bad : List.of(new String[]{"incident=nope", "incident"}, new String[]{"action=EAT", "action"},
                new String[]{"from=yesterday", "from"}, new String[]{"to=2026-13-01T00:00:00Z", "to"},
                new String[]{"from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z", "to"}, new String[]{"size=0", "size"},
                new String[]{"page=-1", "page"}, new String[]{"person=" + "x".repeat(201), "person"})) {
            as(DPO).get("/api/audit?" + bad[0]).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(bad[1]));
        }
    }

    @Test
    void theChainIsIntactAndAChangedRowIsFoundAtItsPosition() throws SQLException {
        as(DPO).get("/api/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("checked", equalTo(4)).body("firstPosition", equalTo(1))
                .body("lastPosition", equalTo(4)).body("firstBrokenPosition", nullValue()).body("problem", nullValue());
        audit.sql("alter table audit_record disable trigger audit_record_no_change",
                "update audit_record set actor_name = 'iemand anders' where position = 2",
                "alter table audit_record enable trigger audit_record_no_change");
        as("beheer").get("/api/audit/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenPosition", equalTo(2)).body("problem", equalTo("CHANGED"))
                .body("checked", equalTo(2));
        audit.sql("alter table audit_record disable trigger audit_record_no_change",
                "delete from audit_record where position = 3",
                "alter table audit_record enable trigger audit_record_no_change");
        audit.sql("alter table audit_record disable trigger audit_record_no_change",
                "update audit_record set actor_name = 'medewerker2' where position = 2",
                "alter table audit_record enable trigger audit_record_no_change");
        as(DPO).get("/api/audit/verify").then().body("intact", equalTo(false)).body("firstBrokenPosition", equalTo(3))
                .body("problem", equalTo("MISSING"));
        for (String user : List.of(PRIVACY, STAFF, "gast")) {
            as(user).get("/api/audit/verify").then().statusCode(403);
        }
    }

    @Test
    void theAdminPageChecksTheChain() {
        WebSession admin = WebSession.login("beheer");
        Response page = admin.get("/beheer/audit");
        assertEquals(200, page.statusCode());
        String result = admin.form().post("/beheer/audit").asString();
        assertTrue(result.contains("De keten is intact: 5 records gecontroleerd"), result);
    }

    @Test
    void theCsvIsForDutchExcelAndItsDownloadIsRecorded() {
        WebSession fg = WebSession.login(DPO);
        Response csv = fg.get("/audit.csv?actie=REPORT");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        byte[] body = csv.asByteArray();
        assertEquals((byte) 0xEF, body[0], "UTF-8 byte order mark");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("\"Nr.\";\"Moment\";\"Handeling\";\"Inlognaam\";\"Vaste id\";\"Rollen\";\"Melding\";\"School\";\"Adres\"", lines[0]);
        assertEquals("\"2\";\"21-11-2026 11:00:00\";\"REPORT\";\"medewerker2\";\"medewerker2\";\"staff\";\"" + demo + "\";\"DEMO\";\"127.0.0.1\"", lines[1]);
        assertEquals(3, lines.length);
        as(DPO).get("/api/audit?action=AUDIT_EXPORT").then().body("total", equalTo(1)).body("items[0].actorName", equalTo(DPO));
        assertEquals(400, fg.get("/audit.csv?van=gisteren").statusCode());
    }

    @Test
    void severalWritersAtOnceMakeOneGapFreeIntactChain() throws Exception {
        long before = audit.head();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        QuarkusTransaction.requiringNew().run(() -> {
                            trail.recordSystem(AuditAction.PSEUDONYMISE, null, "SSGN");
                            trail.recordSystem(AuditAction.DELETE_NO_BREACH, null, "SSGN");
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<AuditRows.Row> rows = audit.after(before);
        assertEquals(LongStream.rangeClosed(before + 1, before + 400).boxed().toList(), rows.stream().map(AuditRows.Row::position).toList());
        assertTrue(rows.stream().allMatch(r -> "lekwacht".equals(r.actorName()) && r.actorSubject() == null && r.remoteAddress() == null));
        as(DPO).get("/api/audit/verify").then().body("intact", equalTo(true)).body("checked", equalTo((int) before + 400));
    }

    @Test
    void thePurgeRemovesOnlyOldRecordsAndExplainsTheNewStart() {
        clock.set(NOW.plus(7 * 366, ChronoUnit.DAYS));
        as(DPO).get("/api/incidents/" + ssgn).then().statusCode(200);
        assertEquals(5, audit.head());
        assertEquals(java.util.OptionalLong.of(4), purge.purgeExpired());
        List<AuditRows.Row> left = audit.after(0);
        assertEquals(List.of(5L, 6L), left.stream().map(AuditRows.Row::position).toList());
        assertEquals("AUDIT_PURGE", left.get(1).action());
        as(DPO).get("/api/audit/verify").then().body("intact", equalTo(true)).body("firstPosition", equalTo(5))
                .body("checked", equalTo(2));
        assertEquals(java.util.OptionalLong.empty(), purge.purgeExpired(), "nothing old enough any more");
        as(DPO).get("/api/audit").then().body("items.action", hasItem("AUDIT_PURGE")).body("items", not(empty()));
    }
}
