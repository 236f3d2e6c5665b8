package nl.vocampus.lekwacht.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Requests and responses of the school feature. */
public final class SchoolDtos {

    private SchoolDtos() {
    }

    @Schema(name = "School")
    public record SchoolResponse(
            @Schema(examples = "SSGN") String code,
            @Schema(examples = "Stedelijke Scholengemeenschap Nijmegen") String name,
            @Schema(examples = "Stichting voCampus") String foundation,
            @Schema(description = "Controller data for the AP form (chapter 3)") ControllerDetails controller,
            List<ContactResponse> contacts) {
    }

    @Schema(name = "ControllerDetails", description = "Chapter 3 of the AP form: the foundation as controller and its contact person for the AP")
    public record ControllerDetails(
            @Schema(examples = "Postbus 123, 6500 AA Nijmegen") @Size(max = 300) @MultiLine String address,
            @Schema(examples = "41234567") @Size(max = 20) String kvkNumber,
            @Schema(examples = "Onderwijs") @Size(max = 100) String sector,
            @Size(max = 200) String contactName,
            @Schema(examples = "Privacy verantwoordelijke") @Size(max = 200) String contactJobTitle,
            @Schema(examples = "024 123 45 67") @Size(max = 50) String contactPhone) {
    }

    @Schema(name = "Contact")
    public record ContactResponse(ContactRole role, String name, @Schema(format = "email") String email, boolean deputy) {
    }

    @Schema(name = "ContactsUpdate", description = "The full new list of contacts; it must name at least one privacy officer and one leidinggevende")
    public record ContactsRequest(@NotNull @NotEmpty @Size(max = 50) List<@Valid @NotNull ContactRequest> contacts) {
    }

    @Schema(name = "ContactInput")
    public record ContactRequest(
            @NotNull ContactRole role,
            @NotBlank @Size(max = 200) String name,
            @Schema(format = "email") @NotBlank @Email @Size(max = 320) String email,
            boolean deputy) {
    }
}
