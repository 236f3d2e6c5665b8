package nl.vocampus.lekwacht.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import nl.vocampus.lekwacht.common.Language;
import nl.vocampus.lekwacht.demo.DemoInbox;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The language of the pages and the layout's data, in one place. */
@ApplicationScoped
public class Pages {

    /** The cookie that remembers the language chosen in the header; it beats the browser's Accept-Language. */
    public static final String LANGUAGE_COOKIE = "lekwacht-taal";

    private final SecurityIdentity identity;
    private final CurrentUser user;
    /** Looked up when needed: the error pages use this class for their layout. */
    private final Instance<ErrorPages> errorPages;
    private final CurrentVertxRequest request;
    private final DemoInbox demoInbox;

    Pages(SecurityIdentity identity, CurrentUser user, Instance<ErrorPages> errorPages, CurrentVertxRequest request, DemoInbox demoInbox) {
        this.request = request;
        this.demoInbox = demoInbox;
        this.identity = identity;
        this.user = user;
        this.errorPages = errorPages;
    }

    public Locale locale() {
        return language().locale();
    }

    /** The page language: the one chosen in the header (the cookie), else the browser's preference, else Dutch. */
    public Language language() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return Language.NL;
        }
        Cookie chosen = context.request().getCookie(LANGUAGE_COOKIE);
        Optional<Language> remembered = chosen == null ? Optional.empty() : Language.ofCode(chosen.getValue());
        return remembered.orElseGet(() -> preferred(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /**
     * The language of Accept-Language that the browser prefers most among those Lekwacht speaks: English only when it
     * is preferred over Dutch; Dutch when the header is missing, malformed or names neither.
     */
    static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.NL;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Language.NL;
        }
        // parse() orders by weight, highest first, keeping the header's order among equal weights.
        return ranges.stream().filter(r -> r.getWeight() > 0)
                .map(r -> Language.ofCode(r.getRange().split("-")[0]))
                .flatMap(Optional::stream).findFirst().orElse(Language.NL);
    }

    public Msg msg() {
        return msg(locale());
    }

    /** The privacy officer's pages' texts in the page language. */
    public PoMsg po() {
        return MessageBundles.get(PoMsg.class, Localized.Literal.of(locale().toLanguageTag()));
    }

    /** The audit pages' texts in the page language. */
    public AuditMsg audit() {
        return MessageBundles.get(AuditMsg.class, Localized.Literal.of(locale().toLanguageTag()));
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
        boolean audit = !anonymous && (identity.hasRole(Roles.DPO) || identity.hasRole(Roles.PRIVACY_OFFICER));
        return new PageContext(title, anonymous ? null : user.name(), !anonymous && user.readsOthers(), nav, locale(),
                logoutForm, admin, !admin || incidentRole, here(), demoInbox.enabled(), audit);
    }

    /**
     * The layout data without asking who is logged in: for an error on a public path (a missing file under /css),
     * which is answered on the I/O thread before anyone's login was read, and where reading it would block.
     */
    public PageContext contextWithoutUser(String title, PageContext.Nav nav) {
        return new PageContext(title, null, false, nav, locale(), false, false, true, here(), demoInbox.enabled(), false);
    }

    /** This page's path and query, where the language switch returns to. */
    private String here() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return "/";
        }
        String query = context.request().query();
        return context.normalizedPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The "not found" page with status 404: for an unknown incident, or one this user may not see. */
    public jakarta.ws.rs.core.Response notFound() {
        return errorPages.get().page(404, PageError.NOT_FOUND);
    }

    /** Renders the template in the page language (Qute would otherwise pick by Accept-Language alone). */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale());
    }
}
