package nl.vocampus.lekwacht.assessment;

import nl.vocampus.lekwacht.audit.AuditAction;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentEvent;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.incident.Transition;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AssessmentService {

    public static final String EVENT_ASSESSED = "ASSESSED";
    public static final String EVENT_ASSESSMENT_CHANGED = "ASSESSMENT_CHANGED";
    /** Free texts are only marked as changed in the history: the texts themselves live in the assessment. */
    private static final Set<String> TEXTS = Set.of("peopleDescription", "encryptionDescription", "foreignAuthorities",
            "otherRegulators", "otherOrganisations", "consequences", "cause", "measuresTaken", "notes");

    private final Clock clock;
    private final IncidentService incidents;
    private final OutcomeAdvisor advisor;
    private final ObjectMapper json;

    AssessmentService(Clock clock, IncidentService incidents, OutcomeAdvisor advisor, ObjectMapper json) {
        this.clock = clock;
        this.incidents = incidents;
        this.advisor = advisor;
        this.json = json;
    }

    /** Records or replaces the assessment; the first one moves REPORTED to ASSESSING. */
    @Transactional
    public AssessmentResponse replace(String incidentId, AssessmentRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = incidents.lockVisible(incidentId, user, AuditAction.ASSESS);
        Transition.ASSESS.check(incident);
        Assessment assessment = Assessment.findById(incident.id);
        AssessmentRequest before = assessment == null ? null : AssessmentMapper.toInput(assessment);
        boolean first = assessment == null;
        if (first) {
            assessment = new Assessment();
            assessment.incidentId = incident.id;
        }
        AssessmentMapper.apply(request, assessment);
        assessment.assessedBy = user.name();
        assessment.assessedAt = now;
        if (first) {
            assessment.persist();
        }
        IncidentStatus was = incident.status;
        incident.status = Transition.ASSESS.to();

        AssessmentRequest after = AssessmentMapper.toInput(assessment);
        Suggestion suggestion = advisor.suggest(AssessmentMapper.facts(incident, after), Duration.between(incident.awareAt, now));
        String detail = (was != incident.status ? "status " + was + " -> " + incident.status + "; " : "")
                + changes(before, after) + "; suggestion " + suggestion.outcome() + " " + suggestion.ruleCodes();
        IncidentEvent.record(incident.id, now, user.name(), before == null ? EVENT_ASSESSED : EVENT_ASSESSMENT_CHANGED,
                detail.length() > 4000 ? detail.substring(0, 3997) + "..." : detail);
        return response(incident, assessment, after, now, suggestion);
    }

    /** The assessment as it stands, for a form that starts from it; not a read of the incident's details. */
    @Transactional
    public AssessmentRequest current(String incidentId, CurrentUser user) {
        Incident incident = incidents.findVisible(incidentId, user);
        Assessment assessment = Assessment.findById(incident.id);
        return assessment == null ? AssessmentMapper.draft(incident) : AssessmentMapper.toInput(assessment);
    }

    @Transactional
    public AssessmentResponse get(String incidentId, CurrentUser user) {
        Incident incident = incidents.readVisible(incidentId, user);
        Assessment assessment = Assessment.findById(incident.id);
        AssessmentRequest facts = assessment == null ? AssessmentMapper.draft(incident) : AssessmentMapper.toInput(assessment);
        Instant asOf = clockInstantFor(incident);
        Suggestion suggestion = advisor.suggest(AssessmentMapper.facts(incident, facts), Duration.between(incident.awareAt, asOf));
        return response(incident, assessment, facts, asOf, suggestion);
    }

    /**
     * The suggestion the privacy officer sees now: from the assessment, or from the report when there
     * is none yet. The decision stores it next to what was decided.
     */
    public Suggestion currentSuggestion(Incident incident, Instant now) {
        Assessment assessment = Assessment.findById(incident.id);
        AssessmentRequest facts = assessment == null ? AssessmentMapper.draft(incident) : AssessmentMapper.toInput(assessment);
        return advisor.suggest(AssessmentMapper.facts(incident, facts), Duration.between(incident.awareAt, now));
    }

    /** The facts of an incident as the AP export reads them: assessed, else from the report. */
    public AssessmentRequest factsOf(Incident incident) {
        return factsOf(List.of(incident)).get(incident.id);
    }

    public boolean isAssessed(Incident incident) {
        return Assessment.findById(incident.id) != null;
    }

    /** The facts of many incidents in one query, for the register; the assessed ones are in {@code assessed}. */
    public Map<UUID, AssessmentRequest> factsOf(List<Incident> incidents) {
        return factsOf(incidents, new HashSet<>());
    }

    public Map<UUID, AssessmentRequest> factsOf(List<Incident> incidents, Set<UUID> assessed) {
        List<UUID> ids = incidents.stream().map(i -> i.id).toList();
        Map<UUID, Assessment> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            Assessment.<Assessment>list("incidentId in ?1", ids).forEach(a -> stored.put(a.incidentId, a));
        }
        assessed.addAll(stored.keySet());
        Map<UUID, AssessmentRequest> facts = new HashMap<>();
        for (Incident incident : incidents) {
            Assessment a = stored.get(incident.id);
            facts.put(incident.id, a == null ? AssessmentMapper.draft(incident) : AssessmentMapper.toInput(a));
        }
        return facts;
    }

    /**
     * Until the decision the clock rules run on now; once decided they are frozen at the decision, so
     * a decided incident does not keep asking for a reason for delay.
     */
    private Instant clockInstantFor(Incident incident) {
        Instant now = clock.instant();
        if (!incident.status.isDecided()) {
            return now;
        }
        Instant decidedAt = IncidentEvent.find("incidentId = ?1 and type = 'DECIDED' order by at desc, id desc", incident.id)
                .<IncidentEvent>firstResultOptional().map(e -> e.at).orElse(now);
        return decidedAt.isBefore(now) ? decidedAt : now;
    }

    private static AssessmentResponse response(Incident incident, Assessment assessment, AssessmentRequest facts, Instant asOf,
                                               Suggestion suggestion) {
        return new AssessmentResponse(incident.id, incident.reference, incident.status, assessment != null,
                assessment == null ? null : assessment.assessedBy, assessment == null ? null : assessment.assessedAt, facts,
                Duration.between(incident.awareAt, asOf).toHours(), SuggestionView.of(suggestion));
    }

    /** "encrypted: UNKNOWN -> YES, notes: changed"; the first assessment lists what it states. */
    @SuppressWarnings("unchecked")
    private String changes(AssessmentRequest before, AssessmentRequest after) {
        Map<String, Object> old = before == null ? Map.of() : json.convertValue(before, Map.class);
        Map<String, Object> now = json.convertValue(after, Map.class);
        List<String> lines = new ArrayList<>();
        now.forEach((field, value) -> {
            Object was = old.get(field);
            if (Objects.equals(was, value) || (before == null && value == null)) {
                return;
            }
            if (TEXTS.contains(field)) {
                lines.add(field + (value == null ? ": removed" : before == null ? ": given" : ": changed"));
            } else {
                lines.add(field + ": " + (before == null ? "" : was + " -> ") + value);
            }
        });
        return lines.isEmpty() ? "no changes" : String.join(", ", lines);
    }
}
