package nl.vocampus.lekwacht.escalation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "EscalationStep", description = "A message Lekwacht owes for an incident and what became of it")
public record EscalationStepView(
        @Schema(examples = "H48") String step,
        StepKind kind,
        StepChannel channel,
        @Schema(description = "Contact roles, resolved to addresses when sent; empty for a Teams post") List<Audience> recipients,
        Instant dueAt,
        StepStatus status,
        int attempts,
        @Schema(nullable = true) Instant nextAttemptAt,
        @Schema(nullable = true) Instant sentAt,
        @Schema(nullable = true) String note,
        @Schema(nullable = true, description = "Why the last attempt failed, in the mail server's words. Only for the privacy officer and "
                + "the FG; null for staff and the leidinggevende, who see the status and attempts") String lastError) {
}
