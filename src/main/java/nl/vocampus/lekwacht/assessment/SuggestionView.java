package nl.vocampus.lekwacht.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Suggestion", description = "What Lekwacht suggests from the facts (EDPB rules); the privacy officer decides")
public record SuggestionView(
        Outcome outcome,
        Severity severity,
        @Schema(description = "Exam results involved: inform the Inspectie van het Onderwijs") boolean informInspectie,
        @Schema(description = "Theft involved: file a police report (aangifte)") boolean policeReport,
        @Schema(description = "48 h or more since awareness: notify the AP now with what is known") boolean notifyNowAdvice,
        @Schema(description = "72 h or more since awareness: the AP notification must give the reason for the delay") boolean delayReasonRequired,
        @Schema(description = "Every rule that influenced the suggestion, with a Dutch explanation") List<RuleView> rules) {

    @Schema(name = "FiredRule")
    public record RuleView(
            @Schema(examples = "UNPROTECTED_DEVICE_NOTIFY") String code,
            @Schema(examples = "De laptop is kwijt of gestolen en het is niet bekend of het versleuteld was. Wie het vindt, kan de gegevens lezen: melden bij de AP.")
            String explanation) {
    }

    public static SuggestionView of(Suggestion s) {
        return new SuggestionView(s.outcome(), s.severity(), s.informInspectie(), s.policeReport(), s.notifyNowAdvice(),
                s.delayReasonRequired(), s.rules().stream().map(r -> new RuleView(r.code(), r.explanation())).toList());
    }
}
