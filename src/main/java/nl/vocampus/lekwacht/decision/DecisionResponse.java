package nl.vocampus.lekwacht.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Decision")
public record DecisionResponse(UUID incidentId, String reference, boolean notifyAp, String reasoning, String apReference,
                               Instant notifiedAt, String delayReason, String decidedBy, Instant decidedAt,
                               @Schema(description = "Escalation steps cancelled by this decision") int cancelledSteps) {
}
