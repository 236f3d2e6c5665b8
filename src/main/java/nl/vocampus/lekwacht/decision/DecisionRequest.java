package nl.vocampus.lekwacht.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "DecisionInput", description = "Whether the AP is notified. Notifying means it was filed: meldnummer and time are required then, "
        + "and the filing is recorded as the INITIAL notification (a SUPPLEMENT quoting it after a reopen).")
public record DecisionRequest(
        @Schema(description = "true: the AP was notified; false: register only") @NotNull Boolean notifyAp,
        @Schema(description = "Why; kept in the register. Always required, also when the decision follows Lekwacht's suggestion")
        @NotBlank @Size(max = 8000) @MultiLine String reasoning,
        @Schema(description = "The people affected will be informed (art. 34); defaults to false") Boolean informPeople,
        @Schema(description = "The AP's notification number (meldnummer); only with notifyAp=true", examples = "M-2026-123456")
        @Size(max = 100) String apReference,
        @Schema(description = "When the AP was notified; only with notifyAp=true") OffsetDateTime notifiedAt,
        @Schema(description = "Required when the notification, or the decision not to notify, comes after the 72-hour deadline")
        @Size(max = 4000) @MultiLine String delayReason) {
}
