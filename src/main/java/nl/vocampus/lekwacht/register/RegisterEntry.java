package nl.vocampus.lekwacht.register;

import nl.vocampus.lekwacht.assessment.AssessmentRequest;
import nl.vocampus.lekwacht.decision.DecisionResponse;
import nl.vocampus.lekwacht.filing.FilingResponse;
import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.informing.InformingResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "RegisterEntry", description = "One breach in the register of art. 33(5): facts, effects, measures, every decision "
        + "with Lekwacht's suggestion and the reasoning, the AP filings and the informing of the people affected")
public record RegisterEntry(
        UUID id,
        String reference,
        String school,
        IncidentKind kind,
        IncidentStatus status,
        @Schema(description = "1, or 2, 3, ... after reopens") int round,
        String summary,
        String description,
        WhatHappened whatHappened,
        @Schema(nullable = true) Instant occurredFrom,
        @Schema(nullable = true) Instant occurredTo,
        Instant discoveredAt,
        Instant reportedAt,
        @Schema(description = "Start of the 72 hours; the register's period filters on this moment") Instant awareAt,
        Instant deadline,
        @Schema(nullable = true) Instant notifiedApAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true, description = "When the retention run replaced the free texts and identities "
                + "(lekwacht.retention.pseudonymise-after after closing); the facts stay") Instant pseudonymisedAt,
        List<AffectedGroup> affectedGroups,
        @Schema(description = "false: no assessment yet; `assessment` then holds what the report says") boolean assessed,
        @Schema(description = "The facts, effects (consequences, severity), cause and measures") AssessmentRequest assessment,
        List<DecisionResponse> decisions,
        List<FilingResponse> filings,
        List<InformingResponse> informing) {
}
