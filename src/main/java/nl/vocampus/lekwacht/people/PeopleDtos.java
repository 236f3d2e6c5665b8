package nl.vocampus.lekwacht.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.common.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Requests and responses of a school's directory of people. */
public final class PeopleDtos {

    private PeopleDtos() {
    }

    @Schema(name = "PeopleUpdate", description = "The school's whole directory. People are matched to those already known by subject, "
            + "else by e-mail; someone left out is taken off the list (the reports that named them keep their name). It must name "
            + "a privacy officer and a leidinggevende, and at least one default leidinggevende.")
    public record PeopleRequest(@NotNull @NotEmpty @Size(max = 500) List<@Valid @NotNull PersonRequest> people) {
    }

    @Schema(name = "PersonInput")
    public record PersonRequest(
            @Schema(examples = "Teamleider SSgN") @NotBlank @Size(max = 200) String name,
            @Schema(format = "email", examples = "teamleider@ssgn.example") @NotBlank @Email @Size(max = 320) String email,
            @Schema(description = "The identity provider's stable id: Entra's object id (oid), or sub. Without it the person is "
                    + "mailed but holds no role when signing in.", examples = "9f3c1a7e-52c4-4f4e-9a0b-2d6f1f0e8a11")
            @Size(max = 200) String subject,
            @Schema(description = "Shown only: the sign-in name", examples = "teamleider@ssgn.example") @Size(max = 320) String signInName,
            @NotNull @NotEmpty @Size(max = 5) List<@NotNull SchoolRole> roles,
            @Schema(description = "A leidinggevende told about reports that name none") Boolean defaultManager,
            @Schema(description = "E-mail of another person of this school who receives what this one would while away", format = "email")
            @Size(max = 320) String deputyEmail,
            @Schema(description = "Periods this person is away") @Size(max = 50) List<@Valid @NotNull AbsenceRequest> absences,
            @Schema(description = "The language of the mails this person gets; NL when left out") Language language) {
    }

    @Schema(name = "AbsenceInput", description = "Away from (inclusive) to (exclusive)")
    public record AbsenceRequest(
            @Schema(examples = "2026-12-21T00:00:00+01:00") @NotNull OffsetDateTime from,
            @Schema(examples = "2027-01-04T00:00:00+01:00") @NotNull OffsetDateTime to) {
    }

    @Schema(name = "Person")
    public record PersonResponse(
            long id,
            String name,
            @Schema(format = "email") String email,
            @Schema(nullable = true) String subject,
            @Schema(nullable = true) String signInName,
            List<SchoolRole> roles,
            boolean defaultManager,
            @Schema(nullable = true, format = "email") String deputyEmail,
            List<AbsenceResponse> absences,
            @Schema(description = "Away now, so the deputy receives this person's messages") boolean awayNow,
            @Schema(description = "The language of the mails this person gets") Language language) {
    }

    @Schema(name = "Absence")
    public record AbsenceResponse(Instant from, Instant to) {
    }
}
