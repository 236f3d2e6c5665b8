package nl.vocampus.lekwacht.escalation;

import nl.vocampus.lekwacht.incident.Incident;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The deadline as an iCalendar event (RFC 5545) for the privacy officer's agenda. The UID is the
 * incident's, so a later mail with a moved deadline updates the same event.
 */
final class DeadlineCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private DeadlineCalendar() {
    }

    static byte[] event(Incident incident, MailMessages messages, String domain, Instant now) {
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//voCampus//Lekwacht//NL",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:" + incident.id + "@" + domain,
                "SEQUENCE:" + incident.deadline.getEpochSecond() / 60,
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(incident.deadline.minusSeconds(30 * 60)),
                "DTEND:" + UTC.format(incident.deadline),
                "SUMMARY:" + escape(messages.calendarSummary(incident.reference)),
                "DESCRIPTION:" + escape(messages.calendarDescription(incident.reference)),
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:-PT2H",
                "DESCRIPTION:" + escape(messages.calendarSummary(incident.reference)),
                "END:VALARM",
                "END:VEVENT",
                "END:VCALENDAR", "");
        return ics.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
