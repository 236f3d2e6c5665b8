package nl.vocampus.lekwacht.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.vocampus.lekwacht.assessment.Outcome;
import nl.vocampus.lekwacht.assessment.Severity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Decision")
public record DecisionResponse(UUID incidentId, String reference,
                               @Schema(description = "The incident's round: 2, 3, ... for decisions after a reopen") int round,
                               boolean notifyAp,
                               @Schema(description = "The people affected will be informed (art. 34)") boolean informPeople,
                               Outcome decidedOutcome, String reasoning, @Schema(nullable = true) String apReference,
                               @Schema(nullable = true) Instant notifiedAt, @Schema(nullable = true) String delayReason, String decidedBy, Instant decidedAt,
                               @Schema(nullable = true, description = "Lekwacht's suggestion when the decision was taken; null for decisions recorded before suggestions were kept") Outcome suggestedOutcome,
                               @Schema(nullable = true) Severity suggestedSeverity,
                               @Schema(description = "Codes of the rules that fired for the suggestion") List<String> suggestedRules,
                               @Schema(nullable = true, description = "The decided outcome equals the suggested one") Boolean followsSuggestion,
                               @Schema(description = "Escalation steps cancelled by this decision") int cancelledSteps) {

    public static DecisionResponse of(Decision d, String reference, int cancelledSteps) {
        return new DecisionResponse(d.incidentId, reference, d.round, d.notifyAp, d.informPeople, d.decidedOutcome(), d.reasoning,
                d.apReference, d.notifiedAt, d.delayReason, d.decidedBy, d.decidedAt, d.suggestedOutcome, d.suggestedSeverity,
                List.of(d.suggestedRules), d.suggestedOutcome == null ? null : d.suggestedOutcome == d.decidedOutcome(), cancelledSteps);
    }
}
