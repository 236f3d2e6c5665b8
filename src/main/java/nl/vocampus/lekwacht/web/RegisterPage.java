package nl.vocampus.lekwacht.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.decision.DecisionResponse;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.register.RegisterEntry;
import nl.vocampus.lekwacht.register.RegisterPeriod;
import nl.vocampus.lekwacht.register.RegisterResource;
import nl.vocampus.lekwacht.register.RegisterService;
import nl.vocampus.lekwacht.school.SchoolService;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The register page (GDPR art. 33(5)): every incident, filtered by school and period, with the CSV and AP exports. */
@Path("/")
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT})
@Blocking
public class RegisterPage {

    /** One line of the register table. */
    public record Row(String id, String reference, String school, String kind, String status, String summary, String aware,
                      String decision, String notified, String pseudonymised) {
    }

    private final RegisterService register;
    private final RegisterResource api;
    private final SchoolService schools;
    private final AmsterdamTime zone;
    private final Pages pages;
    private final PageTime time;

    private final CurrentUser user;

    RegisterPage(RegisterService register, RegisterResource api, SchoolService schools, AmsterdamTime zone, Pages pages, PageTime time,
                 CurrentUser user) {
        this.user = user;
        this.register = register;
        this.api = api;
        this.schools = schools;
        this.zone = zone;
        this.pages = pages;
        this.time = time;
    }

    @GET
    @Path("register")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String school, @RestQuery String van, @RestQuery String tot) {
        Msg msg = pages.msg();
        PoMsg po = pages.po();
        Locale locale = pages.locale();
        FormErrors errors = new FormErrors();
        List<Row> rows = new ArrayList<>();
        try {
            for (RegisterEntry e : register.entries(RegisterPeriod.parse(school, van, tot, zone.zone()), user.access())) {
                DecisionResponse last = e.decisions().isEmpty() ? null : e.decisions().get(e.decisions().size() - 1);
                rows.add(new Row(e.id().toString(), e.reference(), e.school(), msg.kind(e.kind()), msg.status(e.status()), e.summary(),
                        time.dateTime(e.awareAt(), locale, msg), last == null ? po.register_undecided() : po.outcome(last.decidedOutcome()),
                        e.notifiedApAt() == null ? "" : time.dateTime(e.notifiedApAt(), locale, msg),
                        e.pseudonymisedAt() == null ? "" : po.register_pseudonymised(time.dateTime(e.pseudonymisedAt(), locale, msg))));
            }
        } catch (ProblemException e) {
            e.toProblem(null).errors().forEach(f -> errors.add("from".equals(f.field()) ? "van" : "tot", msg.error_date()));
        }
        String query = "?school=" + encode(school) + "&from=" + encode(van) + "&to=" + encode(tot);
        List<Option> schoolOptions = schools.list().stream()
                .map(s -> new Option("school-" + s.code(), s.code(), s.name(), s.code().equalsIgnoreCase(school))).toList();
        return Response.status(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(pages.localized(Templates.register(pages.context(po.register_title(), PageContext.Nav.REGISTER), rows,
                        schoolOptions, van == null ? "" : van, tot == null ? "" : tot, "/register.csv" + query, errors)))
                .build();
    }

    /** The CSV of GET /api/register.csv for the page's login session (the API takes Basic or a bearer token). */
    @GET
    @Path("register.csv")
    @Produces(RegisterResource.CSV + ";charset=UTF-8")
    public Response csv(@RestQuery String school, @RestQuery String from, @RestQuery String to) {
        return api.registerCsv(school, from, to);
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
