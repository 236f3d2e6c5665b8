package nl.vocampus.lekwacht.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Refuses a path and query string over 4096 characters as problem+json (414). Vert.x's own limit answers
 * 414 with no body and no Content-Type before any route runs, so it is raised
 * (quarkus.http.limits.max-initial-line-length) and stays only as the backstop for absurd request lines.
 */
@ApplicationScoped
public class UriLengthLimit {

    public static final int MAX_CHARS = 4096;

    private final ObjectMapper json;

    UriLengthLimit(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String uri = rc.request().uri();
            if (uri == null || uri.length() <= MAX_CHARS) {
                rc.next();
                return;
            }
            // The path only, and only when short: the query string may carry personal data.
            String path = rc.request().path();
            Problem problem = new Problem("urn:lekwacht:problem:uri-too-long", "URI Too Long", 414,
                    "The path and query string are " + uri.length() + " characters; at most " + MAX_CHARS + " are accepted",
                    path != null && path.length() <= MAX_CHARS ? path : null, List.of());
            rc.response().setStatusCode(414)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(write(problem));
        }, 10_001);
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
