package nl.vocampus.lekwacht.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.secrets.SecretBox;
import nl.vocampus.lekwacht.teams.TeamsChannels;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an incident's claimed Teams steps into the one card to post. The channel is looked up now: a school that
 * removed its channel gets no post, and its steps are cancelled with a note. Decided incidents lose their reminder
 * rungs as their mails do; the new-report card still goes.
 */
@ApplicationScoped
public class TeamsComposer {

    static final String NO_CHANNEL = "the school has no Teams channel (any more)";

    private final AmsterdamTime time;
    private final LekwachtConfig config;
    private final MailMessages messages;
    private final EscalationMailer mailer;
    private final TeamsChannels channels;

    TeamsComposer(AmsterdamTime time, LekwachtConfig config, MailMessages messages, EscalationMailer mailer, TeamsChannels channels) {
        this.time = time;
        this.config = config;
        this.messages = messages;
        this.mailer = mailer;
        this.channels = channels;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Composition compose(UUID incidentId, List<ClaimedStep> steps, Instant now) {
        Incident incident = Incident.findById(incidentId);
        boolean decided = incident.status.isDecided();
        List<Long> byDecision = steps.stream().filter(s -> decided && s.kind().isReminder()).map(ClaimedStep::id).toList();
        List<ClaimedStep> due = steps.stream().filter(s -> !byDecision.contains(s.id())).toList();
        if (due.isEmpty()) {
            return new Composition(Optional.empty(), byDecision, List.of(), List.of(), null);
        }
        List<Long> dueIds = due.stream().map(ClaimedStep::id).toList();
        Optional<TeamsChannels.Channel> channel;
        try {
            channel = channels.channelOf(incident.school.id);
        } catch (SecretBox.SecretUnreadableException e) {
            return new Composition(Optional.empty(), byDecision, List.of(), dueIds, e.getMessage());
        }
        if (channel.isEmpty()) {
            return new Composition(Optional.empty(), byDecision, dueIds, List.of(), null);
        }
        // Several rungs due at once (time spent down): one card, the most urgent, never a burst.
        ClaimedStep main = due.stream().max(Comparator.comparing(ClaimedStep::kind).thenComparing(ClaimedStep::dueAt)).orElseThrow();
        long hoursRemaining = incident.hoursUntilDeadline(now);
        EscalationMail content = new EscalationMail(main.kind(), incident.reference, messages.kind(incident.kind.name()),
                incident.school.name, time.dutch(incident.deadline), hoursRemaining, incident.isOverdue(now),
                due.stream().map(ClaimedStep::step).toList(), config.baseUrl() + "/incidenten/" + incident.id, List.of());
        String heading = mailer.subject(content);
        TeamsPost post = new TeamsPost(dueIds, main.step(), main.kind(), channel.get(), card(heading, content), heading, text(heading, content));
        return new Composition(Optional.of(post), byDecision, List.of(), List.of(), null);
    }

    /**
     * The message Workflows takes: an Adaptive Card 1.4 as the one attachment (a bare card is refused). It holds what the
     * mail's subject says, the reference, kind, school and deadline, and a link to the incident page, where access is
     * checked: no summary, no names, since everyone in the channel reads it.
     */
    Map<String, Object> card(String heading, EscalationMail content) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.4");
        card.put("body", List.of(
                Map.of("type", "TextBlock", "text", heading, "weight", "Bolder", "size", "Medium", "wrap", true),
                Map.of("type", "FactSet", "facts", List.of(
                        fact(messages.cardReference(), content.reference()),
                        fact(messages.cardKind(), content.kindLabel()),
                        fact(messages.cardSchool(), content.schoolName()),
                        fact(messages.cardDeadline(), content.deadlineLocal())))));
        card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", messages.open(), "url", content.link())));
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.put("contentUrl", null);
        attachment.put("content", card);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("attachments", List.of(attachment));
        return message;
    }

    private static Map<String, String> fact(String title, String value) {
        return Map.of("title", title, "value", value);
    }

    /** The card as plain text, for the demo inbox. */
    private String text(String heading, EscalationMail content) {
        return heading + "\n\n"
                + messages.cardReference() + ": " + content.reference() + "\n"
                + messages.cardKind() + ": " + content.kindLabel() + "\n"
                + messages.cardSchool() + ": " + content.schoolName() + "\n"
                + messages.cardDeadline() + ": " + content.deadlineLocal() + "\n\n"
                + messages.open() + ": " + content.link() + "\n";
    }

    /** A card to post for the steps it covers; {@code label} names the channel where its URL must not appear. */
    public record TeamsPost(List<Long> stepIds, String step, StepKind kind, TeamsChannels.Channel channel, Map<String, Object> message,
                            String heading, String text) {
    }

    /**
     * What to post (at most one card), the steps cancelled by a decision, those cancelled because the school has no
     * channel, and those that failed this attempt because the stored URL cannot be opened ({@code unreadableReason}).
     */
    public record Composition(Optional<TeamsPost> post, List<Long> cancelledByDecision, List<Long> cancelledNoChannel,
                              List<Long> unreadable, String unreadableReason) {
    }
}
