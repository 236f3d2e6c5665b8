package nl.vocampus.lekwacht.escalation;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.Language;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.people.Directory;
import nl.vocampus.lekwacht.people.SchoolRole;
import nl.vocampus.lekwacht.school.School;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * At 07:30 local time, each school's privacy officers get the open incidents by deadline; nothing when none
 * is open. The digest is planned as a delivery and sent by the escalation sweep, so an SMTP outage at 07:30
 * is retried as escalations are, and a second node planning the same digest changes nothing.
 */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class);
    /** The incidents a digest lists: not yet decided. */
    private static final List<IncidentStatus> OPEN = List.of(IncidentStatus.REPORTED, IncidentStatus.ASSESSING);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("en-GB"));

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance digestHtml(DigestMail digest);

        static native TemplateInstance digestText(DigestMail digest);
    }

    private final Clock clock;
    private final MailSender mailer;
    private final AmsterdamTime time;
    private final LekwachtConfig config;
    private final DigestDeliveries deliveries;

    private final Directory directory;

    DailyDigest(Clock clock, MailSender mailer, AmsterdamTime time, LekwachtConfig config, DigestDeliveries deliveries,
                Directory directory) {
        this.directory = directory;
        this.clock = clock;
        this.mailer = mailer;
        this.time = time;
        this.config = config;
        this.deliveries = deliveries;
    }

    @Scheduled(identity = "daily-digest", cron = "{lekwacht.digest.cron}", timeZone = "${lekwacht.zone}")
    @Nonconcurrent
    void scheduled() {
        send(clock.instant());
    }

    /** Plans today's digests as of {@code now} and sends what is due; returns how many mails went out. */
    public int send(Instant now) {
        plan(now);
        return deliverDue(now);
    }

    /** Plans a digest for every school with open incidents. */
    public void plan(Instant now) {
        List<Long> schools = schoolsWithOpenIncidents();
        deliveries.plan(schools, today(now), now);
    }

    /** Sends the planned digests that are due (called by every sweep); returns how many went out. */
    public int deliverDue(Instant now) {
        int sent = 0;
        for (DigestDeliveries.Claimed claimed : deliveries.claim(now, today(now))) {
            List<Mail> mails = compose(claimed.schoolId(), now);
            if (mails.isEmpty()) {
                deliveries.cancel(claimed.id(), "nothing open, or no privacy officer to send to");
                continue;
            }
            try {
                // One mail per language; a retry sends each again under its own Message-ID, shown once by clients.
                mails.forEach(mailer::send);
                deliveries.markSent(claimed.id(), clock.instant());
                sent++;
            } catch (RuntimeException e) {
                String reason = e.getMessage();
                if (deliveries.markFailedAttempt(claimed.id(), reason, clock.instant())) {
                    LOG.errorf("Daily digest %d FAILED after the last attempt: %s", claimed.id(), reason);
                } else {
                    LOG.warnf("Daily digest %d not sent, will retry: %s", claimed.id(), reason);
                }
            }
        }
        return sent;
    }

    private LocalDate today(Instant now) {
        return now.atZone(time.zone()).toLocalDate();
    }

    @Transactional
    List<Long> schoolsWithOpenIncidents() {
        return Incident.getEntityManager()
                .createQuery("select distinct i.school.id from Incident i where i.status in :open", Long.class)
                .setParameter("open", OPEN).getResultList();
    }

    @Transactional
    List<Mail> compose(long schoolId, Instant now) {
        School school = School.findById(schoolId);
        List<Incident> open = Incident.list("school = ?1 and status in ?2 order by deadline", school, OPEN);
        if (open.isEmpty()) {
            return List.of();
        }
        List<DigestMail.Failure> failures = EscalationStep.<EscalationStep>list(
                        "status = ?1 and incidentId in (select i.id from Incident i where i.school = ?2) order by dueAt",
                        StepStatus.FAILED, school).stream()
                .map(s -> new DigestMail.Failure(Incident.<Incident>findById(s.incidentId).reference, s.step, s.lastError))
                .toList();
        // The school's own privacy officers (a deputy in the place of one who is away): each school's digest holds
        // only that school's incidents. Each reads it in their own language.
        Map<Language, Set<String>> to = new TreeMap<>();
        directory.withRole(school, SchoolRole.PRIVACY_OFFICER).stream().map(p -> directory.reach(p, now))
                .forEach(r -> to.computeIfAbsent(r.language(), l -> new LinkedHashSet<>()).add(r.email()));
        if (to.isEmpty()) {
            LOG.errorf("Daily digest for %s has no privacy officer to go to", school.code);
            return List.of();
        }
        List<Mail> mails = new ArrayList<>();
        to.forEach((language, addresses) -> {
            MailMessages texts = MailTexts.of(language);
            String date = (language == Language.EN ? DATE_EN : DATE).format(now.atZone(time.zone()));
            List<DigestMail.Line> lines = open.stream().map(i -> new DigestMail.Line(i.reference, texts.kind(i.kind.name()),
                    time.forPeople(i.deadline, language), i.hoursUntilDeadline(now), i.isOverdue(now),
                    config.baseUrl() + "/incidenten/" + i.id)).toList();
            DigestMail digest = new DigestMail(school.name, date, lines, failures, config.baseUrl());
            String messageId = "<digest." + school.code + "." + today(now) + (language == Language.NL ? "" : "." + language.code())
                    + "@" + config.mail().messageIdDomain() + ">";
            mails.add(new Mail().setTo(List.copyOf(addresses))
                    .setSubject(texts.subjectDigest(date, lines.size()))
                    .setHtml(Templates.digestHtml(digest).setLocale(language.locale()).render())
                    .setText(Templates.digestText(digest).setLocale(language.locale()).render())
                    .addHeader("Message-ID", messageId));
        });
        return mails;
    }
}
