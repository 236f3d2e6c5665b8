package nl.vocampus.lekwacht.escalation;

import java.util.List;

/** The privacy officer's morning overview of one school: open incidents by deadline and failed messages. */
public record DigestMail(String schoolName, String date, List<Line> open, List<Failure> failures, String link) {

    public record Line(String reference, String kindLabel, String deadlineLocal, long hoursRemaining, boolean overdue, String link) {
        public long hoursOverdue() {
            return -hoursRemaining;
        }
    }

    public record Failure(String reference, String step, String lastError) {
    }
}
