package nl.vocampus.lekwacht.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/**
 * Every state-changing page request carries the CSRF token, whatever its content type.
 *
 * <p>quarkus-rest-csrf checks the token of a form post (urlencoded or multipart) and of a request that carries it in
 * its header, but lets any other content type through unchecked ({@code require-form-url-encoded=false}, which the
 * JSON API needs: it is called with Basic or bearer, not cookies, so it is no CSRF target). A cross-site page can post
 * {@code text/plain} without a preflight, though, and the login cookie goes along. So on the pages an unsafe request
 * that is neither a form nor brings the token header is refused here, with the same bare 400 (the "form expired"
 * page) as a form without its token; the ones that pass are checked by quarkus-rest-csrf.
 */
public class CsrfEveryContentType {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String tokenHeader;

    CsrfEveryContentType(@ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String tokenHeader) {
        this.tokenHeader = tokenHeader;
    }

    @ServerRequestFilter
    public Optional<Response> requireTheToken(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || !ErrorPages.isPageRequest(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        String header = request.getHeaderString(tokenHeader);
        return form || (header != null && !header.isBlank())
                ? Optional.empty()
                : Optional.of(Response.status(Response.Status.BAD_REQUEST).build());
    }
}
