package nl.vocampus.lekwacht.people;

import nl.vocampus.lekwacht.audit.AuditTrail;
import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.common.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.Moments;
import nl.vocampus.lekwacht.people.PeopleDtos.AbsenceRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.AbsenceResponse;
import nl.vocampus.lekwacht.people.PeopleDtos.PersonRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.PersonResponse;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.school.School;
import nl.vocampus.lekwacht.school.SchoolService;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A school's directory of people: read by those who read the school, replaced by its privacy officer. */
@ApplicationScoped
public class PeopleService {

    private final SchoolService schools;
    private final Clock clock;

    private final AuditTrail audit;

    PeopleService(SchoolService schools, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.schools = schools;
        this.clock = clock;
    }

    @Transactional
    public List<PersonResponse> list(String code, CurrentUser user) {
        return view(schools.readable(code, user));
    }

    /**
     * Replaces the directory as a whole. Known people keep their row (and so the reports that name them), matched
     * by subject, else by e-mail; people left out become inactive. Pending escalations reach the new people, as
     * recipients are looked up when a message is sent.
     */
    @Transactional
    public List<PersonResponse> replace(String code, List<PersonRequest> people, CurrentUser user) {
        return replace(schools.handled(code, user), people);
    }

    /** A school's directory, for whoever may read it (the functioneel beheerder: any school). */
    @Transactional
    public List<PersonResponse> list(School school) {
        return view(school);
    }

    /** As {@link #replace(String, List, CurrentUser)}, for a school the caller may already change. */
    @Transactional
    public List<PersonResponse> replace(School school, List<PersonRequest> people) {
        validate(people);
        audit.record(AuditAction.PEOPLE, null, school.code);
        List<Person> existing = Person.list("school", school);
        Map<String, Person> bySubject = new HashMap<>();
        Map<String, Person> byEmail = new HashMap<>();
        Map<Person, String> emailOf = new HashMap<>();
        for (Person p : existing) {
            emailOf.put(p, p.email);
            if (p.subject != null) {
                bySubject.put(p.subject, p);
            }
            byEmail.put(key(p.email), p);
        }
        // Matched by e-mail first, then by subject: the address is what the directory is about.
        Set<Person> kept = new HashSet<>();
        Map<String, Person> saved = new HashMap<>();
        for (PersonRequest in : people) {
            String subject = blankToNull(in.subject());
            Person person = Optional.ofNullable(byEmail.get(key(in.email()))).filter(p -> !kept.contains(p))
                    .or(() -> Optional.ofNullable(subject == null ? null : bySubject.get(subject)).filter(p -> !kept.contains(p)))
                    .orElseGet(Person::new);
            kept.add(person);
            saved.put(key(in.email()), person);
        }
        // Addresses and subjects may move between people in one request: free them all first, as the unique
        // indexes are checked statement by statement.
        for (Person known : existing) {
            known.email = "moving-" + known.id + "@lekwacht.invalid";
            known.subject = null;
        }
        Person.flush();
        for (Person gone : existing) {
            if (!kept.contains(gone)) {
                gone.email = emailOf.get(gone);
                gone.active = false;
                gone.defaultManager = false;
                gone.deputy = null;
                gone.absences.clear();
            }
        }
        for (PersonRequest in : people) {
            Person person = saved.get(key(in.email()));
            person.school = school;
            person.name = in.name().strip();
            person.email = in.email().strip();
            person.subject = blankToNull(in.subject());
            person.signInName = blankToNull(in.signInName());
            person.roles = in.roles().stream().distinct().map(SchoolRole::role).toArray(String[]::new);
            person.defaultManager = Boolean.TRUE.equals(in.defaultManager());
            person.active = true;
            person.language = in.language() == null ? Language.NL : in.language();
            person.absences.clear();
        }
        Person.flush();
        for (PersonRequest in : people) {
            Person person = saved.get(key(in.email()));
            if (!person.isPersistent()) {
                person.persist();
            }
            person.deputy = in.deputyEmail() == null || in.deputyEmail().isBlank() ? null : saved.get(key(in.deputyEmail()));
            for (AbsenceRequest a : Optional.ofNullable(in.absences()).orElse(List.of())) {
                Absence absence = new Absence();
                absence.person = person;
                absence.startsAt = a.from().toInstant();
                absence.endsAt = a.to().toInstant();
                person.absences.add(absence);
            }
        }
        Person.flush();
        return view(school);
    }

    private static void validate(List<PersonRequest> people) {
        FieldErrors errors = new FieldErrors();
        Set<String> emails = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        Set<String> listed = new HashSet<>();
        people.forEach(p -> listed.add(key(p.email())));
        for (int i = 0; i < people.size(); i++) {
            PersonRequest p = people.get(i);
            String at = "people[" + i + "].";
            errors.check(emails.add(key(p.email())), at + "email", ErrorCode.TAKEN, "appears twice; one person per address");
            String subject = blankToNull(p.subject());
            errors.check(subject == null || subjects.add(subject), at + "subject", ErrorCode.TAKEN, "appears twice; one person per subject");
            errors.check(!Boolean.TRUE.equals(p.defaultManager()) || p.roles().contains(SchoolRole.MANAGER),
                    at + "defaultManager", ErrorCode.MISSING_ROLE, "only a leidinggevende (MANAGER) can be a default leidinggevende");
            String deputy = blankToNull(p.deputyEmail());
            if (deputy != null) {
                errors.check(listed.contains(key(deputy)), at + "deputyEmail", ErrorCode.UNKNOWN_VALUE,
                        "must be the e-mail of another person in this list");
                errors.check(!key(deputy).equals(key(p.email())), at + "deputyEmail", ErrorCode.UNKNOWN_VALUE, "must be someone else");
            }
            List<AbsenceRequest> absences = Optional.ofNullable(p.absences()).orElse(List.of());
            for (int j = 0; j < absences.size(); j++) {
                AbsenceRequest a = absences.get(j);
                String field = at + "absences[" + j + "].";
                errors.check(a.to().isAfter(a.from()), field + "to", ErrorCode.OUT_OF_ORDER, "must be after from");
                errors.check(inRange(a.from().toInstant()), field + "from", ErrorCode.OUT_OF_RANGE, Moments.DAY_OUT_OF_RANGE);
                errors.check(inRange(a.to().toInstant()), field + "to", ErrorCode.OUT_OF_RANGE, Moments.DAY_OUT_OF_RANGE);
            }
        }
        errors.check(people.stream().anyMatch(p -> p.roles().contains(SchoolRole.PRIVACY_OFFICER)), "people",
                ErrorCode.MISSING_ROLE, "must name a privacy officer (PRIVACY_OFFICER)");
        errors.check(people.stream().anyMatch(p -> p.roles().contains(SchoolRole.MANAGER)), "people",
                ErrorCode.MISSING_ROLE, "must name at least one leidinggevende (MANAGER)");
        errors.check(people.stream().anyMatch(p -> Boolean.TRUE.equals(p.defaultManager())), "people",
                ErrorCode.MISSING_ROLE, "must name a default leidinggevende (defaultManager), told about reports that name none");
        errors.throwIfAny();
    }

    private static boolean inRange(Instant moment) {
        return Moments.inRange(moment.atZone(Moments.ZONE).toLocalDate());
    }

    private List<PersonResponse> view(School school) {
        Instant now = clock.instant();
        return Person.activeOf(school).stream().map(p -> new PersonResponse(p.id, p.name, p.email, p.subject, p.signInName,
                List.of(p.roles).stream().map(r -> SchoolRole.ofRole(r).orElseThrow()).sorted().toList(), p.defaultManager,
                p.deputy == null ? null : p.deputy.email,
                p.absences.stream().map(a -> new AbsenceResponse(a.startsAt, a.endsAt)).toList(),
                p.absenceAt(now).isPresent(), p.language)).toList();
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
