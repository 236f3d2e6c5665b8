package nl.vocampus.lekwacht.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.Language;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentManager;
import nl.vocampus.lekwacht.people.Directory;
import nl.vocampus.lekwacht.people.Person;
import nl.vocampus.lekwacht.people.SchoolRole;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns an incident's claimed steps into the messages to send. Recipients are looked up now, not when
 * the step was planned, so a new privacy officer gets the later steps.
 */
@ApplicationScoped
public class MailComposer {

    private final AmsterdamTime time;
    private final LekwachtConfig config;
    private final Directory directory;

    MailComposer(AmsterdamTime time, LekwachtConfig config, Directory directory) {
        this.directory = directory;
        this.time = time;
        this.config = config;
    }

    /**
     * The messages for one incident's due steps, the notice to the leidinggevende and privacy officer before
     * the reporter's receipt. Once the incident is decided the reminder rungs are cancelled, but the
     * immediate notice and the receipt still go out: the leidinggevende is always told, a reporter always
     * gets a receipt.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Composition compose(UUID incidentId, List<ClaimedStep> steps, Instant now) {
        Incident incident = Incident.findById(incidentId);
        boolean decided = incident.status.isDecided();
        List<Long> cancelled = steps.stream().filter(s -> decided && s.kind().isReminder()).map(ClaimedStep::id).toList();
        List<ClaimedStep> receipts = steps.stream().filter(s -> s.kind() == StepKind.RECEIPT).toList();
        List<ClaimedStep> escalations = steps.stream().filter(s -> s.kind() != StepKind.RECEIPT && !cancelled.contains(s.id()))
                .sorted(Comparator.comparing(ClaimedStep::dueAt).thenComparing(ClaimedStep::kind)).toList();
        List<OutboundMail> mails = new ArrayList<>();
        if (!escalations.isEmpty()) {
            // Several steps due at once (a late report, or time spent down): one urgent message, never a burst.
            mails.add(mail(incident, escalations, now));
        }
        for (ClaimedStep receipt : receipts) {
            mails.add(mail(incident, List.of(receipt), now));
        }
        return new Composition(mails, cancelled);
    }

    private OutboundMail mail(Incident incident, List<ClaimedStep> covered, Instant now) {
        ClaimedStep main = covered.stream().max(Comparator.comparing(ClaimedStep::kind).thenComparing(ClaimedStep::dueAt)).orElseThrow();
        Set<Audience> audience = new LinkedHashSet<>();
        for (ClaimedStep step : covered) {
            EscalationStep row = EscalationStep.findById(step.id());
            for (String role : row.recipients) {
                audience.add(Audience.valueOf(role));
            }
        }
        List<Directory.Reached> reached = recipients(incident, audience, now);
        long hoursRemaining = incident.hoursUntilDeadline(now);
        String messageIdBase = incident.id + "." + main.step();
        // One mail per language, Dutch first; a Dutch mail keeps the Message-ID it had before mails had a language.
        Map<Language, List<Directory.Reached>> byLanguage = new TreeMap<>();
        reached.forEach(r -> byLanguage.computeIfAbsent(r.language(), l -> new ArrayList<>()).add(r));
        List<OutboundMail.Copy> copies = new ArrayList<>();
        byLanguage.forEach((language, readers) -> {
            MailMessages texts = MailTexts.of(language);
            List<String> to = readers.stream().map(Directory.Reached::email).toList();
            List<EscalationMail.StandIn> standIns = readers.stream().filter(r -> r.onBehalfOf() != null)
                    .map(r -> new EscalationMail.StandIn(r.name(), r.onBehalfOf(), time.forPeople(r.awayUntil(), language))).toList();
            EscalationMail content = new EscalationMail(main.kind(), incident.reference, texts.kind(incident.kind.name()),
                    incident.school.name, time.forPeople(incident.deadline, language), hoursRemaining, incident.isOverdue(now),
                    covered.stream().map(ClaimedStep::step).toList(),
                    config.baseUrl() + "/incidenten/" + incident.id, standIns);
            byte[] calendar = audience.contains(Audience.PRIVACY_OFFICER)
                    ? DeadlineCalendar.event(incident, texts, config.mail().messageIdDomain(), now) : null;
            String messageId = "<" + messageIdBase + (language == Language.NL ? "" : "." + language.code()) + "@"
                    + config.mail().messageIdDomain() + ">";
            copies.add(new OutboundMail.Copy(language, to, messageId, content, calendar));
        });
        return new OutboundMail(covered.stream().map(ClaimedStep::id).toList(), main.step(), main.kind(), copies);
    }

    /**
     * The people of the audience, looked up now: the report's own leidinggevende(n) (the school's default ones
     * when none of them is active any more), the school's privacy officers and directie, the foundation's FG. A
     * person away now is reached through their deputy, and the mail says on whose behalf.
     */
    private List<Directory.Reached> recipients(Incident incident, Set<Audience> audience, Instant now) {
        Map<String, Directory.Reached> byAddress = new LinkedHashMap<>();
        for (Audience who : audience) {
            if (who == Audience.REPORTER) {
                if (incident.reporterEmail != null) {
                    byAddress.putIfAbsent(incident.reporterEmail.toLowerCase(),
                            new Directory.Reached(incident.reporterEmail, incident.reporter, null, null, reporterLanguage(incident)));
                }
                continue;
            }
            for (Person person : people(incident, who)) {
                Directory.Reached reached = directory.reach(person, now);
                byAddress.merge(reached.email().toLowerCase(), reached, (kept, also) -> kept.onBehalfOf() == null ? kept : also);
            }
        }
        return List.copyOf(byAddress.values());
    }

    /** The reporter's language as the directory lists them (by their sign-in's stable id), else Dutch. */
    private static Language reporterLanguage(Incident incident) {
        List<Person> listed = Person.list("subject = ?1 and active = true order by id", incident.reporterSubject);
        return listed.stream().filter(p -> p.school.id.equals(incident.school.id)).findFirst()
                .or(() -> listed.stream().findFirst()).map(p -> p.language).orElse(Language.NL);
    }

    private List<Person> people(Incident incident, Audience who) {
        return switch (who) {
            case MANAGER -> {
                List<Person> named = directory.byIds(IncidentManager.of(incident.id)).stream().filter(p -> p.active).toList();
                yield named.isEmpty() ? directory.defaultManagersOf(incident.school) : named;
            }
            case PRIVACY_OFFICER -> directory.withRole(incident.school, SchoolRole.PRIVACY_OFFICER);
            case MANAGEMENT -> directory.withRole(incident.school, SchoolRole.MANAGEMENT);
            case DPO -> directory.withRoleInFoundation(incident.school.foundation, SchoolRole.DPO);
            case REPORTER -> List.of();
        };
    }

    /** What to send, and the steps to cancel because the incident was decided while they were due. */
    public record Composition(List<OutboundMail> mails, List<Long> cancelled) {
    }
}
