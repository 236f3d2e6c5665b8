package nl.vocampus.lekwacht.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DataInvolved", description = "Which personal data and whose; no names of the people affected")
public record DataInvolvedInput(
        @Size(max = 30) List<@NotNull DataCategory> categories,
        @Size(max = 10) List<@NotNull AffectedGroup> groups,
        @Schema(examples = "120") @PositiveOrZero @Max(10_000_000) Integer approximatePeople) {
}
