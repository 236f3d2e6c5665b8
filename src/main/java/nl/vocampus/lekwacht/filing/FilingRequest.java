package nl.vocampus.lekwacht.filing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "FilingInput", description = "A submission to the AP's web form. Follow-ups (SUPPLEMENT, CORRECTION, WITHDRAWAL) "
        + "quote the meldnummer of the INITIAL notification.")
public record FilingRequest(
        @NotNull FilingType type,
        @Schema(examples = "2026-11-22T10:00:00+01:00") @NotNull OffsetDateTime filedAt,
        @Schema(description = "The AP's meldnummer; a follow-up quotes the INITIAL one's", examples = "M-2026-123456")
        @NotBlank @Size(max = 100) String meldnummer,
        @Schema(description = "Required for an INITIAL notification filed after the 72-hour deadline") @Size(max = 4000) @MultiLine String delayReason,
        @Schema(description = "What this filing said, e.g. what was supplemented or corrected") @Size(max = 4000) @MultiLine String note) {
}
