package nl.vocampus.lekwacht.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Refuses bodies over 64 KiB as problem+json before anything reads them. It runs as an HTTP filter
 * because Quarkus's own limit answers with an empty 413 before the REST layer is reached; that limit
 * (quarkus.http.limits.max-body-size) stays as the backstop for chunked bodies without a Content-Length.
 */
@ApplicationScoped
public class BodySizeLimit {

    public static final long MAX_BYTES = 64 * 1024;

    private final ObjectMapper json;

    BodySizeLimit(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long bytes = parse(length);
            if (bytes <= MAX_BYTES) {
                rc.next();
                return;
            }
            Problem problem = new Problem("urn:lekwacht:problem:body-too-large", "Payload Too Large", 413,
                    "The request body is " + bytes + " bytes; at most " + MAX_BYTES + " are accepted",
                    rc.normalizedPath(), List.of());
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(write(problem));
        }, 10_000);
    }

    private static long parse(String length) {
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0; // left to the HTTP server, which rejects a malformed Content-Length itself
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
