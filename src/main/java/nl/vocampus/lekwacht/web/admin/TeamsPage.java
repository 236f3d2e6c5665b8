package nl.vocampus.lekwacht.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.admin.AdminDtos.AdminSchool;
import nl.vocampus.lekwacht.admin.AdminService;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.RequestText;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.teams.TeamsChannelDtos.TeamsChannelRequest;
import nl.vocampus.lekwacht.teams.TeamsChannelDtos.TeamsChannelResponse;
import nl.vocampus.lekwacht.teams.TeamsChannels;
import nl.vocampus.lekwacht.web.PageContext;
import nl.vocampus.lekwacht.web.PageTime;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * A school's Teams channel: where the Workflows URL is pasted, shown back only as a hint. The URL typed is never put
 * back into the form, not even after an error: it is a secret.
 */
@Path("/beheer/scholen/{code}/teams")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@Blocking
public class TeamsPage {

    /** The channel as shown: a hint of where it points, or nothing. */
    public record Current(String text) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance teams(PageContext page, AdminSchool school, Current current, AdminForm form, boolean saved);
    }

    private final AdminService admin;
    private final TeamsChannels channels;
    private final AdminPages pages;
    private final PageTime time;
    private final CurrentUser user;

    TeamsPage(AdminService admin, TeamsChannels channels, AdminPages pages, PageTime time, CurrentUser user) {
        this.admin = admin;
        this.channels = channels;
        this.pages = pages;
        this.time = time;
        this.user = user;
    }

    @GET
    public TemplateInstance show(@RestPath String code, @RestQuery String opgeslagen) {
        return render(admin.school(code), new AdminForm(pages.msg()), opgeslagen != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String code, @RestForm String url) {
        AdminSchool school = admin.school(code);
        AdminForm form = new AdminForm(pages.msg());
        form.problems(RequestText.violations(new TeamsChannelRequest(url)), f -> f);
        if (!form.hasErrors()) {
            try {
                channels.set(school.code(), url, user);
                return AdminPages.saved("/beheer/scholen/" + school.code() + "/teams");
            } catch (ProblemException e) {
                if (e.toProblem(null).status() == Response.Status.CONFLICT.getStatusCode()) {
                    form.add("url", pages.msg().teams_no_key());
                } else {
                    form.problems(e.toProblem(null).errors(), f -> f);
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(school, form, false)).build();
    }

    @POST
    @Path("verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String code) {
        AdminSchool school = admin.school(code);
        channels.remove(school.code());
        return Response.seeOther(URI.create("/beheer/scholen/" + school.code() + "/teams")).build();
    }

    private TemplateInstance render(AdminSchool school, AdminForm form, boolean saved) {
        AdminMsg msg = pages.msg();
        Current current;
        try {
            TeamsChannelResponse channel = channels.get(school.code());
            current = new Current(msg.teams_current(channel.host(), channel.endsWith(),
                    time.dateTime(channel.setAt(), pages.pages().locale(), pages.pages().msg()), channel.setBy()));
        } catch (ProblemException none) {
            current = null;
        }
        return pages.pages().localized(Templates.teams(pages.context(msg.teams_title(school.name())), school, current, form, saved));
    }
}
