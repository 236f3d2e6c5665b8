package nl.vocampus.lekwacht.informing;

import nl.vocampus.lekwacht.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentEvent;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.incident.IncidentValidator;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Art. 34 "without undue delay" has no hour count, so informing is recorded in any status. */
@ApplicationScoped
public class InformingService {

    public static final String EVENT_INFORMED = "PEOPLE_INFORMED";

    private final Clock clock;
    private final IncidentService incidents;
    private final AmsterdamTime time;
    private final IncidentValidator validator;

    InformingService(Clock clock, IncidentService incidents, AmsterdamTime time, IncidentValidator validator) {
        this.clock = clock;
        this.incidents = incidents;
        this.time = time;
        this.validator = validator;
    }

    @Transactional
    public InformingResponse record(String incidentId, InformingRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = incidents.lockVisible(incidentId, user, AuditAction.INFORM);
        Instant informedAt = request.informedAt().toInstant();
        validator.checkMoment(incident, informedAt, now, "informedAt", new FieldErrors()).throwIfAny();
        Informing informing = new Informing();
        informing.incidentId = incident.id;
        informing.informedAt = informedAt;
        informing.methods = request.methods().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        informing.peopleCount = request.peopleCount();
        informing.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        informing.recordedBy = user.name();
        informing.recordedAt = now;
        informing.persist();
        IncidentEvent.record(incident.id, now, user.name(), EVENT_INFORMED,
                informing.peopleCount + " people by " + String.join(", ", informing.methods));
        return view(informing);
    }

    @Transactional
    public List<InformingResponse> list(String incidentId, CurrentUser user) {
        return Informing.of(incidents.readVisible(incidentId, user).id).stream().map(this::view).toList();
    }

    public InformingResponse view(Informing i) {
        return new InformingResponse(i.id, i.incidentId, i.informedAt, time.isoLocal(i.informedAt),
                Arrays.stream(i.methods).map(InformingMethod::valueOf).toList(), i.peopleCount, i.note, i.recordedBy, i.recordedAt);
    }
}
