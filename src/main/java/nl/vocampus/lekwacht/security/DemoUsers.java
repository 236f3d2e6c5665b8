package nl.vocampus.lekwacht.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.util.List;
import java.util.Optional;

/**
 * The demo accounts of the embedded default; all have the password "demo". Their school roles are not here: like
 * anyone's, they come from the directory of people ({@link DirectoryRoles}), where demo mode lists them
 * ({@code DemoDirectory}); only {@code beheer}'s foundation-wide admin role comes with the sign-in. So what a demo user sees is exactly what the directory says, and {@code gast}, who
 * is in no directory, shows what someone without a Lekwacht role gets.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /**
     * A demo account: its user name (also its stable subject), its mailbox, where the directory lists it with which
     * roles, and the roles its sign-in itself carries, as an Entra app role would (only the foundation-wide admin).
     */
    public record DemoUser(String username, String email, String school, String name, List<String> roles, boolean defaultManager,
                           List<String> signInRoles) {

        DemoUser(String username, String email, String school, String name, List<String> roles, boolean defaultManager) {
            this(username, email, school, name, roles, defaultManager, List.of());
        }
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("medewerker", "medewerker@ssgn.example", "SSGN", "Medewerker SSgN", List.of(Roles.STAFF), false),
            new DemoUser("leidinggevende", "leidinggevende@ssgn.example", "SSGN", "Teamleider SSgN", List.of(Roles.MANAGER), true),
            new DemoUser("directie", "directie@ssgn.example", "SSGN", "Directie SSgN", List.of(Roles.MANAGEMENT), false),
            new DemoUser("privacy", "privacy@ssgn.example", "SSGN", "Privacy verantwoordelijke SSgN", List.of(Roles.PRIVACY_OFFICER), false),
            new DemoUser("fg", "fg@vocampus.example", "SSGN", "Functionaris gegevensbescherming voCampus", List.of(Roles.DPO), false),
            new DemoUser("medewerker2", "medewerker2@demo.example", "DEMO", "Medewerker Demo College", List.of(Roles.STAFF), false),
            new DemoUser("leidinggevende2", "leidinggevende2@demo.example", "DEMO", "Teamleider Demo College", List.of(Roles.MANAGER), true),
            new DemoUser("privacy2", "privacy2@demo.example", "DEMO", "Privacy verantwoordelijke Demo College", List.of(Roles.PRIVACY_OFFICER), false),
            new DemoUser("beheer", "beheer@vocampus.example", null, "Functioneel beheerder voCampus", List.of(), false, List.of(Roles.ADMIN)),
            new DemoUser("monitor", "monitor@vocampus.example", null, "Monitoring voCampus", List.of(), false, List.of(Roles.MONITORING)),
            new DemoUser("gast", "gast@demo.example", null, "Gast", List.of(), false));

    private DemoUsers() {
    }

    public static Optional<DemoUser> named(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** The identity of a demo user with its sign-in roles (the directory adds the others); empty for any other name. */
    public static Optional<SecurityIdentity> identity(String username) {
        return named(username).map(user -> QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRoles(java.util.Set.copyOf(user.signInRoles()))
                .build());
    }
}
