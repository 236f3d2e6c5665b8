package nl.vocampus.lekwacht.incident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "IncidentSummary", description = "One line of the incident list")
public record IncidentSummary(
        UUID id,
        String reference,
        IncidentStatus status,
        IncidentKind kind,
        String school,
        String summary,
        Instant reportedAt,
        Instant awareAt,
        Instant deadline,
        String deadlineLocal,
        long remainingSeconds,
        boolean overdue,
        String reporter) {
}
