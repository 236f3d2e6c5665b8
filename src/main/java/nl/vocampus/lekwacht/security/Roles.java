package nl.vocampus.lekwacht.security;

/**
 * The application's roles, as they appear in tokens, in the directory of people and in {@code @RolesAllowed}.
 * Where a role counts (which schools, which reports) is decided by {@link Access}.
 */
public final class Roles {
    public static final String STAFF = "staff";
    public static final String MANAGER = "manager";
    /** directie */
    public static final String MANAGEMENT = "management";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String DPO = "dpo";
    /**
     * functioneel beheerder: keeps the foundation's set-up (schools, people, ladders, channels) and reads no incident
     * content. Foundation-wide, so it comes from the identity provider's app role, not from a school's directory.
     */
    public static final String ADMIN = "admin";
    /**
     * reads /q/metrics and nothing else: the account or app registration a Prometheus scrapes with (Basic or a
     * client-credentials token with this app role). Foundation-wide like ADMIN, from the sign-in, never from a directory.
     */
    public static final String MONITORING = "monitoring";
    // Every endpoint that takes an incident id also admits ADMIN, only for the incident lookup to answer 404: a 403
    // there would confirm that the id exists.

    /** Any Lekwacht role: someone with none of these gets 403 everywhere but the login and error pages. */
    public static final String[] ANY = {STAFF, MANAGER, MANAGEMENT, PRIVACY_OFFICER, DPO};

    /** The roles that read other people's reports, each within its own scope. */
    public static final String[] READERS = {MANAGER, MANAGEMENT, PRIVACY_OFFICER, DPO};

    private Roles() {
    }
}
