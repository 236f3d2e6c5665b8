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
import org.jboss.resteasy.reactive.RestQuery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The demo inbox (demo mode only; {@link DemoOnly} answers 404 outside it): what Lekwacht delivered, as a mail client
 * shows it. Everyone sees the messages addressed to their own mailbox; the privacy officer and the FG see all, as they
 * watch over the whole escalation. A message's HTML is shown in a sandboxed frame without scripts, under this page's
 * Content-Security-Policy, so a mail can neither run code nor change the page around it.
 */
@Path(DemoInboxPage.PATH)
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO, Roles.ADMIN})
@Blocking
public class DemoInboxPage {

    static final String PATH = "/demo/postvak";

    /**
     * Scripts only from Lekwacht itself (none in a mail: its frame is sandboxed without allow-scripts); inline styles,
     * which mails use; nothing may frame the inbox.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Content-Security-Policy", POLICY).build();
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

        /** The HTML for the frame's srcdoc: its links open outside the frame (the sandbox allows only that). */
        public String frameDocument() {
            return "<base target=\"_blank\">" + html;
        }
    }
}
