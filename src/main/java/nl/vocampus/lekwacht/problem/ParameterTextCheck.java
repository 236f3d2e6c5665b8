package nl.vocampus.lekwacht.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Every path and query parameter passes the text rule (as one-line text) before a resource sees it: a NUL
 * in a school code would otherwise reach PostgreSQL, which refuses it with a 500.
 */
public class ParameterTextCheck {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                TextRule.parameter(parameter.getKey(), value);
            }
        }
    }
}
