package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.incident.CreateIncidentRequest;
import nl.vocampus.lekwacht.incident.IncidentResponse;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.RequestText;
import nl.vocampus.lekwacht.school.SchoolService;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/** The report form: shown with the protocol's guidance, checked like a JSON report, then POST-redirect-GET. */
@Path("/melden")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
@Blocking
public class ReportPage {

    /** The school a first report starts with when the directory does not list the reporter anywhere. */
    static final String DEFAULT_SCHOOL = "SSGN";

    private final IncidentService incidents;
    private final SchoolService schools;
    private final Validator validator;
    private final CurrentUser user;
    private final Pages pages;
    private final AmsterdamTime time;
    private final Clock clock;

    ReportPage(IncidentService incidents, SchoolService schools, Validator validator, CurrentUser user, Pages pages,
               AmsterdamTime time, Clock clock) {
        this.incidents = incidents;
        this.schools = schools;
        this.validator = validator;
        this.user = user;
        this.pages = pages;
        this.time = time;
        this.clock = clock;
    }

    @GET
    public TemplateInstance form() {
        Optional<IncidentService.LastChoice> last = incidents.lastChoice(user);
        ReportForm form = ReportForm.blank(clock.instant().atZone(time.zone()), last.map(IncidentService.LastChoice::school).orElse(DEFAULT_SCHOOL));
        form.managerEmail = last.map(IncidentService.LastChoice::managerEmail).orElse(null);
        return render(form, new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@BeanParam ReportForm form) {
        form.normalized();
        Msg msg = pages.msg();
        FormErrors errors = new FormErrors();
        CreateIncidentRequest request = new ReportFormReader(time.zone(), msg, errors).read(form);
        ReportErrors translate = new ReportErrors(msg, errors);
        RequestText.violations(request).forEach(translate::problem);
        validator.validate(request).forEach(translate::violation);
        if (errors.isEmpty()) {
            try {
                IncidentResponse created = incidents.create(request, user);
                return Response.seeOther(URI.create("/meldingen/" + created.id() + "?nieuw=1")).build();
            } catch (ProblemException e) {
                e.toProblem(null).errors().forEach(translate::problem);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(form, errors)).build();
    }

    private TemplateInstance render(ReportForm form, FormErrors errors) {
        ReportFormView view = new ReportFormView(form, errors, schools.list(), pages.msg());
        return pages.localized(Templates.melden(pages.context(pages.msg().report_title(), PageContext.Nav.REPORT), view));
    }
}
