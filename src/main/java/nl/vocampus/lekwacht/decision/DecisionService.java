package nl.vocampus.lekwacht.decision;

import nl.vocampus.lekwacht.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.assessment.AssessmentService;
import nl.vocampus.lekwacht.assessment.Suggestion;
import nl.vocampus.lekwacht.escalation.EscalationStep;
import nl.vocampus.lekwacht.escalation.StepStatus;
import nl.vocampus.lekwacht.filing.FilingService;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentEvent;
import nl.vocampus.lekwacht.incident.IncidentListener;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.incident.IncidentValidator;
import nl.vocampus.lekwacht.incident.Transition;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class DecisionService {

    public static final String EVENT_DECIDED = "DECIDED";

    private final Clock clock;
    private final IncidentService incidents;
    private final List<IncidentListener> listeners;
    private final IncidentValidator validator;
    private final AssessmentService assessments;
    private final FilingService filings;

    DecisionService(Clock clock, IncidentService incidents, Instance<IncidentListener> listeners, IncidentValidator validator,
                    AssessmentService assessments, FilingService filings) {
        this.clock = clock;
        this.incidents = incidents;
        this.listeners = listeners.stream().toList();
        this.validator = validator;
        this.assessments = assessments;
        this.filings = filings;
    }

    /**
     * Records the AP decision with the suggestion shown at that moment; all pending escalations stop and
     * a decision to notify files the INITIAL notification (a SUPPLEMENT after a reopen), all in one
     * transaction. A decision may differ from the suggestion (a person decides); the reasoning is
     * required either way.
     */
    @Transactional
    public DecisionResponse decide(String incidentId, DecisionRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = incidents.lockVisible(incidentId, user, AuditAction.DECIDE);
        Transition.DECIDE.check(incident);
        boolean notify = request.notifyAp();
        Instant notifiedAt = request.notifiedAt() == null ? null : request.notifiedAt().toInstant();
        FieldErrors errors = new FieldErrors();
        if (!notify) {
            errors.check(request.apReference() == null, "apReference", "only with notifyAp=true: there is no AP notification")
                    .check(notifiedAt == null, "notifiedAt", "only with notifyAp=true: there is no AP notification");
        } else {
            errors.check(request.apReference() != null && !request.apReference().isBlank(), "apReference", "is required when the AP was notified")
                    .check(notifiedAt != null, "notifiedAt", "is required when the AP was notified");
            if (notifiedAt != null) {
                validator.checkMoment(incident, notifiedAt, now, "notifiedAt", errors);
            }
            filings.checkDecisionFiling(incident, request.apReference(), notifiedAt, errors);
        }
        Instant decisive = notify && notifiedAt != null ? notifiedAt : now;
        if (decisive.isAfter(incident.deadline)) {
            errors.check(request.delayReason() != null && !request.delayReason().isBlank(), "delayReason",
                    "is required: the decision comes after the 72-hour deadline");
        }
        errors.throwIfAny();

        Suggestion suggestion = assessments.currentSuggestion(incident, now);
        Decision decision = new Decision();
        decision.incidentId = incident.id;
        decision.round = incident.round;
        decision.notifyAp = notify;
        decision.informPeople = Boolean.TRUE.equals(request.informPeople());
        decision.reasoning = request.reasoning().strip();
        decision.apReference = notify ? request.apReference().strip() : null;
        decision.notifiedAt = notifiedAt;
        decision.delayReason = request.delayReason() == null || request.delayReason().isBlank() ? null : request.delayReason().strip();
        decision.decidedBy = user.name();
        decision.decidedAt = now;
        decision.suggestedOutcome = suggestion.outcome();
        decision.suggestedSeverity = suggestion.severity();
        decision.suggestedRules = suggestion.ruleCodes().toArray(String[]::new);
        decision.persist();
        if (notify) {
            filings.recordFromDecision(incident, decision.id, decision.apReference, notifiedAt, decision.delayReason, user.name(), now);
        }

        incident.status = Transition.DECIDE.to();
        IncidentEvent.record(incident.id, now, user.name(), EVENT_DECIDED,
                (notify ? "notify AP: " + decision.apReference : "register only") + "; suggested " + suggestion.outcome()
                        + (suggestion.outcome() == decision.decidedOutcome() ? "" : ", decided " + decision.decidedOutcome()));
        long pendingBefore = EscalationStep.count("incidentId = ?1 and status = ?2",
                incident.id, StepStatus.PENDING);
        listeners.forEach(l -> l.decided(incident, now));
        long pendingAfter = EscalationStep.count("incidentId = ?1 and status = ?2", incident.id, StepStatus.PENDING);
        return DecisionResponse.of(decision, incident.reference, (int) (pendingBefore - pendingAfter));
    }

    /** Every decision of an incident, oldest first (one per round). */
    @Transactional
    public List<DecisionResponse> list(String incidentId, CurrentUser user) {
        Incident incident = incidents.readVisible(incidentId, user);
        return Decision.of(incident.id).stream().map(d -> DecisionResponse.of(d, incident.reference, 0)).toList();
    }
}
