package nl.vocampus.lekwacht.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.util.Locale;

/** The language of the pages and the layout's data, in one place. */
@ApplicationScoped
public class Pages {

    /** The school works in Dutch; English texts exist (msg_en.properties) but are not offered yet. */
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SecurityIdentity identity;
    private final CurrentUser user;

    Pages(SecurityIdentity identity, CurrentUser user) {
        this.identity = identity;
        this.user = user;
    }

    public Locale locale() {
        return DUTCH;
    }

    public Msg msg() {
        return msg(locale());
    }

    /** The privacy officer's pages' texts in the page language. */
    public PoMsg po() {
        return MessageBundles.get(PoMsg.class, Localized.Literal.of(locale().toLanguageTag()));
    }

    public static Msg msg(Locale locale) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    /** The layout data for a page of the logged-in user. */
    public PageContext context(String title, PageContext.Nav nav) {
        boolean anonymous = identity.isAnonymous();
        return new PageContext(title, anonymous ? null : user.name(), !anonymous && user.seesAllIncidents(), nav, locale());
    }

    /** The "not found" page with status 404: for an unknown incident, or one this user may not see. */
    public jakarta.ws.rs.core.Response notFound() {
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.NOT_FOUND)
                .entity(localized(Templates.notFound(context(msg().not_found_title(), PageContext.Nav.NONE)))).build();
    }

    /** Renders the template in the page language, whatever the browser's Accept-Language says. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale());
    }
}
