package nl.vocampus.lekwacht.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the test SMTP server received, read as a person's mail client would. */
public final class MailBox {

    private MailBox() {
    }

    public record ReceivedMail(String subject, List<String> to, String messageId, String text, String html, List<String> attachments,
                               String reference) {
    }

    public static void clear() {
        try {
            SmtpResource.server().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Distinct messages (one per Message-ID and recipient set) about the given incident reference. */
    public static List<ReceivedMail> about(String reference) {
        return all().stream().filter(m -> reference.equals(m.reference())).toList();
    }

    /**
     * Every message received, in the order they arrived. GreenMail stores one copy per recipient; copies with the
     * same Message-ID are one message sent once.
     */
    public static List<ReceivedMail> all() {
        List<ReceivedMail> mails = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (MimeMessage message : SmtpResource.server().getReceivedMessages()) {
            ReceivedMail mail = read(message);
            String key = mail.messageId() + "|" + mail.to();
            if (!seen.contains(key)) {
                seen.add(key);
                mails.add(mail);
            }
        }
        mails.sort(java.util.Comparator.comparingLong(m -> SmtpResource.arrival(m.messageId())));
        return mails;
    }

    public static ReceivedMail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).sorted().toList();
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            List<String> attachments = new ArrayList<>();
            collect(message, text, html, attachments);
            String[] ref = message.getHeader("X-Lekwacht-Reference");
            return new ReceivedMail(message.getSubject(), to, message.getMessageID(), text.toString(), html.toString(), attachments,
                    ref == null ? null : ref[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html, List<String> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part.getFileName() + "|" + part.getContentType().toLowerCase() + "|" + new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, html, attachments);
            }
        }
    }
}
