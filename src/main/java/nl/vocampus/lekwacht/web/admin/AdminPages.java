package nl.vocampus.lekwacht.web.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.web.PageContext;
import nl.vocampus.lekwacht.web.Pages;

import java.net.URI;

/** What every admin page shares: its texts in the page language, its layout data, and the redirect after a form. */
@ApplicationScoped
public class AdminPages {

    private final Pages pages;

    AdminPages(Pages pages) {
        this.pages = pages;
    }

    public AdminMsg msg() {
        return MessageBundles.get(AdminMsg.class, Localized.Literal.of(pages.locale().toLanguageTag()));
    }

    public PageContext context(String title) {
        return pages.context(title, PageContext.Nav.ADMIN);
    }

    public Pages pages() {
        return pages;
    }

    /** POST-redirect-GET: back to the page, which then says it was saved. */
    public static Response saved(String path) {
        return Response.seeOther(URI.create(path + "?opgeslagen=1")).build();
    }
}
