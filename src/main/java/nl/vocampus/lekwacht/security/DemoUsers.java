package nl.vocampus.lekwacht.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The four demo accounts of the embedded default, one for each role; all have the password "demo". */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    private static final Map<String, Set<String>> ROLES = Map.of(
            "medewerker", Set.of(Roles.STAFF),
            "leidinggevende", Set.of(Roles.MANAGER),
            "privacy", Set.of(Roles.PRIVACY_OFFICER),
            "fg", Set.of(Roles.DPO));

    private DemoUsers() {
    }

    public static Optional<Set<String>> rolesOf(String username) {
        return Optional.ofNullable(ROLES.get(username));
    }

    /** The identity of a demo user with their role; empty for any other name. */
    public static Optional<SecurityIdentity> identity(String username) {
        return rolesOf(username).map(roles -> QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(roles)
                .build());
    }
}
