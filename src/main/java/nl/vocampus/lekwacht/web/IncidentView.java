package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.incident.IncidentResponse;
import nl.vocampus.lekwacht.incident.IncidentSummary;

import java.util.Locale;

/** An incident as the pages show it: labels in the page language, moments in the school's zone. */
public record IncidentView(String id, String reference, String kind, String status, String summary, String description,
                           String reporter, String discovered, String aware, String reported, String deadline,
                           String remaining, boolean overdue, boolean decided) {

    static IncidentView of(IncidentResponse i, PageTime time, Locale locale, Msg msg) {
        return new IncidentView(i.id().toString(), i.reference(), msg.kind(i.kind()), msg.status(i.status()), i.summary(),
                i.description(), i.reporter(), time.dateTime(i.discoveredAt(), locale, msg), time.dateTime(i.awareAt(), locale, msg),
                time.dateTime(i.reportedAt(), locale, msg), time.dateTime(i.deadline(), locale, msg),
                PageTime.remaining(i.remainingSeconds(), msg), i.overdue(), i.status().isDecided());
    }

    static IncidentView of(IncidentSummary i, PageTime time, Locale locale, Msg msg) {
        return new IncidentView(i.id().toString(), i.reference(), msg.kind(i.kind()), msg.status(i.status()), i.summary(),
                null, i.reporter(), null, time.dateTime(i.awareAt(), locale, msg), time.dateTime(i.reportedAt(), locale, msg),
                time.dateTime(i.deadline(), locale, msg), PageTime.remaining(i.remainingSeconds(), msg), i.overdue(),
                i.status().isDecided());
    }
}
