package nl.vocampus.lekwacht.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "ReopenInput", description = "Reopening a decided or closed incident because of new facts")
public record ReopenRequest(
        @Schema(description = "What changed; kept in the history", examples = "De BitLocker-herstelsleutel bleek op een briefje in de laptoptas te zitten")
        @NotBlank @Size(max = 4000) @MultiLine String reason,
        @Schema(description = "When the school became aware of the new fact. Starts a new 72-hour clock with new escalations; "
                + "leave out when the clock does not restart", examples = "2026-11-25T09:00:00+01:00")
        OffsetDateTime awareAt) {
}
