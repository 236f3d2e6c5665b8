package nl.vocampus.lekwacht.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.demo.DemoInbox;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Outside demo mode the demo pages do not exist: 404 for everyone, before any login is asked for (the paths are
 * permitted in application.properties, so this filter runs first; in demo mode the pages check roles themselves).
 */
public class DemoOnly {

    private final DemoInbox inbox;
    private final ErrorPages errorPages;

    DemoOnly(DemoInbox inbox, ErrorPages errorPages) {
        this.inbox = inbox;
        this.errorPages = errorPages;
    }

    @ServerRequestFilter(preMatching = true)
    public Response outsideDemoMode(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (inbox.enabled() || !(path.equals("/demo") || path.startsWith("/demo/"))) {
            return null;
        }
        return errorPages.page(404);
    }
}
