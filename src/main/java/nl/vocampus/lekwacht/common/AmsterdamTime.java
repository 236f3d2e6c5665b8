package nl.vocampus.lekwacht.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders stored instants in the school's zone (Europe/Amsterdam by default). */
@ApplicationScoped
public class AmsterdamTime {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"));

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.forLanguageTag("en-GB"));

    private final ZoneId zone;

    AmsterdamTime(LekwachtConfig config) {
        this.zone = config.zone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** ISO-8601 with the local offset, e.g. 2026-11-23T08:15:00+01:00. */
    public String isoLocal(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** For people: "maandag 23 november 2026 om 08:15". */
    public String dutch(Instant instant) {
        return instant == null ? "" : DUTCH.format(instant.atZone(zone));
    }

    /** For people, in their language: "maandag 23 november 2026 om 08:15", "Monday 23 November 2026 at 08:15". */
    public String forPeople(Instant instant, Language language) {
        if (language != Language.EN) {
            return dutch(instant);
        }
        return instant == null ? "" : ENGLISH.format(instant.atZone(zone));
    }

    public int year(Instant instant) {
        return instant.atZone(zone).getYear();
    }
}
