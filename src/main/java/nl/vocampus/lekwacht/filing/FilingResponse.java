package nl.vocampus.lekwacht.filing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Filing")
public record FilingResponse(
        long id,
        UUID incidentId,
        FilingType type,
        Instant filedAt,
        @Schema(description = "The filing moment in Europe/Amsterdam") String filedAtLocal,
        @Schema(examples = "M-2026-123456") String meldnummer,
        @Schema(description = "An INITIAL filing that a later WITHDRAWAL withdrew") boolean withdrawn,
        @Schema(nullable = true) String delayReason,
        @Schema(nullable = true) String note,
        @Schema(nullable = true, description = "The decision that recorded this filing, if any") Long decisionId,
        String recordedBy,
        Instant recordedAt) {
}
