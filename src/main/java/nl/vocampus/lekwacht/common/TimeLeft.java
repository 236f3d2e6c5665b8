package nl.vocampus.lekwacht.common;

import java.time.Duration;
import java.time.Instant;

/**
 * The one rule for the time left until a deadline. The pages, the dashboard (and its script,
 * js/time-left.js, which follows the same rule), the API's remainingSeconds and the mails' hours
 * all read it from here:
 * <ul>
 *     <li>time left is counted in whole seconds, rounded down;</li>
 *     <li>at 0 seconds or less the deadline has passed (overdue);</li>
 *     <li>what is shown (hours, minutes) is truncated, never rounded up: nobody is told there is more
 *     time than there is, nor that it passed longer ago than it did.</li>
 * </ul>
 *
 * @param seconds whole seconds until the deadline; 0 or negative once it has passed
 */
public record TimeLeft(long seconds) {

    public static final long HOUR = 3600;
    /** The dashboard's bands: under 12 hours is urgent, 12 to 24 hours (both included) is soon. */
    public static final long URGENT_BELOW = 12 * HOUR;
    public static final long SOON_UP_TO = 24 * HOUR;

    /** The dashboard's colour bands, from most to least pressing. Colour is never the only cue. */
    public enum Band {
        OVERDUE, URGENT, SOON, OK;

        /** The CSS class suffix and the script's name: band-overdue, band-urgent, ... */
        public String cssName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static TimeLeft between(Instant now, Instant deadline) {
        // Duration.getSeconds() rounds down (its nanosecond part is never negative): 0.5 s left is 0 s, overdue.
        return new TimeLeft(Duration.between(now, deadline).getSeconds());
    }

    public boolean overdue() {
        return seconds <= 0;
    }

    public Band band() {
        if (overdue()) {
            return Band.OVERDUE;
        }
        if (seconds < URGENT_BELOW) {
            return Band.URGENT;
        }
        return seconds <= SOON_UP_TO ? Band.SOON : Band.OK;
    }

    /** Whole hours left, truncated toward zero: 59 minutes left is 0, 59 minutes late is 0, 61 minutes late is -1. */
    public long wholeHours() {
        return seconds / HOUR;
    }

    /** The time left, or once overdue the time since the deadline, as a non-negative amount of seconds. */
    public long magnitude() {
        return Math.abs(seconds);
    }

    /** The whole hours of {@link #magnitude()}. */
    public long hoursPart() {
        return magnitude() / HOUR;
    }

    /** The whole minutes of {@link #magnitude()} after its whole hours. */
    public long minutesPart() {
        return magnitude() % HOUR / 60;
    }
}
