package nl.vocampus.lekwacht.incident;

import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Closing and reopening; assessing and deciding live with their own features. See {@link Transition}. */
@ApplicationScoped
public class IncidentLifecycle {

    public static final String EVENT_CLOSED = "CLOSED";
    public static final String EVENT_REOPENED = "REOPENED";

    private final Clock clock;
    private final IncidentService incidents;
    private final IncidentMapper mapper;
    private final List<IncidentListener> listeners;
    private final IncidentValidator validator;

    IncidentLifecycle(Clock clock, IncidentService incidents, IncidentMapper mapper, Instance<IncidentListener> listeners,
                      IncidentValidator validator) {
        this.clock = clock;
        this.incidents = incidents;
        this.mapper = mapper;
        this.listeners = listeners.stream().toList();
        this.validator = validator;
    }

    @Transactional
    public IncidentResponse close(String id, CloseRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = incidents.lockVisible(id, user, AuditAction.CLOSE);
        Transition.CLOSE.check(incident);
        incident.status = Transition.CLOSE.to();
        incident.closedAt = now;
        String reason = request == null ? null : IncidentService.blankToNull(request.reason());
        IncidentEvent.record(incident.id, now, user.name(), EVENT_CLOSED, reason);
        return mapper.toResponse(incident, now);
    }

    /**
     * Back to ASSESSING in a new round, so the next decision is a new decision row. A new awareAt
     * (awareness of the new fact) starts a new 72-hour clock: the deadline moves and the listeners plan
     * a new escalation ladder for the round.
     */
    @Transactional
    public IncidentResponse reopen(String id, ReopenRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = incidents.lockVisible(id, user, AuditAction.REOPEN);
        Transition.REOPEN.check(incident);
        if (incident.pseudonymisedAt != null) {
            // Its texts and reporter are gone: new facts are a new report, assessed on their own.
            throw ProblemException.conflict("Incident " + incident.reference + " was pseudonymised on " + incident.pseudonymisedAt
                    + " and cannot be reopened; report the new facts as a new incident");
        }
        Instant awareAt = request.awareAt() == null ? null : request.awareAt().toInstant();
        if (awareAt != null) {
            validator.checkMoment(awareAt, now, "awareAt", new FieldErrors())
                    .check(!awareAt.isBefore(incident.awareAt), "awareAt",
                            "must not be before the current moment of awareness (" + incident.awareAt + "): the new fact became known later")
                    .throwIfAny();
        }
        IncidentStatus was = incident.status;
        incident.status = Transition.REOPEN.to();
        incident.round++;
        incident.closedAt = null;
        String clockChange = "";
        if (awareAt != null) {
            clockChange = "; awareAt " + incident.awareAt + " -> " + awareAt;
            incident.setAwareAt(awareAt);
            incident.overdueMarkedAt = null;
        }
        IncidentEvent.record(incident.id, now, user.name(), EVENT_REOPENED,
                "round " + incident.round + ", " + was + " -> " + incident.status + clockChange + ": " + request.reason().strip());
        listeners.forEach(l -> l.reopened(incident, now));
        return mapper.toResponse(incident, now);
    }
}
