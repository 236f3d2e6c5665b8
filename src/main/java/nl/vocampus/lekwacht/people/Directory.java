package nl.vocampus.lekwacht.people;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.Language;
import nl.vocampus.lekwacht.school.School;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Who holds which role at a school, and who is reached in their place while they are away. */
@ApplicationScoped
public class Directory {

    /** The active people of a school with a role, by name. */
    public List<Person> withRole(School school, SchoolRole role) {
        return Person.list("school = ?1 and active = true and array_contains(roles, ?2) order by name, id", school, role.role());
    }

    /** The active people with a role at any school of a foundation (the FG of the foundation), by name. */
    public List<Person> withRoleInFoundation(String foundation, SchoolRole role) {
        return Person.list("school.foundation = ?1 and active = true and array_contains(roles, ?2) order by name, id", foundation, role.role());
    }

    public List<Person> managersOf(School school) {
        return withRole(school, SchoolRole.MANAGER);
    }

    /** The leidinggevenden told when a report names none. */
    public List<Person> defaultManagersOf(School school) {
        return managersOf(school).stream().filter(p -> p.defaultManager).toList();
    }

    /** One of the school's leidinggevenden by e-mail address, ignoring case. */
    public Optional<Person> managerByEmail(School school, String email) {
        return managersOf(school).stream().filter(p -> p.email.equalsIgnoreCase(email.strip())).findFirst();
    }

    public List<Person> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : Person.list("id in ?1 order by name, id", ids);
    }

    /**
     * Who receives what {@code person} would at {@code now}: their deputy while they are away (and the deputy is
     * active), otherwise they themselves. Away without a deputy still reaches the person: a message in a full
     * mailbox is better than none.
     */
    public Reached reach(Person person, Instant now) {
        Optional<Absence> away = person.absenceAt(now);
        if (away.isPresent() && person.deputy != null && person.deputy.active) {
            return new Reached(person.deputy.email, person.deputy.name, person.name, away.get().endsAt, person.deputy.language);
        }
        return new Reached(person.email, person.name, null, null, person.language);
    }

    /**
     * A recipient of a message.
     *
     * @param onBehalfOf the absent person this one stands in for, or null
     * @param awayUntil  when that absence ends, or null
     * @param language   the language the message reaches them in: the recipient's own (a deputy's, not the absent one's)
     */
    public record Reached(String email, String name, String onBehalfOf, Instant awayUntil, Language language) {
    }
}
