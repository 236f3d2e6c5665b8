package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.incident.IncidentFilter;
import nl.vocampus.lekwacht.incident.IncidentOrder;
import nl.vocampus.lekwacht.incident.IncidentPage;
import nl.vocampus.lekwacht.incident.IncidentResponse;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.security.CurrentUser;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** "Mijn meldingen" (staff see their own reports, the others all) and one report with its deadline. */
@Path("/meldingen")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
@Blocking
public class ReportsPage {

    static final int PAGE_SIZE = 25;

    private final IncidentService incidents;
    private final CurrentUser user;
    private final Pages pages;
    private final PageTime time;

    ReportsPage(IncidentService incidents, CurrentUser user, Pages pages, PageTime time) {
        this.incidents = incidents;
        this.user = user;
        this.pages = pages;
        this.time = time;
    }

    @GET
    public TemplateInstance list(@RestQuery String pagina) {
        Msg msg = pages.msg();
        int number = pageNumber(pagina);
        IncidentPage page = incidents.list(new IncidentFilter(null, null, null), number - 1, PAGE_SIZE, user, IncidentOrder.NEWEST_FIRST);
        List<IncidentView> rows = page.items().stream().map(i -> IncidentView.of(i, time, pages.locale(), msg)).toList();
        String title = user.readsOthers() ? msg.list_title_all() : msg.list_title_own();
        return pages.localized(Templates.meldingen(pages.context(title, PageContext.Nav.REPORTS), rows,
                new Pager(number, Math.max(1, page.totalPages()))));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO, Roles.ADMIN})
    public Response one(@RestPath String id, @RestQuery String nieuw) {
        Msg msg = pages.msg();
        IncidentResponse incident;
        try {
            incident = incidents.get(id, user);
        } catch (ProblemException e) {
            if (e.toProblem(null).status() != 404) {
                throw e;
            }
            return pages.notFound();
        }
        IncidentView view = IncidentView.of(incident, time, pages.locale(), msg);
        return Response.ok(pages.localized(Templates.melding(
                pages.context(msg.confirm_title(view.reference()), PageContext.Nav.NONE), view, nieuw != null))).build();
    }

    private static int pageNumber(String value) {
        try {
            int number = Integer.parseInt(value == null ? "1" : value.strip());
            return Math.min(Math.max(number, 1), 100_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
