package nl.vocampus.lekwacht.incident;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.audit.AuditTrail;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.school.School;
import io.quarkus.security.ForbiddenException;
import nl.vocampus.lekwacht.people.Directory;
import nl.vocampus.lekwacht.people.Person;
import nl.vocampus.lekwacht.security.Access;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IncidentService {

    public static final String EVENT_REPORTED = "REPORTED";
    public static final String EVENT_AWARENESS_CHANGED = "AWARENESS_CHANGED";

    private final Clock clock;
    private final AmsterdamTime time;
    private final IncidentValidator validator;
    private final ReferenceGenerator references;
    private final IncidentMapper mapper;
    private final List<IncidentListener> listeners;
    private final Directory directory;

    private final AuditTrail audit;

    IncidentService(Clock clock, AmsterdamTime time, IncidentValidator validator, ReferenceGenerator references,
                    IncidentMapper mapper, jakarta.enterprise.inject.Instance<IncidentListener> listeners, Directory directory, AuditTrail audit) {
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.time = time;
        this.validator = validator;
        this.references = references;
        this.mapper = mapper;
        this.listeners = listeners.stream().toList();
    }

    /** Stores the report and everything it plans (escalations) in one transaction: a 201 means all of it exists. */
    @Transactional
    public IncidentResponse create(CreateIncidentRequest request, CurrentUser user) {
        return create(request, user.subject(), user.name(), user.mailbox().orElse(null));
    }

    /**
     * As {@link #create(CreateIncidentRequest, CurrentUser)} for a reporter named here; {@code reporterEmail} null
     * means no receipt.
     */
    @Transactional
    IncidentResponse create(CreateIncidentRequest request, String reporterSubject, String reporter, String reporterEmail) {
        Instant now = clock.instant();
        IncidentValidator.Target target = validator.validateNew(request, now);
        School school = target.school();

        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.kind = request.kind();
        incident.status = IncidentStatus.REPORTED;
        incident.school = school;
        incident.summary = request.summary().strip();
        incident.description = request.description().strip();
        incident.whatHappened = Optional.ofNullable(request.whatHappened()).orElse(
                request.kind().isDevice() ? WhatHappened.DEVICE_OR_PAPER_LOST_OR_STOLEN : WhatHappened.OTHER);
        incident.howDiscovered = blankToNull(request.howDiscovered());
        incident.occurredFrom = IncidentValidator.instant(request.occurredFrom());
        incident.occurredTo = IncidentValidator.instant(request.occurredTo());
        incident.discoveredAt = request.discoveredAt().toInstant();
        incident.reportedAt = now;
        incident.setAwareAt(request.awareAt() == null ? incident.discoveredAt : request.awareAt().toInstant());
        incident.device = device(request.device());
        if (request.dataInvolved() != null) {
            incident.dataCategories = distinctNames(request.dataInvolved().categories());
            incident.affectedGroups = distinctNames(request.dataInvolved().groups());
            incident.approximatePeople = request.dataInvolved().approximatePeople();
        }
        incident.measuresTaken = blankToNull(request.measuresTaken());
        incident.reporter = reporter;
        incident.reporterSubject = reporterSubject;
        incident.reporterEmail = reporterEmail;
        incident.managerChosen = target.managerChosen();
        incident.persist();
        target.managers().forEach(manager -> IncidentManager.name(incident.id, manager.id));
        audit.record(AuditAction.REPORT, incident.id, school.code);
        IncidentEvent.record(incident.id, now, reporter, EVENT_REPORTED, null);
        listeners.forEach(l -> l.reported(incident, now));
        // Everything else is written first: the year's counter row stays locked only until the commit.
        Incident.flush();
        incident.reference = references.next(time.year(now));
        return mapper.toResponse(incident, now);
    }

    /** Moves awareAt and with it the deadline; pending escalations are re-planned by the listeners. */
    @Transactional
    public IncidentResponse changeAwareness(String id, AwarenessChangeRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = lockVisible(id, user, AuditAction.AWARENESS);
        if (incident.status.isDecided()) {
            throw ProblemException.conflict("Incident " + incident.reference + " is " + incident.status
                    + "; the moment of awareness can no longer move the deadline");
        }
        Instant awareAt = request.awareAt().toInstant();
        validator.validateAwareness(incident, awareAt, now);
        Instant before = incident.awareAt;
        incident.setAwareAt(awareAt);
        IncidentEvent.record(incident.id, now, user.name(), EVENT_AWARENESS_CHANGED,
                "awareAt " + before + " -> " + awareAt + ": " + request.justification().strip());
        listeners.forEach(l -> l.awarenessChanged(incident, now));
        return mapper.toResponse(incident, now);
    }

    /** The incident's details: recorded in the audit trail as a read. */
    @Transactional
    public IncidentResponse get(String id, CurrentUser user) {
        return mapper.toResponse(readVisible(id, user), clock.instant());
    }

    /** The incident's deadline, for a form that checks a moment against it; not a read of its details. */
    @Transactional
    public Instant deadline(String id, CurrentUser user) {
        return findVisible(id, user).deadline;
    }

    @Transactional
    public IncidentPage list(IncidentFilter filter, int page, int size, CurrentUser user) {
        return list(filter, page, size, user, IncidentOrder.DEADLINE);
    }

    @Transactional
    public IncidentPage list(IncidentFilter filter, int page, int size, CurrentUser user, IncidentOrder order) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            params.and("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.school() != null) {
            where.append(" and i.school.code = :school");
            params.and("school", filter.school().toUpperCase());
        }
        where.append(" and ").append(Access.hqlCondition("i"));
        List<Object> scope = user.access().hqlParameters();
        params.and("scopeSubject", scope.get(0)).and("scopeSchools", scope.get(1)).and("scopeManagers", scope.get(2));
        PanacheQuery<Incident> query = Incident.find("from Incident i where " + where, order.sort(), params)
                .page(Page.of(page, size));
        Instant now = clock.instant();
        List<IncidentSummary> items = new ArrayList<>();
        for (Incident incident : query.list()) {
            items.add(mapper.toSummary(incident, now));
        }
        long total = query.count();
        return new IncidentPage(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** The incident's history (append-only), oldest first. */
    @Transactional
    public List<HistoryEntry> history(String id, CurrentUser user) {
        Incident incident = readVisible(id, user);
        return IncidentEvent.of(incident.id).stream().map(e -> new HistoryEntry(e.at, e.actor, e.type, e.detail)).toList();
    }

    /**
     * An incident the user may see ({@link Access}); one outside their scope is "not found", not "forbidden", so an
     * id never confirms that an incident exists.
     */
    public Incident findVisible(String id, CurrentUser user) {
        return visible(id, parse(id).map(uuid -> Incident.<Incident>findById(uuid)).orElse(null), user);
    }

    /**
     * As {@link #findVisible}, for a read of the incident's details or one of its parts (assessment, decisions,
     * filings, informing, escalations, history): the one place such a read is recorded in the audit trail.
     */
    public Incident readVisible(String id, CurrentUser user) {
        Incident incident = findVisible(id, user);
        audit.record(AuditAction.READ_INCIDENT, incident.id, incident.school.code);
        return incident;
    }

    /**
     * An incident the user may change: one they see, at a school where they are privacy officer (403 when they
     * see it without that role there). Holds the incident's row lock until the transaction ends: changes to one
     * incident's workflow (assess, decide, file, close, reopen) run one after the other, so each sees the status
     * the previous one left. The change is recorded in the audit trail as {@code action}, in the same transaction.
     */
    public Incident lockVisible(String id, CurrentUser user, AuditAction action) {
        Incident incident = visible(id, parse(id).map(uuid -> Incident.<Incident>findById(uuid, LockModeType.PESSIMISTIC_WRITE)).orElse(null), user);
        if (!user.access().actsOn(incident.school.id)) {
            throw new ForbiddenException("not a privacy officer of " + incident.school.code);
        }
        audit.record(action, incident.id, incident.school.code);
        return incident;
    }

    /** What the report form starts with: the school and leidinggevende of the reporter's last report. */
    public record LastChoice(String school, String managerEmail) {
    }

    /**
     * The reporter's last choice, remembered from their latest report: its school, and the leidinggevende they
     * named there while that person is still one. Without a report, the school the directory lists them at.
     */
    @Transactional
    public Optional<LastChoice> lastChoice(CurrentUser user) {
        Optional<Incident> last = Incident.<Incident>find("reporterSubject = ?1 order by reportedAt desc", user.subject())
                .firstResultOptional();
        if (last.isPresent()) {
            Incident incident = last.get();
            String manager = incident.managerChosen ? directory.byIds(IncidentManager.of(incident.id)).stream()
                    .filter(p -> p.active && p.has(nl.vocampus.lekwacht.people.SchoolRole.MANAGER)).map(p -> p.email)
                    .findFirst().orElse(null) : null;
            return Optional.of(new LastChoice(incident.school.code, manager));
        }
        return user.access().memberSchools().stream().sorted().findFirst()
                .map(id -> School.<School>findById(id)).map(school -> new LastChoice(school.code, null));
    }

    /** Whether the user may change this incident they see: privacy officer of its school. */
    @Transactional
    public boolean mayChange(String id, CurrentUser user) {
        return user.access().actsOn(findVisible(id, user).school.id);
    }

    /** The leidinggevende(n) the report goes to, by name. */
    public List<Person> managersOf(Incident incident) {
        return directory.byIds(IncidentManager.of(incident.id));
    }

    private static Incident visible(String id, Incident incident, CurrentUser user) {
        if (incident == null || !user.access().sees(incident.reporterSubject, incident.school.id, IncidentManager.of(incident.id))) {
            throw ProblemException.notFound("Incident " + id);
        }
        return incident;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Device device(DeviceInput input) {
        if (input == null) {
            return null;
        }
        Device device = new Device();
        device.type = input.type();
        device.schoolIssued = input.schoolIssued();
        device.assetTag = blankToNull(input.assetTag());
        device.serialNumber = blankToNull(input.serialNumber());
        device.encrypted = Optional.ofNullable(input.encrypted()).orElse(YesNoUnknown.UNKNOWN);
        device.screenLock = Optional.ofNullable(input.screenLock()).orElse(YesNoUnknown.UNKNOWN);
        device.remoteWipe = Optional.ofNullable(input.remoteWipe()).orElse(RemoteWipe.UNKNOWN);
        device.lastKnownLocation = blankToNull(input.lastKnownLocation());
        device.policeReportNumber = blankToNull(input.policeReportNumber());
        return device;
    }

    private static String[] distinctNames(List<? extends Enum<?>> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).distinct().toArray(String[]::new);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
