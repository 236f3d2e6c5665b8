package nl.vocampus.lekwacht.register;

import nl.vocampus.lekwacht.common.Moments;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.FieldErrors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The register's filter: school and a period of Amsterdam days on awareAt, both ends inclusive. awareAt
 * because that is the moment the GDPR counts from; a report typed in later still belongs to the day
 * the school knew.
 */
public record RegisterPeriod(String school, Instant from, Instant until) {

    public static RegisterPeriod parse(String school, String from, String to, ZoneId zone) {
        FieldErrors errors = new FieldErrors();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null) {
            errors.check(!last.isBefore(first), "to", "must not be before from");
        }
        errors.throwIfAny();
        return new RegisterPeriod(school == null || school.isBlank() ? null : school.strip().toUpperCase(),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static LocalDate date(String name, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(name, "must be a date like 2026-11-20");
            return null;
        }
        if (!Moments.inRange(day)) {
            errors.add(name, ErrorCode.OUT_OF_RANGE, Moments.DAY_OUT_OF_RANGE);
            return null;
        }
        return day;
    }
}
