package nl.vocampus.lekwacht.escalation;

import java.util.List;

/**
 * What a mail template may show. Deliberately no summary, description or names of the people involved: the
 * mail tells that something needs attention and links to Lekwacht, where access is checked. The only names are
 * those of a deputy and the colleague they stand in for, so the deputy knows why the message reached them.
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
        String link,
        List<StandIn> standIns) {

    /** A deputy receiving this message while {@code absent} is away, until {@code untilLocal}. */
    public record StandIn(String deputy, String absent, String untilLocal) {
    }

    /** This message stands in for steps that were already due when it could first be sent. */
    public boolean late() {
        return coveredSteps.size() > 1;
    }

    public long hoursOverdue() {
        return -hoursRemaining;
    }
}
