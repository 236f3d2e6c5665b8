package nl.vocampus.lekwacht.audit;

import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.QueryParams;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The filters of GET /api/audit and the audit page; each null when not given.
 *
 * @param incident the incident acted on or read
 * @param person   the actor: stable subject or sign-in name (case-insensitive)
 * @param from     records at or after this instant
 * @param to       records before this instant
 */
public record AuditFilter(UUID incident, String person, AuditAction action, Instant from, Instant to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    /** The API's query parameters; a bad one is a 400 naming it. {@code from}/{@code to} are ISO-8601 instants with offset. */
    public static AuditFilter parse(String incident, String person, String action, String from, String to) {
        AuditFilter filter = new AuditFilter(uuid(incident), person(person), QueryParams.enumValue("action", action, AuditAction.class),
                instant("from", from), instant("to", to));
        filter.checkOrder();
        return filter;
    }

    public static UUID uuid(String incident) {
        if (incident == null || incident.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(incident.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("incident", "must be an incident id (a UUID)");
        }
    }

    public static String person(String person) {
        if (person == null || person.isBlank()) {
            return null;
        }
        String p = person.strip();
        if (p.length() > 200) {
            throw ProblemException.invalid("person", "must be at most 200 characters");
        }
        return p;
    }

    /** Refuses an empty period: {@code to} not after {@code from}. */
    public void checkOrder() {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 moment with offset, e.g. 2026-11-21T10:00:00Z");
        }
    }
}
