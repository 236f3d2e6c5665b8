package nl.vocampus.lekwacht.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.admin.AdminDtos.AdminSchool;
import nl.vocampus.lekwacht.admin.AdminDtos.NewSchool;
import nl.vocampus.lekwacht.admin.AdminDtos.SchoolRename;
import nl.vocampus.lekwacht.admin.AdminService;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.RequestText;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The schools overview: every school with its forms to rename and (de)activate it, and the form to add one. */
@Path("/beheer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@Blocking
public class SchoolsPage {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance schools(PageContext page, List<AdminSchool> schools, AdminForm form, boolean saved);
    }

    private final AdminService admin;
    private final AdminPages pages;
    private final Validator validator;

    SchoolsPage(AdminService admin, AdminPages pages, Validator validator) {
        this.admin = admin;
        this.pages = pages;
        this.validator = validator;
    }

    @GET
    public TemplateInstance show(@RestQuery String opgeslagen) {
        return render(new AdminForm(pages.msg()), opgeslagen != null);
    }

    @POST
    @Path("scholen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String code, @RestForm String name, @RestForm String foundation) {
        AdminForm form = new AdminForm(pages.msg()).typed("new-code", code).typed("new-name", name).typed("new-foundation", foundation);
        NewSchool request = new NewSchool(code, name, foundation);
        return save(form, request, f -> "new-" + f, () -> admin.add(request));
    }

    @POST
    @Path("scholen/{code}/naam")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@RestPath String code, @RestForm String name, @RestForm String foundation) {
        AdminSchool school = admin.school(code);
        AdminForm form = new AdminForm(pages.msg()).typed("name-" + school.code(), name).typed("foundation-" + school.code(), foundation);
        SchoolRename request = new SchoolRename(name, foundation);
        return save(form, request, f -> f + "-" + school.code(), () -> admin.rename(school.code(), request));
    }

    @POST
    @Path("scholen/{code}/deactiveren")
    public Response deactivate(@RestPath String code) {
        admin.deactivate(code);
        return AdminPages.saved("/beheer");
    }

    @POST
    @Path("scholen/{code}/activeren")
    public Response reactivate(@RestPath String code) {
        AdminSchool school = admin.school(code);
        try {
            admin.reactivate(school.code());
        } catch (ProblemException e) {
            AdminForm form = new AdminForm(pages.msg());
            form.add("active-" + school.code(), pages.msg().error_no_people());
            return Response.status(Response.Status.CONFLICT).entity(render(form, false)).build();
        }
        return AdminPages.saved("/beheer");
    }

    private Response save(AdminForm form, Object request, java.util.function.Function<String, String> inputOf, Runnable action) {
        form.problems(RequestText.violations(request), inputOf);
        form.violations(validator.validate(request), inputOf);
        if (!form.hasErrors()) {
            try {
                action.run();
                return AdminPages.saved("/beheer");
            } catch (ProblemException e) {
                form.problems(e.toProblem(null).errors(), inputOf);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(form, false)).build();
    }

    private TemplateInstance render(AdminForm form, boolean saved) {
        return pages.pages().localized(Templates.schools(pages.context(pages.msg().schools_title()), admin.schools(), form, saved));
    }
}
