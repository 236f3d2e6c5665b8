package nl.vocampus.lekwacht.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses bodies over 64 KiB before they are read, as problem+json. A chunked body without a
 * Content-Length is still cut off by quarkus.http.limits.max-body-size, with a plain 413.
 */
public class BodySizeLimit {

    public static final long MAX_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return ProblemMappers.respond(new Problem("about:blank", "Bad Request", 400, "Content-Length is not a number",
                    request.getUriInfo().getPath(), List.of()));
        }
        if (bytes <= MAX_BYTES) {
            return null;
        }
        return ProblemMappers.respond(new Problem("urn:lekwacht:problem:body-too-large", "Payload Too Large", 413,
                "The request body is " + bytes + " bytes; at most " + MAX_BYTES + " are accepted",
                request.getUriInfo().getPath(), List.of()));
    }
}
