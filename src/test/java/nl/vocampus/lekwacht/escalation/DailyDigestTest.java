package nl.vocampus.lekwacht.escalation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DailyDigestTest {

    @Inject
    TestClock clock;
    @Inject
    DailyDigest digest;
    @Inject
    LekwachtConfig config;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void privacyOfficersGetTheOpenIncidentsByDeadline() {
        Instant now = Instant.parse("2026-11-23T06:30:00Z");
        clock.set(Instant.parse("2026-11-22T10:00:00Z"));
        String later = as(STAFF).body(lostLaptop("2026-11-22T10:00:00+01:00")).post("/api/incidents").then().statusCode(201).extract().path("reference");
        String sooner = as(STAFF).body(lostLaptop("2026-11-21T10:00:00+01:00")).post("/api/incidents").then().statusCode(201).extract().path("reference");
        clock.set(now);
        SmtpResource.startServer();
        MailBox.clear();

        assertTrue(digest.send(now) >= 1);
        List<MailBox.ReceivedMail> digests = MailBox.all().stream().filter(m -> m.subject().startsWith("Dagoverzicht")).toList();
        MailBox.ReceivedMail ssgn = digests.stream().filter(m -> m.messageId().equals("<digest.SSGN.2026-11-23@lekwacht.vocampus.nl>")).findFirst().orElseThrow();
        assertEquals(List.of("privacy-plv@ssgn.example", "privacy@ssgn.example"), ssgn.to());
        assertTrue(ssgn.subject().contains("maandag 23 november 2026"), ssgn.subject());
        int soonerAt = ssgn.text().indexOf(sooner);
        int laterAt = ssgn.text().indexOf(later);
        assertTrue(soonerAt >= 0 && laterAt > soonerAt, "soonest deadline first:\n" + ssgn.text());
        assertTrue(!ssgn.text().contains("cijferlijsten"), "no description in mail");
    }

    @Test
    void aSchoolWithNothingOpenGetsNoDigest() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into school (code, name, foundation) values ('RUSTIG', 'Rustige school', 'Stichting voCampus') on conflict do nothing");
            s.executeUpdate("insert into person (school_id, roles, name, email) select id, '{privacy-officer}', 'PO', 'po@rustig.example' from school where code = 'RUSTIG'");
        }
        SmtpResource.startServer();
        MailBox.clear();
        digest.send(Instant.parse("2026-11-23T06:30:00Z"));
        assertTrue(MailBox.all().stream().noneMatch(m -> m.to().contains("po@rustig.example")), "nothing is sent when nothing is open");
    }

    @Test
    void aDigestThatMeetsAnSmtpOutageIsRetriedAndSentOnce() {
        Instant at0730 = Instant.parse("2026-11-24T06:30:00Z");
        clock.set(Instant.parse("2026-11-23T12:00:00Z"));
        String reference = as(STAFF).body(lostLaptop("2026-11-23T12:00:00+01:00")).post("/api/incidents").then().statusCode(201).extract().path("reference");
        clock.set(at0730);
        SmtpResource.stopServer();
        MailBox.clear();
        try {
            assertEquals(0, digest.send(at0730), "SMTP is down at 07:30");
        } finally {
            SmtpResource.startServer();
        }
        assertEquals(0, digest.deliverDue(at0730.plusSeconds(30)), "not before the backoff has passed");
        // The sweep delivers what is due after the first retry delay, once.
        assertEquals(1, digest.deliverDue(at0730.plus(config.escalation().retryBase())));
        assertEquals(0, digest.deliverDue(at0730.plus(config.escalation().retryBase()).plusSeconds(60)));
        assertEquals(0, digest.send(at0730.plusSeconds(600)), "planning the same day again sends nothing new");
        List<MailBox.ReceivedMail> digests = MailBox.all().stream().filter(m -> m.messageId().equals("<digest.SSGN.2026-11-24@lekwacht.vocampus.nl>")).toList();
        assertEquals(1, digests.size(), digests.toString());
        assertTrue(digests.get(0).text().contains(reference), digests.get(0).text());
    }

    @Test
    void theDigestRunsInTheConfiguredZone() throws Exception {
        java.lang.reflect.Method scheduled = DailyDigest.class.getDeclaredMethod("scheduled");
        io.quarkus.scheduler.Scheduled schedule = scheduled.getAnnotation(io.quarkus.scheduler.Scheduled.class);
        assertEquals("${lekwacht.zone}", schedule.timeZone(), "the cron follows lekwacht.zone, not a fixed zone");
        assertEquals(java.time.ZoneId.of("Europe/Amsterdam"), config.zone());
    }

    @Test
    void theDigestRunsAtHalfPastSevenAmsterdamTimeSummerAndWinter() throws Exception {
        CronExpression cron = new CronExpression(config.digest().cron());
        cron.setTimeZone(TimeZone.getTimeZone(config.zone()));
        assertEquals(Instant.parse("2026-11-26T06:30:00Z"), cron.getNextValidTimeAfter(Date.from(Instant.parse("2026-11-25T12:00:00Z"))).toInstant());
        assertEquals(Instant.parse("2026-06-02T05:30:00Z"), cron.getNextValidTimeAfter(Date.from(Instant.parse("2026-06-01T12:00:00Z"))).toInstant());
    }
}
