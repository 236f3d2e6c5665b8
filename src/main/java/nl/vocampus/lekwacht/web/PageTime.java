package nl.vocampus.lekwacht.web;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.TimeLeft;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments and durations as people read them: in the school's zone (AmsterdamTime) and in the page language. */
@ApplicationScoped
public class PageTime {

    private final AmsterdamTime time;

    PageTime(AmsterdamTime time) {
        this.time = time;
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(time.zone());
    }

    /** "maandag 23 november 2026 om 08:15"; empty for an unknown moment. */
    public String dateTime(Instant instant, Locale locale, Msg msg) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = local(instant);
        return msg.date_time(local.format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale)),
                local.format(DateTimeFormatter.ofPattern("HH:mm", locale)));
    }

    /** "nog 2 dagen en 23 uur", "nog 5 uur en 10 minuten", "4 uur te laat" or "25 minuten te laat", truncated ({@link TimeLeft}). */
    public static String remaining(long seconds, Msg msg) {
        TimeLeft left = new TimeLeft(seconds);
        if (left.overdue()) {
            return left.hoursPart() > 0 ? msg.overdue_by((int) left.hoursPart()) : msg.overdue_by_minutes((int) left.minutesPart());
        }
        int days = (int) (seconds / 86_400);
        int hours = (int) (seconds % 86_400 / 3600);
        int minutes = (int) (seconds % 3600 / 60);
        if (days >= 2) {
            return msg.remaining_days_hours(days, hours);
        }
        if (days == 1) {
            return msg.remaining_day_hours(hours);
        }
        if (hours > 0) {
            return msg.remaining_hours_minutes(hours, minutes);
        }
        return msg.remaining_minutes(minutes);
    }
}
