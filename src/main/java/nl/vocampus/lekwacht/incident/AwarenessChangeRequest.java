package nl.vocampus.lekwacht.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AwarenessChange", description = "A corrected moment of awareness; the deadline and pending escalations move with it")
public record AwarenessChangeRequest(
        @Schema(examples = "2026-11-20T10:00:00+01:00") @NotNull OffsetDateTime awareAt,
        @Schema(description = "Why the moment of awareness differs; kept in the incident's history") @NotBlank @Size(max = 2000) @MultiLine String justification) {
}
