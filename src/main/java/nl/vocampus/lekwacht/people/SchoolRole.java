package nl.vocampus.lekwacht.people;

import nl.vocampus.lekwacht.security.Roles;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person is at a school. Each is also an application role ({@link Roles}), by the same name as in the
 * identity provider's {@code roles} claim, so a role the directory gives counts as one the token gives.
 */
public enum SchoolRole {
    /** medewerker: reports, sees their own reports */
    STAFF(Roles.STAFF),
    /** leidinggevende: sees the reports that name them */
    MANAGER(Roles.MANAGER),
    /** directie: reads every report of the school */
    MANAGEMENT(Roles.MANAGEMENT),
    /** privacy verantwoordelijke: handles every incident of the school */
    PRIVACY_OFFICER(Roles.PRIVACY_OFFICER),
    /** functionaris gegevensbescherming: reads every school of the foundation */
    DPO(Roles.DPO);

    private final String role;

    SchoolRole(String role) {
        this.role = role;
    }

    /** The application role, as stored in the directory and named in tokens. */
    public String role() {
        return role;
    }

    public static Optional<SchoolRole> ofRole(String role) {
        return Arrays.stream(values()).filter(r -> r.role.equals(role)).findFirst();
    }
}
