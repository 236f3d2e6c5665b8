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
import nl.vocampus.lekwacht.admin.AdminService;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.RequestText;
import nl.vocampus.lekwacht.school.SchoolDtos.ControllerDetails;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A school's controller details for chapter 3 of the AP form. */
@Path("/beheer/scholen/{code}/verwerkingsverantwoordelijke")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@Blocking
public class ControllerPage {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance controller(PageContext page, AdminSchool school, ControllerDetails details, AdminForm form,
                                                  boolean saved);
    }

    private final AdminService admin;
    private final AdminPages pages;
    private final Validator validator;

    ControllerPage(AdminService admin, AdminPages pages, Validator validator) {
        this.admin = admin;
        this.pages = pages;
        this.validator = validator;
    }

    @GET
    public TemplateInstance show(@RestPath String code, @RestQuery String opgeslagen) {
        AdminSchool school = admin.school(code);
        return render(school, new AdminForm(pages.msg()), opgeslagen != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String code, @RestForm String address, @RestForm String kvkNumber, @RestForm String sector,
                         @RestForm String contactName, @RestForm String contactJobTitle, @RestForm String contactPhone) {
        AdminSchool school = admin.school(code);
        AdminForm form = new AdminForm(pages.msg()).typed("address", address).typed("kvkNumber", kvkNumber).typed("sector", sector)
                .typed("contactName", contactName).typed("contactJobTitle", contactJobTitle).typed("contactPhone", contactPhone);
        ControllerDetails request = new ControllerDetails(address, kvkNumber, sector, contactName, contactJobTitle, contactPhone);
        form.problems(RequestText.violations(request), f -> f);
        form.violations(validator.validate(request), f -> f);
        if (!form.hasErrors()) {
            try {
                admin.replaceController(school.code(), request);
                return AdminPages.saved("/beheer/scholen/" + school.code() + "/verwerkingsverantwoordelijke");
            } catch (ProblemException e) {
                form.problems(e.toProblem(null).errors(), f -> f);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(school, form, false)).build();
    }

    private TemplateInstance render(AdminSchool school, AdminForm form, boolean saved) {
        return pages.pages().localized(Templates.controller(pages.context(pages.msg().controller_title(school.name())), school,
                admin.controller(school.code()), form, saved));
    }
}
