package nl.vocampus.lekwacht.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.deadline.DeadlineBoard;
import nl.vocampus.lekwacht.deadline.DeadlinesResource;
import nl.vocampus.lekwacht.deadline.DeadlinesResponse;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The privacy officer's dashboard: the open deadlines as countdown bars, rendered on the server first.
 * A small script (js/dashboard.js) ticks the countdowns every second and polls {@code /dashboard/deadlines}
 * (the same answer as /api/deadlines, with its ETag, but for the page's login session) to refresh the list.
 */
@Path("/dashboard")
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT})
@Blocking
public class DashboardPage {

    private final DeadlineBoard board;
    private final DeadlinesResource api;
    private final ObjectMapper json;
    private final Clock clock;
    private final Pages pages;
    private final PageTime time;

    private final CurrentUser user;

    DashboardPage(DeadlineBoard board, DeadlinesResource api, ObjectMapper json, Clock clock, Pages pages, PageTime time, CurrentUser user) {
        this.user = user;
        this.board = board;
        this.api = api;
        this.json = json;
        this.clock = clock;
        this.pages = pages;
        this.time = time;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        Msg msg = pages.msg();
        PoMsg po = pages.po();
        DeadlineBoard.Rendered rendered = board.rendered(board.version(), board.asOf(clock.instant()), user.access());
        DeadlinesResponse list;
        try {
            list = json.readValue(rendered.body(), DeadlinesResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DeadlineRow> rows = list.items().stream().map(i -> DeadlineRow.of(i, list.asOf(), time, pages.locale(), msg, po)).toList();
        // Mail is failing now when a message waits for another attempt (FAILED steps are shown per row).
        boolean mailFailing = rows.stream().anyMatch(r -> r.retryingSteps() > 0);
        return pages.localized(Templates.dashboard(pages.context(po.dashboard_title(), PageContext.Nav.DASHBOARD), rows,
                list.asOf().toEpochMilli(), rendered.etag(false), mailFailing));
    }

    /** /api/deadlines for the dashboard's script, which has the login cookie rather than a bearer token. */
    @GET
    @Path("deadlines")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deadlines(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                              @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return api.deadlines(ifNoneMatch, acceptEncoding);
    }
}
