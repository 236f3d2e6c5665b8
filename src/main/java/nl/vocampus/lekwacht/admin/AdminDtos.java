package nl.vocampus.lekwacht.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the functioneel beheerder's API. */
public final class AdminDtos {

    private AdminDtos() {
    }

    @Schema(name = "AdminSchool", description = "A school of the foundation as the functioneel beheerder keeps it")
    public record AdminSchool(
            @Schema(examples = "SSGN") String code,
            @Schema(examples = "Stedelijke Scholengemeenschap Nijmegen") String name,
            @Schema(examples = "Stichting voCampus") String foundation,
            @Schema(description = "Takes new reports; a deactivated school keeps its incidents, register and people") boolean active) {
    }

    @Schema(name = "NewSchool", description = "A school to add. It starts deactivated: it takes reports once its people are "
            + "listed and it is reactivated. Its ladder starts as the protocol's 24/48/60/70/72 hours.")
    public record NewSchool(
            @Schema(description = "Short code, letters and digits; stored in capitals, never changes", examples = "NOVA")
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{2,32}", message = "must be 2 to 32 letters or digits") String code,
            @Schema(examples = "Nova College") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Stichting voCampus") @NotBlank @Size(max = 200) String foundation) {
    }

    @Schema(name = "SchoolRename", description = "A school's new name and foundation; its code stays")
    public record SchoolRename(
            @Schema(examples = "Stedelijke Scholengemeenschap Nijmegen") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Stichting voCampus") @NotBlank @Size(max = 200) String foundation) {
    }
}
