package nl.vocampus.lekwacht.informing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "InformingInput", description = "The people affected were told (GDPR art. 34)")
public record InformingRequest(
        @Schema(examples = "2026-11-23T16:00:00+01:00") @NotNull OffsetDateTime informedAt,
        @Schema(description = "One or more means") @NotNull @NotEmpty @Size(max = 6) List<@NotNull InformingMethod> methods,
        @Schema(description = "How many people were told", examples = "118") @NotNull @Positive @Max(10_000_000) Integer peopleCount,
        @Schema(description = "What they were told, or to whom (no names)") @Size(max = 4000) @MultiLine String note) {
}
