package nl.vocampus.lekwacht.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.audit.AuditDtos;
import nl.vocampus.lekwacht.audit.AuditFilter;
import nl.vocampus.lekwacht.audit.AuditService;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.QueryParams;
import nl.vocampus.lekwacht.register.RegisterResource;
import nl.vocampus.lekwacht.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The audit trail for the FG (the whole foundation) and privacy officers (their schools): the filters of
 * GET /api/audit, with dates in Amsterdam days instead of instants, paged, and its CSV download.
 */
@Path("/")
@RolesAllowed({Roles.DPO, Roles.PRIVACY_OFFICER})
@Blocking
public class AuditPage {

    static final int PAGE_SIZE = 50;

    /** One line of the table, ready to show. */
    public record Row(long position, String at, String actor, boolean failedSignIn, String roles, String action, String incidentId,
                      String school, String address) {
    }

    /** The filter form as typed. */
    public record Form(String incident, String person, String action, String from, String to) {
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance audit(PageContext page, Form form, List<Option> actions, List<Row> rows, long total,
                                             Pager pager, String query, FormErrors errors, boolean all);
    }

    private final AuditService audit;
    private final Pages pages;
    private final PageTime time;
    private final AmsterdamTime zone;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    AuditPage(AuditService audit, Pages pages, PageTime time, AmsterdamTime zone, io.quarkus.security.identity.SecurityIdentity identity) {
        this.audit = audit;
        this.pages = pages;
        this.time = time;
        this.zone = zone;
        this.identity = identity;
    }

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String incident, @RestQuery String persoon, @RestQuery String actie, @RestQuery String van,
                         @RestQuery String tot, @RestQuery String pagina) {
        AuditMsg aud = pages.audit();
        Msg msg = pages.msg();
        Locale locale = pages.locale();
        Form form = new Form(text(incident), text(persoon), text(actie), text(van), text(tot));
        FormErrors errors = new FormErrors();
        AuditFilter filter = filter(form, errors, aud);
        int number = QueryParams.intValue("pagina", pagina, 1, 1, 1_000_000);
        List<Row> rows = List.of();
        long total = 0;
        int pagesTotal = 1;
        if (errors.isEmpty()) {
            AuditDtos.AuditPage page;
            try {
                page = audit.list(filter, number - 1, PAGE_SIZE);
            } catch (ProblemException e) {
                if (e.toProblem(null).status() == 404) {
                    return pages.notFound();
                }
                throw e;
            }
            rows = page.items().stream().map(e -> row(e, locale, msg, aud)).toList();
            total = page.total();
            pagesTotal = Math.max(1, page.totalPages());
        }
        List<Option> actions = Arrays.stream(AuditAction.values())
                .map(a -> new Option("actie-" + a.name(), a.name(), aud.action(a), a.name().equalsIgnoreCase(form.action()))).toList();
        return Response.status(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(pages.localized(Templates.audit(pages.context(aud.audit_title(), PageContext.Nav.AUDIT), form, actions, rows, total,
                        new Pager(number, pagesTotal), query(form), errors, identity.hasRole(Roles.DPO))))
                .build();
    }

    /** The same records as CSV for Dutch Excel; the download is recorded in the trail (AUDIT_EXPORT). */
    @GET
    @Path("audit.csv")
    @Produces(RegisterResource.CSV + ";charset=UTF-8")
    public Response csv(@RestQuery String incident, @RestQuery String persoon, @RestQuery String actie, @RestQuery String van,
                        @RestQuery String tot) {
        AuditFilter filter = new AuditFilter(AuditFilter.uuid(incident), AuditFilter.person(persoon),
                QueryParams.enumValue("actie", actie, AuditAction.class), day("van", van, 0), day("tot", tot, 1));
        filter.checkOrder();
        return Response.ok(audit.csv(filter), RegisterResource.CSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audittrail.csv\"").build();
    }

    private AuditFilter filter(Form form, FormErrors errors, AuditMsg aud) {
        UUID incident = null;
        String person = null;
        AuditAction action = null;
        Instant from = null;
        Instant to = null;
        try {
            incident = AuditFilter.uuid(form.incident());
        } catch (ProblemException e) {
            errors.add("incident", aud.error_incident());
        }
        try {
            person = AuditFilter.person(form.person());
        } catch (ProblemException e) {
            errors.add("persoon", aud.error_person());
        }
        try {
            action = QueryParams.enumValue("actie", form.action(), AuditAction.class);
        } catch (ProblemException e) {
            errors.add("actie", pages.msg().error_invalid_choice());
        }
        try {
            from = day("van", form.from(), 0);
        } catch (ProblemException e) {
            errors.add("van", aud.error_date());
        }
        try {
            to = day("tot", form.to(), 1);
        } catch (ProblemException e) {
            errors.add("tot", aud.error_date());
        }
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add("tot", aud.error_to_before_from());
        }
        return new AuditFilter(incident, person, action, from, to);
    }

    /** The start of the day {@code plusDays} after the date given, in Amsterdam: "tot" includes its own day. */
    private Instant day(String name, String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(zone.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date, e.g. 2026-11-21");
        }
    }

    private Row row(AuditDtos.AuditEntry e, Locale locale, Msg msg, AuditMsg aud) {
        boolean failed = e.actorSubject() == null && e.action() == AuditAction.LOGIN_FAILED;
        return new Row(e.position(), time.dateTime(e.at(), locale, msg), e.actorName(), failed, String.join(", ", e.actorRoles()),
                aud.action(e.action()), e.incidentId() == null ? "" : e.incidentId().toString(), text(e.schoolCode()),
                text(e.remoteAddress()));
    }

    private static String query(Form form) {
        return "incident=" + encode(form.incident()) + "&persoon=" + encode(form.person()) + "&actie=" + encode(form.action())
                + "&van=" + encode(form.from()) + "&tot=" + encode(form.to());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
