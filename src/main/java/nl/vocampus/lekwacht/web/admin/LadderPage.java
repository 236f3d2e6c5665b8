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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.admin.AdminDtos.AdminSchool;
import nl.vocampus.lekwacht.admin.AdminService;
import nl.vocampus.lekwacht.escalation.Audience;
import nl.vocampus.lekwacht.escalation.LadderDtos.Ladder;
import nl.vocampus.lekwacht.escalation.LadderDtos.Rung;
import nl.vocampus.lekwacht.escalation.StepKind;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.web.PageContext;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school's escalation ladder as a timeline from 0 to 72 hours, with the form that changes it. */
@Path("/beheer/scholen/{code}/ladder")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@Blocking
public class LadderPage {

    /** Empty rows below the rungs, to add one. */
    static final int SPARE_ROWS = 2;
    static final int MAX_ROWS = 20;
    static final List<StepKind> RUNG_KINDS = List.of(StepKind.REMINDER, StepKind.ADVISE_NOTIFY_NOW, StepKind.ESCALATION,
            StepKind.FINAL_WARNING, StepKind.OVERDUE);
    static final List<Audience> AUDIENCES = List.of(Audience.PRIVACY_OFFICER, Audience.MANAGER, Audience.MANAGEMENT, Audience.DPO);
    private static final Pattern RUNG_FIELD = Pattern.compile("rungs\\[(\\d+)]\\.(afterHours|kind|audience).*");

    /** A choice of a select or a checkbox. */
    public record Choice(String id, String value, String label, boolean selected) {
    }

    /** One row of the form, as stored or as typed, with its errors. */
    public record Row(int number, String hoursId, String hours, String kindId, List<Choice> kinds, String audienceId,
                      List<Choice> audience, String hoursError, String kindError, String audienceError) {
    }

    /** One mark on the timeline; its place along the 72 hours is the stylesheet's class ladder-at-{hours}. */
    public record Mark(int hours, String kind, String audience, boolean deadline) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance ladder(PageContext page, AdminSchool school, List<Mark> marks, List<Row> rows, AdminForm form,
                                              boolean saved);
    }

    private final AdminService admin;
    private final AdminPages pages;
    private final Validator validator;

    LadderPage(AdminService admin, AdminPages pages, Validator validator) {
        this.admin = admin;
        this.pages = pages;
        this.validator = validator;
    }

    @GET
    public TemplateInstance show(@RestPath String code, @RestQuery String opgeslagen) {
        AdminSchool school = admin.school(code);
        List<Typed> typed = admin.ladder(school.code()).rungs().stream()
                .map(r -> new Typed(String.valueOf(r.afterHours()), r.kind().name(), r.audience().stream().map(Enum::name).toList()))
                .toList();
        return render(school, typed, new AdminForm(pages.msg()), opgeslagen != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String code, MultivaluedMap<String, String> fields) {
        AdminSchool school = admin.school(code);
        AdminMsg msg = pages.msg();
        AdminForm form = new AdminForm(msg);
        List<Typed> typed = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && fields.containsKey("kind-" + i); i++) {
            typed.add(new Typed(Optional.ofNullable(fields.getFirst("hours-" + i)).orElse("").strip(),
                    Optional.ofNullable(fields.getFirst("kind-" + i)).orElse(""),
                    Optional.ofNullable(fields.get("audience-" + i)).orElse(List.of())));
        }
        // A row left empty is a rung taken away; the others become the ladder, and their index names their errors.
        List<Integer> rowOf = new ArrayList<>();
        List<Rung> rungs = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Typed t = typed.get(i);
            if (t.hours.isEmpty() && t.kind.isEmpty() && t.audience.isEmpty()) {
                continue;
            }
            Integer hours = null;
            try {
                hours = t.hours.isEmpty() ? null : Integer.valueOf(t.hours);
            } catch (NumberFormatException e) {
                form.add("hours-" + i, msg.error_out_of_range());
            }
            StepKind kind = RUNG_KINDS.stream().filter(k -> k.name().equals(t.kind)).findFirst().orElse(null);
            List<Audience> audience = AUDIENCES.stream().filter(a -> t.audience.contains(a.name())).toList();
            rowOf.add(i);
            rungs.add(new Rung(hours, kind, audience));
        }
        java.util.function.Function<String, String> inputOf = field -> {
            Matcher m = RUNG_FIELD.matcher(field);
            if (!m.matches()) {
                return "rungs";
            }
            int row = rowOf.get(Integer.parseInt(m.group(1)));
            return switch (m.group(2)) {
                case "afterHours" -> "hours-" + row;
                case "kind" -> "kind-" + row;
                default -> "audience-" + row;
            };
        };
        Ladder ladder = new Ladder(rungs);
        if (!form.hasErrors()) {
            form.violations(validator.validate(ladder), inputOf);
        }
        if (!form.hasErrors()) {
            try {
                admin.replaceLadder(school.code(), ladder);
                return AdminPages.saved("/beheer/scholen/" + school.code() + "/ladder");
            } catch (ProblemException e) {
                form.problems(e.toProblem(null).errors(), inputOf);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(school, typed, form, false)).build();
    }

    /** A row as typed: hours, kind and audience as the form sent them. */
    record Typed(String hours, String kind, List<String> audience) {
    }

    private TemplateInstance render(AdminSchool school, List<Typed> typed, AdminForm form, boolean saved) {
        AdminMsg msg = pages.msg();
        List<Mark> marks = admin.ladder(school.code()).rungs().stream().map(r -> new Mark(r.afterHours(), kindLabel(msg, r.kind()),
                String.join(", ", r.audience().stream().map(a -> audienceLabel(msg, a)).toList()),
                r.afterHours() == 72)).toList();
        List<Row> rows = new ArrayList<>();
        int count = Math.min(MAX_ROWS, typed.size() + (form.hasErrors() ? 0 : SPARE_ROWS));
        for (int i = 0; i < count; i++) {
            Typed t = i < typed.size() ? typed.get(i) : new Typed("", "", List.of());
            int row = i;
            List<Choice> kinds = new ArrayList<>();
            kinds.add(new Choice("kind-" + i + "-none", "", msg.kind_empty(), t.kind.isEmpty()));
            RUNG_KINDS.forEach(k -> kinds.add(new Choice("kind-" + row + "-" + k.name(), k.name(), kindLabel(msg, k), k.name().equals(t.kind))));
            List<Choice> audience = AUDIENCES.stream().map(a -> new Choice("audience-" + row + "-" + a.name(), a.name(),
                    audienceLabel(msg, a), t.audience.contains(a.name()))).toList();
            rows.add(new Row(i + 1, "hours-" + i, t.hours, "kind-" + i, kinds, "audience-" + i, audience,
                    form.error("hours-" + i), form.error("kind-" + i), form.error("audience-" + i)));
        }
        return pages.pages().localized(Templates.ladder(pages.context(msg.ladder_title(school.name())), school, marks, rows, form, saved));
    }

    static String kindLabel(AdminMsg msg, StepKind kind) {
        return switch (kind) {
            case REMINDER -> msg.kind_reminder();
            case ADVISE_NOTIFY_NOW -> msg.kind_advise_notify_now();
            case ESCALATION -> msg.kind_escalation();
            case FINAL_WARNING -> msg.kind_final_warning();
            case OVERDUE -> msg.kind_overdue();
            default -> kind.name();
        };
    }

    static String audienceLabel(AdminMsg msg, Audience audience) {
        return switch (audience) {
            case MANAGER -> msg.audience_manager();
            case PRIVACY_OFFICER -> msg.audience_privacy_officer();
            case DPO -> msg.audience_dpo();
            case MANAGEMENT -> msg.audience_management();
            case REPORTER -> audience.name();
        };
    }
}
