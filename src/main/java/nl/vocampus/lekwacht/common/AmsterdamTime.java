package nl.vocampus.lekwacht.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Renders stored instants in the school's zone (Europe/Amsterdam by default). */
@ApplicationScoped
public class AmsterdamTime {

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

    public int year(Instant instant) {
        return instant.atZone(zone).getYear();
    }
}
