package nl.vocampus.lekwacht.incident;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.common.Moments;
import nl.vocampus.lekwacht.people.Directory;
import nl.vocampus.lekwacht.people.Person;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.school.School;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules across fields that Bean Validation annotations cannot say. */
@ApplicationScoped
public class IncidentValidator {

    private final Duration skew;
    private final Directory directory;

    IncidentValidator(LekwachtConfig config, Directory directory) {
        this.skew = config.clockSkew();
        this.directory = directory;
    }

    /** Where a new report goes: its school and the leidinggevende(n) it is for. */
    public record Target(School school, List<Person> managers, boolean managerChosen) {
    }

    /** Checks a new report against the clock and the school's directory; throws with every problem found. */
    public Target validateNew(CreateIncidentRequest r, Instant now) {
        Instant from = instant(r.occurredFrom());
        Instant to = instant(r.occurredTo());
        Instant discovered = instant(r.discoveredAt());
        Instant aware = instant(r.awareAt());
        School school = School.findByCode(r.school());

        FieldErrors errors = new FieldErrors();
        if (school == null) {
            errors.add("school", "unknown school; known: " + School.<School>list("active", true).stream().map(s -> s.code).sorted().collect(Collectors.joining(", ")));
        } else if (!school.active) {
            errors.add("school", ErrorCode.INACTIVE, "takes no new reports: the foundation no longer runs " + school.code);
        }
        if (r.kind().isDevice() && r.device() == null) {
            errors.add("device", "is required for " + r.kind());
        }
        if (!r.kind().isDevice() && r.device() != null) {
            errors.add("device", "must be absent for DATA_LEAK; report a lost or stolen device as LOST_DEVICE or STOLEN_DEVICE");
        }
        checkMoment(discovered, now, "discoveredAt", errors);
        checkMoment(from, now, "occurredFrom", errors);
        checkMoment(to, now, "occurredTo", errors);
        checkMoment(aware, now, "awareAt", errors);
        errors.check(notAfter(from, to), "occurredTo", "must not be before occurredFrom");
        errors.check(notAfter(from, discovered), "discoveredAt", "must not be before occurredFrom: an incident is discovered after it starts");
        errors.check(notAfter(discovered, aware), "awareAt", "must not be before discoveredAt");
        List<Person> managers = List.of();
        boolean chosen = r.managerEmail() != null && !r.managerEmail().isBlank();
        if (school != null && chosen) {
            Optional<Person> manager = directory.managerByEmail(school, r.managerEmail());
            if (manager.isEmpty()) {
                errors.add("managerEmail", ErrorCode.UNKNOWN_VALUE, "is not a leidinggevende of " + school.code
                        + "; GET /api/schools/" + school.code + " lists them");
            } else {
                managers = List.of(manager.get());
            }
        } else if (school != null) {
            managers = directory.defaultManagersOf(school);
        }
        errors.throwIfAny();
        return new Target(school, managers, chosen);
    }

    /** A corrected awareness moment: known, not in the future, not before the discovery. */
    public void validateAwareness(Incident incident, Instant awareAt, Instant now) {
        checkMoment(awareAt, now, "awareAt", new FieldErrors())
                .check(!awareAt.isBefore(incident.discoveredAt), "awareAt", "must not be before discoveredAt (" + incident.discoveredAt + ")")
                .throwIfAny();
    }

    /** A moment recorded for an incident (filed, informed, notified): in range and not before the discovery. */
    public FieldErrors checkMoment(Incident incident, Instant at, Instant now, String field, FieldErrors errors) {
        return checkMoment(at, now, field, errors)
                .check(!at.isBefore(incident.discoveredAt), field, "must not be before the incident was discovered");
    }

    /**
     * The one range for every moment a client sends: from {@link Moments#EARLIEST} (2000-01-01 in Amsterdam)
     * to now plus the clock skew. A missing moment is left to the field's own rule.
     */
    public FieldErrors checkMoment(Instant at, Instant now, String field, FieldErrors errors) {
        if (at == null) {
            return errors;
        }
        if (at.isAfter(now.plus(skew))) {
            return errors.add(field, ErrorCode.IN_THE_FUTURE, "must not be in the future");
        }
        return errors.check(!at.isBefore(Moments.EARLIEST), field, ErrorCode.TOO_EARLY, Moments.TOO_EARLY);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** True when either side is unknown: only two known moments can be out of order. */
    private static boolean notAfter(Instant earlier, Instant later) {
        return earlier == null || later == null || !earlier.isAfter(later);
    }
}
