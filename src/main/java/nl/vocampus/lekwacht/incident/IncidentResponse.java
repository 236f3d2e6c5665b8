package nl.vocampus.lekwacht.incident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Incident")
public record IncidentResponse(
        UUID id,
        @Schema(examples = "DL-2026-0001") String reference,
        IncidentStatus status,
        IncidentKind kind,
        @Schema(examples = "SSGN") String school,
        String summary,
        String description,
        WhatHappened whatHappened,
        @Schema(nullable = true) String howDiscovered,
        @Schema(nullable = true) Instant occurredFrom,
        @Schema(nullable = true) Instant occurredTo,
        Instant discoveredAt,
        Instant reportedAt,
        Instant awareAt,
        @Schema(description = "awareAt + 72 hours, UTC") Instant deadline,
        @Schema(description = "The deadline in Europe/Amsterdam with its offset", examples = "2026-11-23T08:15:00+01:00") String deadlineLocal,
        @Schema(description = "Seconds until the deadline; negative once it has passed") long remainingSeconds,
        @Schema(description = "The deadline has passed and no AP decision is recorded") boolean overdue,
        @Schema(nullable = true) Instant notifiedApAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true) DeviceView device,
        DataInvolvedView dataInvolved,
        @Schema(nullable = true) String measuresTaken,
        @Schema(description = "Sign-in name of the reporter") String reporter,
        @Schema(description = "The leidinggevende(n) the report went to: the one the reporter named, else the school's default ones")
        List<Manager> managers) {

    @Schema(name = "Manager", description = "A leidinggevende of the school")
    public record Manager(@Schema(examples = "Teamleider SSgN") String name, @Schema(format = "email", examples = "teamleider@ssgn.example") String email) {
    }

    @Schema(name = "DeviceView")
    public record DeviceView(DeviceType type, @Schema(nullable = true) Boolean schoolIssued, @Schema(nullable = true) String assetTag, @Schema(nullable = true) String serialNumber,
                             YesNoUnknown encrypted, YesNoUnknown screenLock, RemoteWipe remoteWipe,
                             @Schema(nullable = true) String lastKnownLocation, @Schema(nullable = true) String policeReportNumber) {
    }

    @Schema(name = "DataInvolvedView")
    public record DataInvolvedView(List<DataCategory> categories, List<AffectedGroup> groups, @Schema(nullable = true) Integer approximatePeople,
                                   @Schema(description = "A special category (GDPR art. 9) is involved") boolean specialCategories) {
    }
}
