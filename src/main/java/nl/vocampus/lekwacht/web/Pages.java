package nl.vocampus.lekwacht.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;

import java.util.Arrays;
import java.util.Locale;

/** The language of the pages and the layout's data, in one place. */
@ApplicationScoped
public class Pages {

    /** The school works in Dutch; English texts exist (msg_en.properties) but are not offered yet. */
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SecurityIdentity identity;
    private final CurrentUser user;
    /** Looked up when needed: the error pages use this class for their layout. */
    private final Instance<ErrorPages> errorPages;

    Pages(SecurityIdentity identity, CurrentUser user, Instance<ErrorPages> errorPages) {
        this.identity = identity;
        this.user = user;
        this.errorPages = errorPages;
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
        return context(title, nav, true);
    }

    /** As {@link #context(String, PageContext.Nav)}; without the logout form when the request has no CSRF token. */
    public PageContext context(String title, PageContext.Nav nav, boolean logoutForm) {
        boolean anonymous = identity.isAnonymous();
        boolean admin = !anonymous && identity.hasRole(Roles.ADMIN);
        boolean incidentRole = !anonymous && Arrays.stream(Roles.ANY).anyMatch(identity::hasRole);
        return new PageContext(title, anonymous ? null : user.name(), !anonymous && user.readsOthers(), nav, locale(),
                logoutForm, admin, !admin || incidentRole);
    }

    /**
     * The layout data without asking who is logged in: for an error on a public path (a missing file under /css),
     * which is answered on the I/O thread before anyone's login was read, and where reading it would block.
     */
    public PageContext contextWithoutUser(String title, PageContext.Nav nav) {
        return new PageContext(title, null, false, nav, locale(), false, false, true);
    }

    /** The "not found" page with status 404: for an unknown incident, or one this user may not see. */
    public jakarta.ws.rs.core.Response notFound() {
        return errorPages.get().page(404, PageError.NOT_FOUND);
    }

    /** Renders the template in the page language, whatever the browser's Accept-Language says. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale());
    }
}
