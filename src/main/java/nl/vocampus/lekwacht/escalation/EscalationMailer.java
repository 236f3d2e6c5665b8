package nl.vocampus.lekwacht.escalation;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders a message with the Dutch Qute templates and hands it to the SMTP server. */
@ApplicationScoped
public class EscalationMailer {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance escalationHtml(EscalationMail mail);

        static native TemplateInstance escalationText(EscalationMail mail);
    }

    private final MailSender mailer;
    private final MailMessages messages;

    EscalationMailer(MailSender mailer, MailMessages messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    /** Blocks until the SMTP server accepted the message (at most the send timeout); throws when it did not. */
    public void send(OutboundMail outbound) {
        if (outbound.to().isEmpty()) {
            throw new IllegalStateException("no recipients: the school has no contact for " + outbound.step());
        }
        EscalationMail content = outbound.content();
        Mail mail = new Mail()
                .setTo(outbound.to())
                .setSubject(subject(content))
                .setHtml(Templates.escalationHtml(content).render())
                .setText(Templates.escalationText(content).render())
                // The same Message-ID on a resend after a crash: mail clients show it once.
                .addHeader("Message-ID", outbound.messageId())
                .addHeader("X-Lekwacht-Reference", content.reference());
        if (outbound.calendar() != null) {
            mail.addAttachment("meldtermijn-" + content.reference() + ".ics", outbound.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mailer.send(mail);
    }

    /** The mail's subject; a Teams card's heading too. */
    String subject(EscalationMail m) {
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
