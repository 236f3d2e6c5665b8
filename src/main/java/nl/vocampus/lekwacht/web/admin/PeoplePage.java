package nl.vocampus.lekwacht.web.admin;

import nl.vocampus.lekwacht.common.Language;
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
import nl.vocampus.lekwacht.common.Moments;
import nl.vocampus.lekwacht.people.PeopleDtos.AbsenceRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.PeopleRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.PersonRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.PersonResponse;
import nl.vocampus.lekwacht.people.SchoolRole;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.RequestText;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school's people: a form per person (roles, e-mail, sign-in identity, deputy, absences), one to add a person and
 * one per person to take them off the list. Each form changes one person and saves the whole directory, so the
 * directory's rules (a privacy officer, a default leidinggevende) are checked as the API checks them.
 */
@Path("/beheer/scholen/{code}/mensen")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@Blocking
public class PeoplePage {

    private static final Pattern PERSON_FIELD = Pattern.compile("people\\[(\\d+)]\\.(\\w+)(\\[\\d+]\\.(from|to))?.*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** A checkbox or option. */
    public record Choice(String id, String value, String label, boolean selected) {
    }

    /** An absence period as shown, with the index the keep-checkbox sends. */
    public record Period(String id, int index, String from, String to) {
    }

    /** One person's form: ids are prefixed so that every form on the page has its own. */
    public record PersonForm(String prefix, String action, String heading, boolean awayNow, String name, String email,
                             String subject, String signInName, List<Choice> roles, boolean defaultManager,
                             List<Choice> deputies, List<Choice> languages, List<Period> absences, String absenceFrom, String absenceTo,
                             boolean existing) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance people(PageContext page, AdminSchool school, List<PersonForm> people, PersonForm added,
                                              AdminForm form, boolean saved);
    }

    private final AdminService admin;
    private final AdminPages pages;
    private final Validator validator;

    PeoplePage(AdminService admin, AdminPages pages, Validator validator) {
        this.admin = admin;
        this.pages = pages;
        this.validator = validator;
    }

    /** What one person's form sent. */
    public static class Typed {
        @RestForm
        public String name;
        @RestForm
        public String email;
        @RestForm
        public String subject;
        @RestForm
        public String signInName;
        @RestForm
        public List<String> roles;
        @RestForm
        public String defaultManager;
        @RestForm
        public String deputyEmail;
        @RestForm
        public String language;
        @RestForm
        public List<Integer> keepAbsence;
        @RestForm
        public String absenceFrom;
        @RestForm
        public String absenceTo;
    }

    @GET
    public TemplateInstance show(@RestPath String code, @RestQuery String opgeslagen) {
        AdminSchool school = admin.school(code);
        return render(school, new AdminForm(pages.msg()), null, null, opgeslagen != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestPath String code, @jakarta.ws.rs.BeanParam Typed typed) {
        AdminSchool school = admin.school(code);
        List<PersonResponse> current = admin.people(school.code());
        List<PersonRequest> people = new ArrayList<>(current.stream().map(PeoplePage::asRequest).toList());
        AdminForm form = new AdminForm(pages.msg());
        people.add(read(typed, List.of(), "new-", form));
        return save(school, people, people.size() - 1, "new-", form, null, typed);
    }

    @POST
    @Path("{person}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath String code, @RestPath("person") long id, @jakarta.ws.rs.BeanParam Typed typed) {
        AdminSchool school = admin.school(code);
        List<PersonResponse> current = admin.people(school.code());
        int index = indexOf(current, id);
        if (index < 0) {
            return pages.pages().notFound();
        }
        List<PersonRequest> people = new ArrayList<>(current.stream().map(PeoplePage::asRequest).toList());
        AdminForm form = new AdminForm(pages.msg());
        List<AbsenceRequest> kept = new ArrayList<>();
        List<AbsenceRequest> stored = people.get(index).absences();
        Optional.ofNullable(typed.keepAbsence).orElse(List.of()).stream().filter(i -> i >= 0 && i < stored.size()).distinct()
                .sorted().forEach(i -> kept.add(stored.get(i)));
        people.set(index, read(typed, kept, "p" + id + "-", form));
        return save(school, people, index, "p" + id + "-", form, id, typed);
    }

    @POST
    @Path("{person}/verwijderen")
    public Response remove(@RestPath String code, @RestPath("person") long id) {
        AdminSchool school = admin.school(code);
        List<PersonResponse> current = admin.people(school.code());
        int index = indexOf(current, id);
        if (index < 0) {
            return pages.pages().notFound();
        }
        List<PersonRequest> people = new ArrayList<>(current.stream().map(PeoplePage::asRequest).toList());
        String removed = people.remove(index).email();
        // Whoever had the removed person as deputy now has none.
        people.replaceAll(p -> removed.equalsIgnoreCase(String.valueOf(p.deputyEmail())) ? withoutDeputy(p) : p);
        AdminForm form = new AdminForm(pages.msg());
        try {
            admin.replacePeople(school.code(), people);
            return AdminPages.saved("/beheer/scholen/" + school.code() + "/mensen");
        } catch (ProblemException e) {
            e.toProblem(null).errors().forEach(err -> form.add("p" + id + "-remove", form.message(err.code())));
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(school, form, null, null, false)).build();
    }

    private Response save(AdminSchool school, List<PersonRequest> people, int index, String prefix, AdminForm form, Long id, Typed typed) {
        Function<String, String> inputOf = field -> {
            Matcher m = PERSON_FIELD.matcher(field);
            if (!m.matches() || Integer.parseInt(m.group(1)) != index) {
                return "people-list";
            }
            if (m.group(2).equals("absences")) {
                return prefix + ("to".equals(m.group(4)) ? "absenceTo" : "absenceFrom");
            }
            return prefix + m.group(2);
        };
        PeopleRequest request = new PeopleRequest(people);
        form.problems(RequestText.violations(request), inputOf);
        form.violations(validator.validate(request), inputOf);
        if (!form.hasErrors()) {
            try {
                admin.replacePeople(school.code(), people);
                return AdminPages.saved("/beheer/scholen/" + school.code() + "/mensen");
            } catch (ProblemException e) {
                form.problems(e.toProblem(null).errors(), inputOf);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(school, form, id, typed, false)).build();
    }

    /** The typed person as a request; a new absence period (the end day included) is added to the kept ones. */
    private PersonRequest read(Typed t, List<AbsenceRequest> kept, String prefix, AdminForm form) {
        List<SchoolRole> roles = Optional.ofNullable(t.roles).orElse(List.of()).stream()
                .flatMap(r -> java.util.Arrays.stream(SchoolRole.values()).filter(s -> s.name().equals(r))).toList();
        List<AbsenceRequest> absences = new ArrayList<>(kept);
        LocalDate from = day(t.absenceFrom, prefix + "absenceFrom", form);
        LocalDate to = day(t.absenceTo, prefix + "absenceTo", form);
        if (from != null && to != null) {
            absences.add(new AbsenceRequest(OffsetDateTime.ofInstant(from.atStartOfDay(Moments.ZONE).toInstant(), Moments.ZONE),
                    OffsetDateTime.ofInstant(to.plusDays(1).atStartOfDay(Moments.ZONE).toInstant(), Moments.ZONE)));
        } else if (from != null || to != null) {
            form.add(from == null ? prefix + "absenceFrom" : prefix + "absenceTo", form.message("required"));
        }
        return new PersonRequest(t.name, t.email, t.subject, t.signInName, roles, t.defaultManager != null,
                blankToNull(t.deputyEmail), absences, Language.orDutch(t.language));
    }

    private static LocalDate day(String value, String id, AdminForm form) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip(), DAY);
            } catch (DateTimeParseException again) {
                form.add(id, form.message("out-of-range"));
                return null;
            }
        }
    }

    private static int indexOf(List<PersonResponse> people, long id) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static PersonRequest asRequest(PersonResponse p) {
        return new PersonRequest(p.name(), p.email(), p.subject(), p.signInName(), p.roles(), p.defaultManager(), p.deputyEmail(),
                p.absences().stream().map(a -> new AbsenceRequest(OffsetDateTime.ofInstant(a.from(), Moments.ZONE),
                        OffsetDateTime.ofInstant(a.to(), Moments.ZONE))).toList(), p.language());
    }

    private static PersonRequest withoutDeputy(PersonRequest p) {
        return new PersonRequest(p.name(), p.email(), p.subject(), p.signInName(), p.roles(), p.defaultManager(), null, p.absences(),
                p.language());
    }

    private TemplateInstance render(AdminSchool school, AdminForm form, Long typedId, Typed typed, boolean saved) {
        AdminMsg msg = pages.msg();
        List<PersonResponse> people = admin.people(school.code());
        List<PersonForm> forms = people.stream().map(p -> {
            boolean typedHere = typed != null && typedId != null && typedId == p.id();
            return view(msg, "p" + p.id() + "-", "/beheer/scholen/" + school.code() + "/mensen/" + p.id(), p.name(), p.awayNow(),
                    typedHere ? typed : fromStored(p), p.absences().stream().map(a -> new Instant[]{a.from(), a.to()}).toList(),
                    people, p.email(), true);
        }).toList();
        PersonForm added = view(msg, "new-", "/beheer/scholen/" + school.code() + "/mensen", msg.person_add_heading(), false,
                typed != null && typedId == null ? typed : new Typed(), List.of(), people, null, false);
        return pages.pages().localized(Templates.people(pages.context(msg.people_title(school.name())), school, forms, added, form, saved));
    }

    private static Typed fromStored(PersonResponse p) {
        Typed t = new Typed();
        t.name = p.name();
        t.email = p.email();
        t.subject = p.subject();
        t.signInName = p.signInName();
        t.roles = p.roles().stream().map(Enum::name).toList();
        t.defaultManager = p.defaultManager() ? "on" : null;
        t.deputyEmail = p.deputyEmail();
        t.language = p.language() == null ? null : p.language().code();
        return t;
    }

    private static PersonForm view(AdminMsg msg, String prefix, String action, String heading, boolean awayNow, Typed t,
                                   List<Instant[]> absences, List<PersonResponse> people, String ownEmail, boolean existing) {
        List<String> roles = Optional.ofNullable(t.roles).orElse(List.of());
        List<Choice> roleChoices = java.util.Arrays.stream(SchoolRole.values())
                .map(r -> new Choice(prefix + "role-" + r.name(), r.name(), roleLabel(msg, r), roles.contains(r.name()))).toList();
        List<Choice> deputies = new ArrayList<>();
        deputies.add(new Choice(prefix + "deputy-none", "", msg.deputy_none(), t.deputyEmail == null || t.deputyEmail.isBlank()));
        people.stream().filter(p -> !p.email().equalsIgnoreCase(String.valueOf(ownEmail)))
                .forEach(p -> deputies.add(new Choice(prefix + "deputy-" + p.id(), p.email(), p.name() + " (" + p.email() + ")",
                        p.email().equalsIgnoreCase(String.valueOf(t.deputyEmail)))));
        Language language = Language.orDutch(t.language);
        List<Choice> languages = java.util.Arrays.stream(Language.values())
                .map(l -> new Choice(prefix + "language-" + l.code(), l.code(), l == Language.NL ? msg.language_nl() : msg.language_en(),
                        l == language)).toList();
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < absences.size(); i++) {
            Instant[] a = absences.get(i);
            periods.add(new Period(prefix + "keep-" + i, i, DAY.format(a[0].atZone(Moments.ZONE)),
                    DAY.format(a[1].atZone(Moments.ZONE).minusDays(1))));
        }
        return new PersonForm(prefix, action, heading, awayNow, nz(t.name), nz(t.email), nz(t.subject), nz(t.signInName), roleChoices,
                t.defaultManager != null, deputies, languages, periods, nz(t.absenceFrom), nz(t.absenceTo), existing);
    }

    static String roleLabel(AdminMsg msg, SchoolRole role) {
        return switch (role) {
            case STAFF -> msg.role_staff();
            case MANAGER -> msg.role_manager();
            case MANAGEMENT -> msg.role_management();
            case PRIVACY_OFFICER -> msg.role_privacy_officer();
            case DPO -> msg.role_dpo();
        };
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
