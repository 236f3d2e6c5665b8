package nl.vocampus.lekwacht.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which incidents a signed-in person may see and handle: the one place that decides it. Built once per request
 * from the directory of people ({@link DirectoryRoles}).
 *
 * <ul>
 *     <li>everyone sees the reports they made themselves (matched on the stable subject, never the sign-in name);</li>
 *     <li>a leidinggevende sees the reports that name them, and those naming an absent colleague they stand in for;</li>
 *     <li>directie and privacy officers see every incident of their schools; the FG every school of the foundation;</li>
 *     <li>only a privacy officer of the incident's school may change it.</li>
 * </ul>
 *
 * @param subject       the identity provider's stable id of the person
 * @param roles         the roles the directory gives, on top of the token's
 * @param readSchools   schools whose every incident this person sees
 * @param actSchools    schools whose incidents this person handles as privacy officer
 * @param managerIds    directory entries (people) whose named reports this person sees: their own as leidinggevende,
 *                      and absent colleagues' they stand in for
 * @param memberSchools schools where this person is in the directory at all
 */
public record Access(String subject, Set<String> roles, Set<Long> readSchools, Set<Long> actSchools, Set<Long> managerIds,
                     Set<Long> memberSchools) {

    /** The identity attribute under which {@link DirectoryRoles} leaves a person's access. */
    public static final String ATTRIBUTE = "lekwacht.access";

    /** No directory entry: only one's own reports. */
    public static Access ownReportsOnly(String subject) {
        return new Access(subject, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean sees(String reporterSubject, long schoolId, Collection<Long> incidentManagerIds) {
        return subject.equals(reporterSubject) || readSchools.contains(schoolId)
                || incidentManagerIds.stream().anyMatch(managerIds::contains);
    }

    public boolean actsOn(long schoolId) {
        return actSchools.contains(schoolId);
    }

    /** Sees more than their own reports. */
    public boolean readsOthers() {
        return !readSchools.isEmpty() || !managerIds.isEmpty();
    }

    /**
     * The visibility rule as an HQL condition on incident alias {@code i}, with parameters {@code scopeSubject},
     * {@code scopeSchools} and {@code scopeManagers} (see {@link #hqlParameters()}).
     */
    public static String hqlCondition(String i) {
        return "(" + i + ".reporterSubject = :scopeSubject or " + i + ".school.id in :scopeSchools or exists ("
                + "select 1 from IncidentManager m where m.incidentId = " + i + ".id and m.personId in :scopeManagers))";
    }

    /** Values for {@link #hqlCondition}; an empty set becomes a list no id matches, as HQL cannot take an empty IN. */
    public List<Object> hqlParameters() {
        return List.of(subject, orNone(readSchools), orNone(managerIds));
    }

    /**
     * The same rule in SQL on table alias {@code i}, with three parameters: subject (text), schools (bigint[]) and
     * managers (bigint[]).
     */
    public static String sqlCondition(String i) {
        return "(" + i + ".reporter_subject = ? or " + i + ".school_id = any(?) or exists ("
                + "select 1 from incident_manager m where m.incident_id = " + i + ".id and m.person_id = any(?)))";
    }

    /** Equal for two people who see exactly the same incidents. */
    public String scopeKey() {
        return subject + "|" + sorted(readSchools) + "|" + sorted(managerIds);
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static Collection<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
