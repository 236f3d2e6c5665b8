package nl.vocampus.lekwacht.assessment;

import java.util.List;
import java.util.Objects;

/**
 * What {@link OutcomeAdvisor} suggests to the privacy officer. A suggestion, not a decision: the
 * officer decides and records the reasoning.
 *
 * @param outcome             the suggested outcome
 * @param severity            the suggested severity (AP form, chapter 9)
 * @param informInspectie     exam results are involved: inform the Inspectie van het Onderwijs too
 * @param policeReport        the incident involves theft: advise a police report (aangifte)
 * @param notifyNowAdvice     48 to 72 hours since awareness and the suggestion is to notify: notify
 *                            now with what is known and follow up later
 * @param delayReasonRequired 72 hours or more since awareness and the suggestion is to notify: the AP
 *                            notification must state the reason for the delay
 * @param rules               every rule that influenced this suggestion, in the order applied
 */
public record Suggestion(
        Outcome outcome,
        Severity severity,
        boolean informInspectie,
        boolean policeReport,
        boolean notifyNowAdvice,
        boolean delayReasonRequired,
        List<FiredRule> rules) {

    public Suggestion {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        rules = List.copyOf(rules);
    }

    /** The codes of {@link #rules()}, in the same order. */
    public List<String> ruleCodes() {
        return rules.stream().map(FiredRule::code).toList();
    }
}
