package nl.vocampus.lekwacht.escalation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.school.ContactRole;
import nl.vocampus.lekwacht.school.School;
import nl.vocampus.lekwacht.school.SchoolContact;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** At 07:30 Amsterdam time, each school's privacy officers get the open incidents by deadline; nothing when none is open. */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance digestHtml(DigestMail digest);

        static native TemplateInstance digestText(DigestMail digest);
    }

    private final Clock clock;
    private final Mailer mailer;
    private final MailMessages messages;
    private final AmsterdamTime time;
    private final LekwachtConfig config;

    DailyDigest(Clock clock, Mailer mailer, MailMessages messages, AmsterdamTime time, LekwachtConfig config) {
        this.clock = clock;
        this.mailer = mailer;
        this.messages = messages;
        this.time = time;
        this.config = config;
    }

    @Scheduled(identity = "daily-digest", cron = "{lekwacht.digest.cron}", timeZone = "Europe/Amsterdam")
    @Nonconcurrent
    void scheduled() {
        send(clock.instant());
    }

    /** Sends the digest as of {@code now}; returns how many mails went out. */
    public int send(Instant now) {
        int sent = 0;
        for (Outgoing outgoing : compose(now)) {
            try {
                mailer.send(outgoing.mail());
                sent++;
            } catch (RuntimeException e) {
                LOG.errorf("Daily digest for %s not sent: %s", outgoing.school(), e.getMessage());
            }
        }
        return sent;
    }

    @Transactional
    List<Outgoing> compose(Instant now) {
        List<Outgoing> out = new ArrayList<>();
        String date = DATE.format(now.atZone(time.zone()));
        for (School school : School.<School>listAll()) {
            List<Incident> open = Incident.list("school = ?1 and status in ?2 order by deadline", school,
                    List.of(IncidentStatus.REPORTED, IncidentStatus.ASSESSING));
            List<DigestMail.Line> lines = open.stream().map(i -> new DigestMail.Line(i.reference, messages.kind(i.kind.name()),
                    time.dutch(i.deadline), i.hoursUntilDeadline(now), i.isOverdue(now),
                    config.baseUrl() + "/incidenten/" + i.id)).toList();
            List<DigestMail.Failure> failures = EscalationStep.<EscalationStep>list(
                            "status = ?1 and incidentId in (select i.id from Incident i where i.school = ?2) order by dueAt",
                            StepStatus.FAILED, school).stream()
                    .map(s -> new DigestMail.Failure(Incident.<Incident>findById(s.incidentId).reference, s.step, s.lastError))
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            List<String> to = school.contactsIn(ContactRole.PRIVACY_OFFICER).stream().map(c -> c.email).toList();
            if (to.isEmpty()) {
                LOG.errorf("Daily digest for %s has no privacy officer to go to", school.code);
                continue;
            }
            DigestMail digest = new DigestMail(school.name, date, lines, failures, config.baseUrl());
            Mail mail = new Mail().setTo(to)
                    .setSubject(messages.subjectDigest(date, lines.size()))
                    .setHtml(Templates.digestHtml(digest).render())
                    .setText(Templates.digestText(digest).render())
                    .addHeader("Message-ID", "<digest." + school.code + "." + now.atZone(time.zone()).toLocalDate() + "@" + config.mail().messageIdDomain() + ">");
            out.add(new Outgoing(school.code, mail));
        }
        return out;
    }

    record Outgoing(String school, Mail mail) {
    }
}
