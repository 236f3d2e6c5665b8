package nl.vocampus.lekwacht.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.Language;
import nl.vocampus.lekwacht.demo.DemoInbox;
import nl.vocampus.lekwacht.demo.DemoMessage;
import nl.vocampus.lekwacht.demo.SentMessage;
import nl.vocampus.lekwacht.people.Person;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.security.SecurityHeaders;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The demo inbox (demo mode only; {@link DemoOnly} answers 404 outside it): what Lekwacht delivered, as a mail client
 * shows it. Everyone sees the messages addressed to their own mailbox; the privacy officer and the FG see all, as they
 * watch over the whole escalation. A message's HTML is shown in a sandboxed frame without scripts, served from its own
 * address under its own Content-Security-Policy (a srcdoc frame would inherit the page's, which allows no inline style,
 * and mails are all inline style), so a mail can neither run code nor change the page around it.
 */
@Path(DemoInboxPage.PATH)
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO, Roles.ADMIN})
@Blocking
public class DemoInboxPage {

    static final String PATH = "/demo/postvak";

    /**
     * The policy of a mail's body: no scripts, no requests anywhere (images inline as data: only), the inline styles
     * mails use, framed only by the inbox, and sandboxed even when opened on its own: its links may open a new window,
     * nothing else.
     */
    static final String BODY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance postvak(PageContext page, List<Row> messages, Shown shown, boolean seesAll);
    }

    private final DemoInbox inbox;
    private final Pages pages;
    private final CurrentUser user;
    private final SecurityIdentity identity;
    private final AmsterdamTime time;

    DemoInboxPage(DemoInbox inbox, Pages pages, CurrentUser user, SecurityIdentity identity, AmsterdamTime time) {
        this.inbox = inbox;
        this.pages = pages;
        this.user = user;
        this.identity = identity;
        this.time = time;
    }

    /** The list, or with {@code bericht} one message (404 when it is not this user's). */
    @GET
    public Response inbox(@RestQuery Long bericht) {
        boolean all = seesAll();
        Set<String> mailboxes = mailboxes();
        Language language = pages.language();
        Shown shown = null;
        if (bericht != null) {
            Optional<DemoMessage> message = inbox.one(bericht, mailboxes, all);
            if (message.isEmpty()) {
                return pages.notFound();
            }
            shown = Shown.of(message.get(), time.forPeople(message.get().sentAt(), language));
        }
        long current = shown == null ? -1 : shown.id();
        List<Row> rows = inbox.list(mailboxes, all).stream()
                .map(m -> new Row(m.id(), time.forPeople(m.sentAt(), language), m.from(), String.join(", ", m.to()), m.subject(),
                        m.channel() == SentMessage.Channel.TEAMS, current == m.id()))
                .toList();
        String title = shown == null ? pages.msg().inbox_title() : pages.msg().inbox_message_title(shown.subject());
        String html = pages.localized(Templates.postvak(pages.context(title, PageContext.Nav.INBOX), rows, shown, all)).render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The HTML of one message, for the frame on its page (404 when it is not this user's or has no HTML). */
    @GET
    @Path("{message}/inhoud")
    public Response body(@RestPath long message) {
        Optional<DemoMessage> shown = inbox.one(message, mailboxes(), seesAll());
        if (shown.isEmpty() || shown.get().html() == null || shown.get().html().isBlank()) {
            return pages.notFound();
        }
        String document = "<!DOCTYPE html><meta charset=\"utf-8\">" + Shown.frameDocument(shown.get().html());
        return Response.ok(document, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(SecurityHeaders.CSP, BODY_POLICY).build();
    }

    private boolean seesAll() {
        return identity.hasRole(Roles.PRIVACY_OFFICER) || identity.hasRole(Roles.DPO);
    }

    /** The sign-in's own mailbox and every address the directory lists for this person. */
    private Set<String> mailboxes() {
        Set<String> mailboxes = new LinkedHashSet<>();
        user.mailbox().ifPresent(m -> mailboxes.add(m.toLowerCase(Locale.ROOT)));
        String subject = user.subject();
        if (!subject.isEmpty()) {
            Person.<Person>list("subject = ?1 and active = true", subject).forEach(p -> mailboxes.add(p.email.toLowerCase(Locale.ROOT)));
        }
        return mailboxes;
    }

    /** A line of the list. */
    public record Row(long id, String when, String from, String to, String subject, boolean teams, boolean current) {
    }

    /** The message shown, as a mail client shows it. */
    public record Shown(long id, String when, String from, String to, String subject, String text, String html, List<String> attachments,
                        boolean teams) {

        static Shown of(DemoMessage m, String when) {
            return new Shown(m.id(), when, m.from(), String.join(", ", m.to()), m.subject(), m.text(), m.html(), m.attachments(),
                    m.channel() == SentMessage.Channel.TEAMS);
        }

        public boolean hasHtml() {
            return html != null && !html.isBlank();
        }

        /** The frame's document: its links open outside the frame (the sandbox allows only that). */
        static String frameDocument(String html) {
            return "<base target=\"_blank\">" + html;
        }
    }
}
