package nl.vocampus.lekwacht.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the shared layout needs on every page: the title, who is logged in (null on the login page),
 * which menu item is current, the language of the page, whether the logout form can be offered (it
 * needs the request's CSRF token, which a refused request may not have), whether the admin pages are offered, and
 * whether the report pages are (not to a functioneel beheerder without an incident role, who would get 403 there);
 * the page's own path and query, where the language switch returns to; whether the demo inbox exists (demo mode); and
 * whether the audit trail is offered (the FG and privacy officers).
 */
public record PageContext(String title, String userName, boolean readsOthers, Nav nav, Locale locale, boolean logoutForm,
                          boolean admin, boolean reports, String here, boolean demoInbox, boolean audit) {

    /** The menu item of the current page, marked with aria-current. */
    public enum Nav {
        NONE, REPORT, REPORTS, DASHBOARD, REGISTER, ADMIN, INBOX, AUDIT
    }

    public String lang() {
        return locale.toLanguageTag();
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The language switch's link to this page in {@code language} ("nl" or "en"). */
    public String switchTo(String language) {
        return "/taal?kies=" + language + "&terug=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    public boolean loggedIn() {
        return userName != null;
    }

    public boolean isReport() {
        return nav == Nav.REPORT;
    }

    public boolean isReports() {
        return nav == Nav.REPORTS;
    }

    public boolean isDashboard() {
        return nav == Nav.DASHBOARD;
    }

    public boolean isAdmin() {
        return nav == Nav.ADMIN;
    }

    public boolean isInbox() {
        return nav == Nav.INBOX;
    }

    public boolean isAudit() {
        return nav == Nav.AUDIT;
    }

    public boolean isRegister() {
        return nav == Nav.REGISTER;
    }
}
