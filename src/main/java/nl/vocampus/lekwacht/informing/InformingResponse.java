package nl.vocampus.lekwacht.informing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Informing")
public record InformingResponse(long id, UUID incidentId, Instant informedAt,
                                @Schema(description = "informedAt in Europe/Amsterdam") String informedAtLocal,
                                List<InformingMethod> methods, int peopleCount, @Schema(nullable = true) String note, String recordedBy, Instant recordedAt) {
}
