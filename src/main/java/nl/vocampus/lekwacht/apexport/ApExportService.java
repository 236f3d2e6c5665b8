package nl.vocampus.lekwacht.apexport;

import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.assessment.AssessmentRequest;
import nl.vocampus.lekwacht.assessment.AssessmentService;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.decision.Decision;
import nl.vocampus.lekwacht.filing.Filing;
import nl.vocampus.lekwacht.filing.FilingResponse;
import nl.vocampus.lekwacht.filing.FilingService;
import nl.vocampus.lekwacht.filing.FilingType;
import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.incident.YesNoUnknown;
import nl.vocampus.lekwacht.informing.Informing;
import nl.vocampus.lekwacht.informing.InformingMethod;
import nl.vocampus.lekwacht.register.DutchText;
import nl.vocampus.lekwacht.people.Directory;
import nl.vocampus.lekwacht.people.SchoolRole;
import nl.vocampus.lekwacht.school.School;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The AP export: the answers to the AP's notification form (its ten chapters) from the report,
 * the assessment, the school's controller data, the decisions, filings and informing. An answer that
 * "unknown" is a valid reply to (start of the incident) is given as "Onbekend"; anything the officer
 * still has to find out is left empty and listed in {@code missing}.
 */
@ApplicationScoped
public class ApExportService {

    static final String NOT_APPLICABLE = "Niet van toepassing";

    private final Clock clock;
    private final IncidentService incidents;
    private final AssessmentService assessments;
    private final FilingService filings;
    private final AmsterdamTime time;

    private final Directory directory;

    private final AuditTrail audit;

    ApExportService(Clock clock, IncidentService incidents, AssessmentService assessments, FilingService filings, AmsterdamTime time,
                    Directory directory, AuditTrail audit) {
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.incidents = incidents;
        this.assessments = assessments;
        this.filings = filings;
        this.time = time;
    }

    /** The AP form as the API exports it; recorded as an export. */
    @Transactional
    public ApExport export(String incidentId, CurrentUser user) {
        return export(incidentId, user, AuditAction.EXPORT_AP);
    }

    /** The AP form as its page shows it; recorded as a read of the form. */
    @Transactional
    public ApExport form(String incidentId, CurrentUser user) {
        return export(incidentId, user, AuditAction.READ_AP_FORM);
    }

    private ApExport export(String incidentId, CurrentUser user, AuditAction action) {
        Instant now = clock.instant();
        Incident i = incidents.findVisible(incidentId, user);
        audit.record(action, i.id, i.school.code);
        Facts f = new Facts(i, assessments.factsOf(i), assessments.isAssessed(i), filings.views(Filing.of(i.id)), Decision.of(i.id),
                Informing.of(i.id));
        ApForm form = new ApForm();
        introduction(form, f);
        international(form, f.facts);
        controller(form, i.school, f.facts, directory);
        timeline(form, f, now);
        breach(form, f);
        data(form, f.facts);
        people(form, i, f.facts);
        protection(form, f.facts);
        consequences(form, f.facts);
        followUp(form, f);
        return new ApExport(i.id, i.reference, now, form.chapters(), form.missing());
    }

    /** Everything the answers are made of. */
    private record Facts(Incident incident, AssessmentRequest facts, boolean assessed, List<FilingResponse> filings,
                         List<Decision> decisions, List<Informing> informing) {

        Optional<FilingResponse> initial() {
            return filings.stream().filter(x -> x.type() == FilingType.INITIAL && !x.withdrawn()).reduce((a, b) -> b);
        }

        Optional<Decision> lastDecision() {
            return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
        }
    }

    private static void introduction(ApForm form, Facts f) {
        form.chapter(1, "Inleiding")
                .ask("1.1", "Wat voor soort melding doet u?", f.initial()
                        .map(x -> "Vervolgmelding (aanvulling, correctie of intrekking) op melding " + x.meldnummer())
                        .orElse("Nieuwe melding"))
                .ask("1.2", "Op grond van welke wet doet u deze melding?", "Algemene verordening gegevensbescherming (AVG)")
                .ask("1.3", "Heeft u de inbreuk ook gemeld bij een andere toezichthouder? Zo ja, bij welke?", f.facts.otherRegulators());
    }

    private static void international(ApForm form, AssessmentRequest a) {
        form.chapter(2, "Internationaal")
                .ask("2.1", "Zijn er betrokkenen in andere landen dan Nederland?", DutchText.yesNo(a.peopleInOtherCountries()))
                .ask("2.2", "Heeft u toezichthouders in andere landen ingelicht? Zo ja, welke?",
                        a.peopleInOtherCountries() == YesNoUnknown.NO ? NOT_APPLICABLE : a.foreignAuthorities());
    }

    private static void controller(ApForm form, School s, AssessmentRequest a, Directory directory) {
        String dpo = directory.withRoleInFoundation(s.foundation, SchoolRole.DPO).stream().findFirst()
                .map(c -> c.name + " (" + c.email + ")").orElse(null);
        form.chapter(3, "Verwerkingsverantwoordelijke")
                .ask("3.1", "Naam van de organisatie", s.foundation + " (" + s.name + ")")
                .ask("3.2", "Adres van de organisatie", s.address)
                .ask("3.3", "KvK-nummer", s.kvkNumber)
                .ask("3.4", "Functionaris gegevensbescherming (FG)", dpo)
                .ask("3.5", "Sector", s.sector)
                .ask("3.6", "Wie doet de melding?", "De verwerkingsverantwoordelijke zelf")
                .ask("3.7", "Naam contactpersoon", s.contactName)
                .ask("3.8", "Functie contactpersoon", s.contactJobTitle)
                .ask("3.9", "Telefoonnummer contactpersoon", s.contactPhone)
                .ask("3.10", "Zijn er andere organisaties betrokken bij de inbreuk (bijvoorbeeld een leverancier)?", a.otherOrganisations());
    }

    private void timeline(ApForm form, Facts f, Instant now) {
        Incident i = f.incident;
        form.chapter(4, "Tijdlijn")
                .ask("4.1", "Wanneer is de inbreuk begonnen?", i.occurredFrom == null ? "Onbekend" : date(i.occurredFrom))
                .ask("4.2", "Wanneer is de inbreuk geëindigd?", i.occurredTo == null ? "Onbekend of nog niet geëindigd" : date(i.occurredTo))
                .ask("4.3", "Wanneer heeft u de inbreuk ontdekt?", date(i.discoveredAt))
                .ask("4.4", "Sinds wanneer weet uw organisatie van de inbreuk (start van de 72 uur)?", date(i.awareAt))
                .ask("4.5", "Hoe is de inbreuk ontdekt?", i.howDiscovered)
                .ask("4.6", "Waarom meldt u de inbreuk later dan 72 uur nadat u ervan op de hoogte was?", delayReason(f, now));
    }

    /** Needed only for a late notification: filed late, or not filed and the deadline has passed. */
    private static String delayReason(Facts f, Instant now) {
        Optional<FilingResponse> initial = f.initial();
        Instant moment = initial.map(FilingResponse::filedAt).orElse(now);
        if (!moment.isAfter(f.incident.deadline)) {
            return NOT_APPLICABLE + ": binnen 72 uur";
        }
        return initial.map(FilingResponse::delayReason)
                .or(() -> f.lastDecision().map(d -> d.delayReason))
                .orElse(null);
    }

    private static void breach(ApForm form, Facts f) {
        AssessmentRequest a = f.facts;
        List<String> kinds = new ArrayList<>();
        if (Boolean.TRUE.equals(a.confidentiality())) {
            kinds.add("vertrouwelijkheid");
        }
        if (Boolean.TRUE.equals(a.integrity())) {
            kinds.add("integriteit");
        }
        if (Boolean.TRUE.equals(a.availability())) {
            kinds.add("beschikbaarheid");
        }
        Incident i = f.incident;
        form.chapter(5, "De inbreuk")
                .ask("5.1", "Gaat het om een inbreuk op de vertrouwelijkheid, integriteit en/of beschikbaarheid van persoonsgegevens?",
                        f.assessed ? String.join(", ", kinds) : null)
                .ask("5.2", "Wat is er gebeurd?", DutchText.whatHappened(a.whatHappened() != null ? a.whatHappened() : i.whatHappened))
                .ask("5.3", "Beschrijf de inbreuk", i.summary + "\n\n" + i.description);
    }

    private static void data(ApForm form, AssessmentRequest a) {
        List<DataCategory> categories = a.dataCategories();
        String ordinary = null;
        String special = null;
        if (categories != null && !categories.isEmpty()) {
            List<DataCategory> plain = categories.stream().filter(c -> !c.isSpecial()).toList();
            List<DataCategory> art9 = categories.stream().filter(DataCategory::isSpecial).toList();
            ordinary = plain.isEmpty() ? "Geen gewone persoonsgegevens" : DutchText.categories(plain);
            special = art9.isEmpty() ? "Nee" : "Ja: " + DutchText.categories(art9);
        }
        form.chapter(6, "Gegevens")
                .ask("6.1", "Om welke soorten persoonsgegevens gaat het?", ordinary)
                .ask("6.2", "Gaat het ook om bijzondere persoonsgegevens? Zo ja, welke?", special)
                .ask("6.3", "Om hoeveel records gaat het (ongeveer)?", number(a.numberOfRecords()));
    }

    private static void people(ApForm form, Incident i, AssessmentRequest a) {
        String groups = Arrays.stream(i.affectedGroups).map(AffectedGroup::valueOf).map(DutchText::group).collect(Collectors.joining(", "));
        form.chapter(7, "Betrokkenen")
                .ask("7.1", "Van welke groepen personen zijn gegevens betrokken?", groups)
                .ask("7.2", "Omschrijving van de betrokkenen", a.peopleDescription())
                .ask("7.3", "Om hoeveel personen gaat het (ongeveer)?", number(a.numberOfPeople()));
    }

    private static void protection(ApForm form, AssessmentRequest a) {
        String how = a.encrypted() == null ? null : a.encrypted() == YesNoUnknown.YES ? a.encryptionDescription() : NOT_APPLICABLE;
        form.chapter(8, "Beveiliging vooraf")
                .ask("8.1", "Waren de persoonsgegevens versleuteld, gehasht of op een andere manier onbegrijpelijk of ontoegankelijk gemaakt?",
                        DutchText.yesNo(a.encrypted()))
                .ask("8.2", "Op welke manier?", how);
    }

    private static void consequences(ApForm form, AssessmentRequest a) {
        form.chapter(9, "Gevolgen")
                .ask("9.1", "Wat zijn de mogelijke gevolgen voor de betrokkenen?", a.consequences())
                .ask("9.2", "Hoe ernstig zijn de gevolgen (verwaarloosbaar, beperkt, aanzienlijk of zeer groot)?",
                        a.severity() == null ? null : DutchText.severity(a.severity()));
    }

    private void followUp(ApForm form, Facts f) {
        boolean informed = !f.informing.isEmpty();
        String told = informed ? "Ja"
                : f.lastDecision().map(d -> d.informPeople ? "Nee, maar dat gaat nog gebeuren" : "Nee, en dat gaat ook niet gebeuren").orElse(null);
        String count = informed ? String.valueOf(f.informing.stream().mapToInt(x -> x.peopleCount).sum()) : NOT_APPLICABLE;
        String means = informed ? f.informing.stream().flatMap(x -> Arrays.stream(x.methods)).map(InformingMethod::valueOf)
                .collect(Collectors.toCollection(TreeSet::new)).stream().map(DutchText::method).collect(Collectors.joining(", "))
                + " (" + f.informing.stream().map(x -> date(x.informedAt)).collect(Collectors.joining(", ")) + ")" : NOT_APPLICABLE;
        String measures = f.facts.measuresTaken() != null ? f.facts.measuresTaken() : f.incident.measuresTaken;
        form.chapter(10, "Vervolgacties")
                .ask("10.1", "Heeft u de betrokkenen geïnformeerd?", told)
                .ask("10.2", "Hoeveel betrokkenen heeft u geïnformeerd?", count)
                .ask("10.3", "Op welke manier heeft u de betrokkenen geïnformeerd?", means)
                .ask("10.4", "Welke maatregelen heeft u genomen om de inbreuk aan te pakken en herhaling te voorkomen?", measures);
    }

    private String date(Instant instant) {
        return DutchText.dateTime(instant, time.zone());
    }

    private static String number(Integer n) {
        return n == null ? null : n.toString();
    }
}
