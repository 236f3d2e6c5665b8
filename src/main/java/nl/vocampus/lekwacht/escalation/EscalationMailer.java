package nl.vocampus.lekwacht.escalation;

import nl.vocampus.lekwacht.common.Language;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

/** Renders a message with the Qute templates, in each recipient's language, and hands it to the SMTP server. */
@ApplicationScoped
public class EscalationMailer {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance escalationHtml(EscalationMail mail);

        static native TemplateInstance escalationText(EscalationMail mail);
    }

    private final MailSender mailer;

    EscalationMailer(MailSender mailer) {
        this.mailer = mailer;
    }

    /**
     * Sends every language's copy; blocks until the SMTP server accepted them (at most the send timeout each); throws
     * when one was not. A retry sends every copy again, with the same Message-IDs, so clients show each once.
     */
    public void send(OutboundMail outbound) {
        if (outbound.copies().isEmpty()) {
            throw new IllegalStateException("no recipients: the school has no contact for " + outbound.step());
        }
        for (OutboundMail.Copy copy : outbound.copies()) {
            send(copy);
        }
    }

    private void send(OutboundMail.Copy copy) {
        EscalationMail content = copy.content();
        Locale locale = copy.language().locale();
        Mail mail = new Mail()
                .setTo(copy.to())
                .setSubject(subject(content, MailTexts.of(copy.language())))
                .setHtml(Templates.escalationHtml(content).setLocale(locale).render())
                .setText(Templates.escalationText(content).setLocale(locale).render())
                .addHeader("Message-ID", copy.messageId())
                .addHeader("X-Lekwacht-Reference", content.reference());
        if (copy.calendar() != null) {
            mail.addAttachment("meldtermijn-" + content.reference() + ".ics", copy.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mailer.send(mail);
    }

    /** A Teams card's heading: the Dutch subject, as a channel is the school's and the school works in Dutch. */
    String subject(EscalationMail m) {
        return subject(m, MailTexts.of(Language.NL));
    }

    private static String subject(EscalationMail m, MailMessages messages) {
        long hours = Math.max(m.hoursRemaining(), 0);
        return switch (m.kind()) {
            case RECEIPT -> messages.subjectReceipt(m.reference());
            case NEW_REPORT -> messages.subjectNewReport(m.reference(), m.deadlineLocal());
            case REMINDER -> messages.subjectReminder(m.reference(), hours);
            case ADVISE_NOTIFY_NOW -> messages.subjectAdviseNotifyNow(m.reference(), hours);
            case ESCALATION -> messages.subjectEscalation(m.reference(), hours);
            case FINAL_WARNING -> messages.subjectFinalWarning(m.reference(), hours);
            case OVERDUE -> messages.subjectOverdue(m.reference());
        };
    }
}
