package nl.vocampus.lekwacht.web;

import java.util.Locale;

/**
 * What the shared layout needs on every page: the title, who is logged in (null on the login page),
 * which menu item is current, the language of the page, whether the logout form can be offered (it
 * needs the request's CSRF token, which a refused request may not have), whether the admin pages are offered, and
 * whether the report pages are (not to a functioneel beheerder without an incident role, who would get 403 there).
 */
public record PageContext(String title, String userName, boolean readsOthers, Nav nav, Locale locale, boolean logoutForm,
                          boolean admin, boolean reports) {

    /** The menu item of the current page, marked with aria-current. */
    public enum Nav {
        NONE, REPORT, REPORTS, DASHBOARD, REGISTER, ADMIN
    }

    public String lang() {
        return locale.toLanguageTag();
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

    public boolean isRegister() {
        return nav == Nav.REGISTER;
    }
}
