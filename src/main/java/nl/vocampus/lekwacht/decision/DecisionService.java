package nl.vocampus.lekwacht.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.escalation.EscalationStep;
import nl.vocampus.lekwacht.escalation.StepStatus;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentEvent;
import nl.vocampus.lekwacht.incident.IncidentListener;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.problem.ProblemException;
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
    private final LekwachtConfig config;

    DecisionService(Clock clock, IncidentService incidents, Instance<IncidentListener> listeners, LekwachtConfig config) {
        this.clock = clock;
        this.incidents = incidents;
        this.listeners = listeners.stream().toList();
        this.config = config;
    }

    /** Records the AP decision; all pending escalations stop in the same transaction. */
    @Transactional
    public DecisionResponse decide(String incidentId, DecisionRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = incidents.findVisible(incidentId, user);
        if (incident.status == IncidentStatus.CLOSED) {
            throw ProblemException.conflict("Incident " + incident.reference + " is closed; reopen it before deciding again");
        }
        if (incident.status == IncidentStatus.DECIDED) {
            throw ProblemException.conflict("Incident " + incident.reference + " has a decision already");
        }
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
                errors.check(!notifiedAt.isAfter(now.plus(config.clockSkew())), "notifiedAt", "must not be in the future")
                        .check(!notifiedAt.isBefore(incident.discoveredAt), "notifiedAt", "must not be before the incident was discovered");
            }
        }
        Instant decisive = notify && notifiedAt != null ? notifiedAt : now;
        if (decisive.isAfter(incident.deadline)) {
            errors.check(request.delayReason() != null && !request.delayReason().isBlank(), "delayReason",
                    "is required: the decision comes after the 72-hour deadline");
        }
        errors.throwIfAny();

        Decision decision = new Decision();
        decision.incidentId = incident.id;
        decision.notifyAp = notify;
        decision.reasoning = request.reasoning().strip();
        decision.apReference = notify ? request.apReference().strip() : null;
        decision.notifiedAt = notifiedAt;
        decision.delayReason = request.delayReason() == null || request.delayReason().isBlank() ? null : request.delayReason().strip();
        decision.decidedBy = user.name();
        decision.decidedAt = now;
        decision.persist();

        incident.status = IncidentStatus.DECIDED;
        incident.notifiedApAt = notifiedAt;
        IncidentEvent.record(incident.id, now, user.name(), EVENT_DECIDED, notify ? "notify AP: " + decision.apReference : "register only");
        long pendingBefore = EscalationStep.count("incidentId = ?1 and status = ?2",
                incident.id, StepStatus.PENDING);
        listeners.forEach(l -> l.decided(incident, now));
        return new DecisionResponse(incident.id, incident.reference, decision.notifyAp, decision.reasoning, decision.apReference,
                decision.notifiedAt, decision.delayReason, decision.decidedBy, decision.decidedAt, (int) pendingBefore);
    }
}
