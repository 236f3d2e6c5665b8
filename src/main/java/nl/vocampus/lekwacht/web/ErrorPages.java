package nl.vocampus.lekwacht.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;

/**
 * The pages' error pages: HTML in the layout and the page language, by {@link PageError}, with the status kept. Which
 * requests are pages is decided here, once: everything except the API (/api) and the machine endpoints
 * (/q). ProblemMappers asks {@link #isPageRequest} and renders with {@link #page}; the API keeps its
 * application/problem+json. The page for a server error never shows the exception.
 */
@ApplicationScoped
public class ErrorPages {

    /** Set by quarkus-rest-csrf once a request's token is known; the layout's logout form needs it. */
    private static final String CSRF_TOKEN = "csrf_token";

    private final Pages pages;
    private final CurrentVertxRequest request;

    ErrorPages(Pages pages, CurrentVertxRequest request) {
        this.pages = pages;
        this.request = request;
    }

    /** A page, not the API (/api) nor a machine endpoint (/q): its errors are HTML pages. */
    public static boolean isPageRequest(String path) {
        if (path == null) {
            return false;
        }
        return !(path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/"));
    }

    /** The error page for this status. */
    public Response page(int status) {
        return page(status, PageError.of(status));
    }

    public Response page(int status, PageError error) {
        Msg msg = pages.msg();
        RoutingContext context = request.getCurrent();
        // A request refused before quarkus-rest-csrf ran (a role check) or by it has no token for the logout form.
        boolean logoutForm = context != null && context.get(CSRF_TOKEN) != null;
        // On a public path (a missing file under /css) nobody's login has been read yet, and reading it on the I/O
        // thread would block; once it has been read (a role check), the layout can show who is logged in.
        boolean loginRead = context != null && context.user() instanceof QuarkusHttpUser;
        PageContext page = Context.isOnEventLoopThread() && !loginRead
                ? pages.contextWithoutUser(msg.errorTitle(error), PageContext.Nav.NONE)
                : pages.context(msg.errorTitle(error), PageContext.Nav.NONE, logoutForm);
        String html = pages.localized(Templates.error(page, msg.errorTitle(error), msg.errorText(error))).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /**
     * Errors that reach no exception mapper and carry no body, on pages: quarkus-rest-csrf refuses a form
     * post with a bare 400. They get the error page too.
     */
    @ServerResponseFilter
    public void bareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || !isPageRequest(request.getUriInfo().getRequestUri().getPath())) {
            return;
        }
        PageError error = status == 400 && HttpMethod.POST.equals(request.getMethod()) ? PageError.FORM_EXPIRED : PageError.of(status);
        Response page = page(status, error);
        response.setEntity(page.getEntity(), new Annotation[0], page.getMediaType());
    }
}
