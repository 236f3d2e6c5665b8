package nl.vocampus.lekwacht.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import nl.vocampus.lekwacht.problem.ProblemMappers;
import nl.vocampus.lekwacht.web.ErrorPages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * With proactive authentication off, a failed login (wrong password on /j_security_check, a failed OIDC
 * code flow) reaches the REST exception mappers. The API keeps its 401 problem+json; a page gets the
 * challenge of its own login mechanism instead: the form login's error page, or the OIDC redirect; a login refused
 * because of repeated failures ({@link LoginThrottledException}) the login page that says so.
 */
public class PageAuthenticationChallenge {

    private static final ProblemMappers API = new ProblemMappers();
    /** The login page with the message that too many failed logins lock the form for a while. */
    public static final String THROTTLED_PAGE = "/login?fout=geblokkeerd";

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class},
            priority = Priorities.USER - 100)
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (!ErrorPages.isPageRequest(context.normalizedPath()) || authenticator == null) {
            return Uni.createFrom().item(API.unauthenticated(e, uri));
        }
        if (throttled(e)) {
            return Uni.createFrom().item(Response.status(Response.Status.FOUND).location(URI.create(THROTTLED_PAGE)).build());
        }
        return authenticator.getChallenge(context)
                .map(challenge -> challenge == null ? API.unauthenticated(e, uri) : toResponse(challenge));
    }

    /** A login refused for repeated failures goes to the login page that says so, not to the wrong-password one. */
    private static boolean throttled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LoginThrottledException) {
                return true;
            }
        }
        return false;
    }

    private static Response toResponse(ChallengeData challenge) {
        Response.ResponseBuilder response = Response.status(challenge.status);
        challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        return response.build();
    }
}
