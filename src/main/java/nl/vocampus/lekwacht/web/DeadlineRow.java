package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.common.TimeLeft;
import nl.vocampus.lekwacht.deadline.DeadlineItem;

import java.time.Instant;
import java.util.Locale;

/**
 * One open incident on the dashboard: its countdown as text, its band (more than 24 h, 12–24 h, under
 * 12 h, overdue) as class and label, and the width of its bar. Colour is never the only cue.
 */
public record DeadlineRow(String id, String reference, String summary, String school, String kind, String status,
                          String deadline, long deadlineEpochMillis, String remaining, String band, String bandLabel,
                          int percent, String nextStep, int failedSteps, int retryingSteps) {

    static final long HOUR = 3600;
    static final long TOTAL = 72 * HOUR;

    static DeadlineRow of(DeadlineItem item, Instant asOf, PageTime time, Locale locale, Msg msg, PoMsg po) {
        long seconds = item.remainingSeconds();
        String band = band(seconds);
        String next = nextStep(item.nextStep(), asOf, time, locale, msg, po);
        int percent = (int) Math.max(0, Math.min(100, seconds * 100 / TOTAL));
        return new DeadlineRow(item.id().toString(), item.reference(), item.summary(), item.school(), msg.kind(item.kind()),
                msg.status(item.status()), time.dateTime(item.deadline(), locale, msg), item.deadline().toEpochMilli(),
                countdown(seconds, po), band, bandLabel(band, po), percent, next, item.failedSteps(), item.retryingSteps());
    }

    /**
     * The next step and when it goes out. A step that failed to send waits for its next attempt, which is
     * what is shown, with the attempts so far; a due step not sent yet is being sent: its planned moment
     * is in the past and never shown as if it were still to come.
     */
    static String nextStep(DeadlineItem.NextStep step, Instant asOf, PageTime time, Locale locale, Msg msg, PoMsg po) {
        if (step == null) {
            return po.dashboard_no_next_step();
        }
        String kind = po.stepKind(step.kind());
        if (step.retrying()) {
            String when = step.nextAttemptAt() == null || !step.nextAttemptAt().isAfter(asOf) ? po.dashboard_retry_soon()
                    : time.dateTime(step.nextAttemptAt(), locale, msg);
            return po.dashboard_next_step_retrying(kind, step.attempts(), when);
        }
        if (!step.dueAt().isAfter(asOf)) {
            return po.dashboard_next_step_sending(kind, time.dateTime(step.dueAt(), locale, msg));
        }
        return po.dashboard_next_step(kind, time.dateTime(step.dueAt(), locale, msg));
    }

    /** ok: more than 24 h; soon: 12–24 h; urgent: under 12 h; overdue at 0 s or less ({@link TimeLeft}; js/time-left.js follows it). */
    static String band(long seconds) {
        return new TimeLeft(seconds).band().cssName();
    }

    static String bandLabel(String band, PoMsg po) {
        return switch (band) {
            case "overdue" -> po.band_overdue();
            case "urgent" -> po.band_urgent();
            case "soon" -> po.band_soon();
            default -> po.band_ok();
        };
    }

    /** "nog 13 uur 20 min" or "VERSTREKEN – 2 uur 5 min te laat", both truncated to the minute ({@link TimeLeft}). */
    static String countdown(long seconds, PoMsg po) {
        TimeLeft left = new TimeLeft(seconds);
        String hours = String.valueOf(left.hoursPart());
        String mins = String.valueOf(left.minutesPart());
        return left.overdue() ? po.dashboard_overdue(hours, mins) : po.dashboard_remaining(hours, mins);
    }
}
