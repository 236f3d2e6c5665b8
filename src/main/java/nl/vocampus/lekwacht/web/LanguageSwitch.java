package nl.vocampus.lekwacht.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.common.Language;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Duration;

/**
 * The header's NL | EN switch: remembers the choice in a cookie (it beats Accept-Language) and returns to the page.
 * A link, not a form, so it works on the login and error pages too; choosing a language changes nothing but the
 * pages' language, so a link that someone else makes a browser follow does no harm.
 */
@Path("/taal")
public class LanguageSwitch {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private final ErrorPages errorPages;

    LanguageSwitch(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @GET
    @PermitAll
    public Response choose(@RestQuery String kies, @RestQuery String terug) {
        var language = Language.ofCode(kies);
        if (language.isEmpty()) {
            return errorPages.page(400);
        }
        NewCookie cookie = new NewCookie.Builder(Pages.LANGUAGE_COOKIE).value(language.get().code()).path("/").maxAge(ONE_YEAR)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(sameSite(terug))).cookie(cookie).build();
    }

    /** Only a path of this site: never a link to elsewhere ("//host", "/\\host", "https:..."). */
    static String sameSite(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.length() > 2000
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
