package nl.vocampus.lekwacht.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.util.Arrays;
import java.util.List;

@ApplicationScoped
public class EscalationQueries {

    private final IncidentService incidents;

    EscalationQueries(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Transactional
    public List<EscalationStepView> stepsOf(String incidentId, CurrentUser user) {
        Incident incident = incidents.readVisible(incidentId, user);
        boolean withErrors = user.seesDeliveryErrors();
        return EscalationStep.of(incident.id).stream().map(s -> view(s, withErrors)).toList();
    }

    /** {@code withError}: whether the reader may see the mail server's text (see {@link CurrentUser#seesDeliveryErrors}). */
    static EscalationStepView view(EscalationStep s, boolean withError) {
        return new EscalationStepView(s.step, s.kind, s.channel, Arrays.stream(s.recipients).map(Audience::valueOf).toList(), s.dueAt,
                s.status, s.attempts, s.nextAttemptAt, s.sentAt, s.note, withError ? s.lastError : null);
    }
}
