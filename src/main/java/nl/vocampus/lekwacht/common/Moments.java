package nl.vocampus.lekwacht.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The range of moments Lekwacht accepts from a client. A school reports incidents of this century: a
 * moment from year 0001 or −200000 is a typing or software error, and PostgreSQL cannot even store some of
 * them. The latest moment is now plus {@code lekwacht.clock-skew} (see IncidentValidator); the register's
 * period may reach {@link #LATEST_DAY}, so a filter "until the end of the century" is still a valid filter.
 */
public final class Moments {

    /** The zone of the bounds: a Dutch school's 1 January 2000. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
    /** 2000-01-01T00:00 in Europe/Amsterdam (1999-12-31T23:00:00Z). */
    public static final Instant EARLIEST = EARLIEST_DAY.atStartOfDay(ZONE).toInstant();
    public static final LocalDate LATEST_DAY = LocalDate.of(2099, 12, 31);

    public static final String TOO_EARLY = "must not be before 2000-01-01T00:00 (Europe/Amsterdam)";
    public static final String DAY_OUT_OF_RANGE = "must be a day from " + EARLIEST_DAY + " to " + LATEST_DAY;

    private Moments() {
    }

    public static boolean inRange(LocalDate day) {
        return !day.isBefore(EARLIEST_DAY) && !day.isAfter(LATEST_DAY);
    }
}
