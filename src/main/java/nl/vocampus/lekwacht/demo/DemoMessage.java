package nl.vocampus.lekwacht.demo;

import java.time.Instant;
import java.util.List;

/**
 * A message as the demo inbox shows it.
 *
 * @param to          the addresses (lower case), or a Teams channel's label
 * @param text        the plain-text body; null in a list
 * @param html        the HTML body; null in a list
 * @param attachments the attachments' file names
 */
public record DemoMessage(long id, SentMessage.Channel channel, Instant sentAt, String from, List<String> to, String subject,
                          String text, String html, List<String> attachments) {
}
