package nl.vocampus.lekwacht.escalation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Requests and responses of a school's escalation ladder. */
public final class LadderDtos {

    private LadderDtos() {
    }

    @Schema(name = "EscalationLadder", description = "The rungs of a school's escalation ladder, earliest first")
    public record Ladder(@NotNull @NotEmpty @Size(max = 20) List<@Valid @NotNull Rung> rungs) {
    }

    @Schema(name = "EscalationRung", description = "So many whole hours after the school became aware, this message to these people. "
            + "Strictly increasing; at least one before 48 h; none beyond 72 h, and only the overdue notice (OVERDUE) at 72 h.")
    public record Rung(
            @Schema(examples = "24", minimum = "1", maximum = "72") @NotNull Integer afterHours,
            @Schema(description = "What the message asks: REMINDER, ADVISE_NOTIFY_NOW, ESCALATION, FINAL_WARNING or OVERDUE "
                    + "(RECEIPT and NEW_REPORT go out at the report, never as a rung)") @NotNull StepKind kind,
            @Schema(description = "Who receives it; the reporter never does") @NotNull @NotEmpty @Size(max = 4) List<@NotNull Audience> audience) {
    }
}
