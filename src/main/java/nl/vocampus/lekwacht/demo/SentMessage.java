package nl.vocampus.lekwacht.demo;

import java.time.Instant;
import java.util.List;

/**
 * A message Lekwacht delivered, as the demo inbox keeps it.
 *
 * @param channel     how it went out
 * @param to          the addresses (or, for a Teams post, the channel's label)
 * @param attachments the attachments' file names
 */
public record SentMessage(Channel channel, Instant sentAt, List<String> to, String subject, String text, String html,
                          List<String> attachments) {

    public enum Channel {
        MAIL, TEAMS
    }
}
