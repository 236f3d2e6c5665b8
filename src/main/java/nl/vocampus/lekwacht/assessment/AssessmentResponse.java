package nl.vocampus.lekwacht.assessment;

import nl.vocampus.lekwacht.incident.IncidentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Assessment", description = "The current assessment with Lekwacht's suggestion. Before the first assessment, "
        + "`assessment` is a draft prefilled from the report (assessed=false), so the form can start from it.")
public record AssessmentResponse(
        UUID incidentId,
        String reference,
        IncidentStatus status,
        @Schema(description = "false: no assessment recorded yet; `assessment` is the draft from the report") boolean assessed,
        @Schema(nullable = true) String assessedBy,
        @Schema(nullable = true) Instant assessedAt,
        @Schema(description = "The facts, in the shape of the PUT body") AssessmentRequest assessment,
        @Schema(description = "Hours since awareness the suggestion's clock rules used (until the decision, once decided)")
        long hoursSinceAwareness,
        SuggestionView suggestion) {
}
