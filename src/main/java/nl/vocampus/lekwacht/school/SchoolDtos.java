package nl.vocampus.lekwacht.school;

import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Requests and responses of the school feature. */
public final class SchoolDtos {

    private SchoolDtos() {
    }

    @Schema(name = "School", description = "A school of the foundation and the leidinggevenden a report there can name")
    public record SchoolResponse(
            @Schema(examples = "SSGN") String code,
            @Schema(examples = "Stedelijke Scholengemeenschap Nijmegen") String name,
            @Schema(examples = "Stichting voCampus") String foundation,
            @Schema(description = "False when the foundation no longer runs the school: it takes no new reports, its history stays") boolean active,
            @Schema(description = "The school's leidinggevenden by name; a report names one of them in managerEmail")
            List<ManagerResponse> managers) {
    }

    @Schema(name = "SchoolManager", description = "A leidinggevende of the school")
    public record ManagerResponse(
            @Schema(examples = "Teamleider SSgN") String name,
            @Schema(format = "email", examples = "teamleider@ssgn.example") String email,
            @Schema(description = "Told about a report that names no leidinggevende") boolean isDefault) {
    }

    @Schema(name = "ControllerDetails", description = "Chapter 3 of the AP form: the foundation as controller and its contact person for the AP")
    public record ControllerDetails(
            @Schema(examples = "Postbus 123, 6500 AA Nijmegen", nullable = true) @Size(max = 300) @MultiLine String address,
            @Schema(examples = "41234567", nullable = true) @Size(max = 20) String kvkNumber,
            @Schema(examples = "Onderwijs", nullable = true) @Size(max = 100) String sector,
            @Schema(nullable = true) @Size(max = 200) String contactName,
            @Schema(examples = "Privacy verantwoordelijke", nullable = true) @Size(max = 200) String contactJobTitle,
            @Schema(examples = "024 123 45 67", nullable = true) @Size(max = 50) String contactPhone) {
    }
}
