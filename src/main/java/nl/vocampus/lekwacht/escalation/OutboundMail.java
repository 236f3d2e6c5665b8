package nl.vocampus.lekwacht.escalation;

import nl.vocampus.lekwacht.common.Language;

import java.util.List;

/**
 * One message to send for one or more claimed steps: several overdue steps of one incident
 * collapse into a single urgent message. It goes out as one mail per language its recipients read.
 */
public record OutboundMail(List<Long> stepIds, String step, StepKind kind, List<Copy> copies) {

    /** Everyone the message goes to, in every language. */
    public List<String> to() {
        return copies.stream().flatMap(c -> c.to().stream()).toList();
    }

    /**
     * The mail in one language, to the recipients who read it.
     *
     * @param messageId the same on a resend after a crash, so mail clients show it once; one per language
     * @param calendar  the deadline as an .ics, or null
     */
    public record Copy(Language language, List<String> to, String messageId, EscalationMail content, byte[] calendar) {
    }
}
