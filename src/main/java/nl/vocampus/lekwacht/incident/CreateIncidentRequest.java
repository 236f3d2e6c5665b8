package nl.vocampus.lekwacht.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "NewIncident", description = "A report of a lost or stolen device or a suspected data leak. Times are ISO-8601 with an offset.")
public record CreateIncidentRequest(
        @NotNull IncidentKind kind,
        @Schema(examples = "SSGN") @NotBlank @Size(max = 32) String school,
        @Schema(examples = "Laptop kwijt in de trein") @NotBlank @Size(max = 200) String summary,
        @Schema(examples = "Schoollaptop met cijferlijsten laten liggen") @NotBlank @Size(max = 10000) @MultiLine String description,
        @Schema(description = "AP form question 5.2; defaults to DEVICE_OR_PAPER_LOST_OR_STOLEN for device reports and OTHER for data leaks")
        WhatHappened whatHappened,
        @Schema(description = "How the incident came to light") @Size(max = 2000) @MultiLine String howDiscovered,
        @Schema(description = "Start of the incident; leave out when unknown") OffsetDateTime occurredFrom,
        @Schema(description = "End of the incident; leave out when unknown or ongoing") OffsetDateTime occurredTo,
        @Schema(examples = "2026-11-20T08:15:00+01:00") @NotNull OffsetDateTime discoveredAt,
        @Schema(description = "When the school became reasonably certain personal data was compromised; defaults to discoveredAt. The 72 hours run from here.")
        OffsetDateTime awareAt,
        @Schema(description = "Required for LOST_DEVICE and STOLEN_DEVICE, absent for DATA_LEAK") @Valid DeviceInput device,
        @Valid DataInvolvedInput dataInvolved,
        @Schema(description = "What has been done already (remote wipe, password reset, ...)") @Size(max = 4000) @MultiLine String measuresTaken,
        @Schema(description = "The reporter's own leidinggevende, one of the school's (GET /api/schools/{code}); "
                + "absent: the school's default leidinggevende(n) are told", format = "email", examples = "teamleider@ssgn.example")
        @Size(max = 320) String managerEmail) {
}
