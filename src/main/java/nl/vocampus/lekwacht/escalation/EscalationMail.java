package nl.vocampus.lekwacht.escalation;

import java.util.List;

/**
 * What a mail template may show. Deliberately no summary, description or names of people: the
 * mail tells that something needs attention and links to Lekwacht, where access is checked.
 */
public record EscalationMail(
        StepKind kind,
        String reference,
        String kindLabel,
        String schoolName,
        String deadlineLocal,
        long hoursRemaining,
        boolean overdue,
        List<String> coveredSteps,
        String link) {

    /** This message stands in for steps that were already due when it could first be sent. */
    public boolean late() {
        return coveredSteps.size() > 1;
    }

    public long hoursOverdue() {
        return -hoursRemaining;
    }
}
