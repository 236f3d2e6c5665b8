package nl.vocampus.lekwacht.escalation;

import java.util.List;

/**
 * One message to send for one or more claimed steps: several overdue steps of one incident
 * collapse into a single urgent message.
 */
public record OutboundMail(List<Long> stepIds, String step, StepKind kind, List<String> to, String messageId,
                           EscalationMail content, byte[] calendar) {
}
