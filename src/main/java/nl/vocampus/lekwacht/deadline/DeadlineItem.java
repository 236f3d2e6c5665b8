package nl.vocampus.lekwacht.deadline;

import nl.vocampus.lekwacht.escalation.StepKind;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "DeadlineItem", description = "One open incident on the dashboard")
public record DeadlineItem(
        UUID id,
        @Schema(examples = "DL-2026-0001") String reference,
        IncidentStatus status,
        IncidentKind kind,
        @Schema(examples = "SSGN") String school,
        String summary,
        @Schema(description = "awareAt + 72 hours, UTC") Instant deadline,
        @Schema(description = "The deadline in Europe/Amsterdam", examples = "2026-11-23T08:15:00+01:00") String deadlineLocal,
        @Schema(description = "Seconds from asOf to the deadline; negative once passed") long remainingSeconds,
        @Schema(description = "The deadline has passed (as of asOf)") boolean overdue,
        @Schema(nullable = true, description = "The next PENDING escalation step; null when none is planned") NextStep nextStep,
        @Schema(description = "Escalation messages that could not be sent after all attempts") int failedSteps,
        @Schema(description = "Escalation messages still PENDING after one or more failed attempts: mail is failing now")
        int retryingSteps) {

    @Schema(name = "NextEscalationStep")
    public record NextStep(@Schema(examples = "H48") String name, StepKind kind, Instant dueAt,
                           @Schema(description = "Failed attempts so far; above 0 the step waits for a retry") int attempts,
                           @Schema(nullable = true, description = "When the next attempt is made, after a failed one; null otherwise") Instant nextAttemptAt) {

        /** Sending failed at least once and will be tried again. */
        public boolean retrying() {
            return attempts > 0;
        }
    }
}
