package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.CreateIncidentRequest;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.DataInvolvedInput;
import nl.vocampus.lekwacht.incident.DeviceInput;
import nl.vocampus.lekwacht.incident.DeviceType;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the report form into the API's request: parses dates, times, numbers and choices, records what
 * cannot be parsed in {@link FormErrors}, and leaves the remaining rules to Bean Validation and the
 * IncidentValidator, exactly as for a JSON report.
 */
final class ReportFormReader {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));
    private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("H:mm"),
            DateTimeFormatter.ofPattern("H.mm"), DateTimeFormatter.ofPattern("H:mm:ss"));

    private final ZoneId zone;
    private final Msg msg;
    private final FormErrors errors;

    ReportFormReader(ZoneId zone, Msg msg, FormErrors errors) {
        this.zone = zone;
        this.msg = msg;
        this.errors = errors;
    }

    CreateIncidentRequest read(ReportForm f) {
        IncidentKind kind = choice(f.kind, IncidentKind.class, "kind");
        boolean device = kind != null && kind.isDevice();
        return new CreateIncidentRequest(
                kind,
                blankToNull(f.school),
                blankToNull(f.summary),
                blankToNull(f.description),
                kind == IncidentKind.DATA_LEAK ? choice(f.whatHappened, WhatHappened.class, "whatHappened") : null,
                blankToNull(f.howDiscovered),
                moment(f.occurredFromDate, f.occurredFromTime, "occurredFrom"),
                moment(f.occurredToDate, f.occurredToTime, "occurredTo"),
                moment(f.discoveredDate, f.discoveredTime, "discovered"),
                moment(f.awareDate, f.awareTime, "aware"),
                device ? device(f) : null,
                dataInvolved(f),
                blankToNull(f.measuresTaken),
                blankToNull(f.managerEmail));
    }

    private DeviceInput device(ReportForm f) {
        return new DeviceInput(
                choice(f.deviceType, DeviceType.class, "deviceType"),
                yesNo(f.deviceSchoolIssued, "deviceSchoolIssued"),
                blankToNull(f.deviceAssetTag),
                blankToNull(f.deviceSerialNumber),
                choice(f.deviceEncrypted, YesNoUnknown.class, "deviceEncrypted"),
                choice(f.deviceScreenLock, YesNoUnknown.class, "deviceScreenLock"),
                choice(f.deviceRemoteWipe, RemoteWipe.class, "deviceRemoteWipe"),
                blankToNull(f.deviceLocation),
                blankToNull(f.policeReportNumber));
    }

    private DataInvolvedInput dataInvolved(ReportForm f) {
        List<DataCategory> categories = choices(f.categories, DataCategory.class, "categories");
        List<AffectedGroup> groups = choices(f.groups, AffectedGroup.class, "groups");
        Integer people = wholeNumber(f.approximatePeople, "approximatePeople");
        if (categories.isEmpty() && groups.isEmpty() && people == null) {
            return null;
        }
        return new DataInvolvedInput(categories, groups, people);
    }

    /**
     * A date and a time in the school's zone as an instant with its offset. A time that does not exist
     * (the hour skipped when summer time starts) is refused; a time that exists twice (the hour repeated
     * when it ends) is taken as the earlier one, so a deadline computed from it is never too late.
     */
    OffsetDateTime moment(String dateText, String timeText, String name) {
        String dateField = name + "Date";
        String timeField = name + "Time";
        boolean noDate = dateText == null || dateText.isBlank();
        boolean noTime = timeText == null || timeText.isBlank();
        if (noDate && noTime) {
            return null;
        }
        if (noDate) {
            errors.add(dateField, msg.error_date_missing());
            return null;
        }
        LocalDate date = parse(dateText, DATES, LocalDate::from);
        if (date == null) {
            errors.add(dateField, msg.error_date());
            return null;
        }
        if (noTime) {
            errors.add(timeField, msg.error_time_missing());
            return null;
        }
        LocalTime time = parse(timeText, TIMES, LocalTime::from);
        if (time == null) {
            errors.add(timeField, msg.error_time());
            return null;
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            errors.add(timeField, msg.error_time_gap());
            return null;
        }
        return ZonedDateTime.ofLocal(local, zone, null).toOffsetDateTime();
    }

    private static <T> T parse(String text, List<DateTimeFormatter> formats, java.time.temporal.TemporalQuery<T> query) {
        for (DateTimeFormatter format : formats) {
            try {
                return format.parse(text.strip(), query);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    <E extends Enum<E>> E choice(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, msg.error_invalid_choice());
            return null;
        }
    }

    <E extends Enum<E>> List<E> choices(List<String> values, Class<E> type, String field) {
        List<E> result = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            E choice = choice(value, type, field);
            if (choice != null && !result.contains(choice)) {
                result.add(choice);
            }
        }
        return result;
    }

    private Boolean yesNo(String value, String field) {
        YesNoUnknown answer = choice(value, YesNoUnknown.class, field);
        return answer == null || answer == YesNoUnknown.UNKNOWN ? null : answer == YesNoUnknown.YES;
    }

    Integer wholeNumber(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip().replace(".", "").replace(" ", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            errors.add(field, digits.matches("-?\\d+") ? msg.error_number_range() : msg.error_whole_number());
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
