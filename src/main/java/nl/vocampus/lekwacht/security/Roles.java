package nl.vocampus.lekwacht.security;

/** The application's roles, as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {
    public static final String STAFF = "staff";
    public static final String MANAGER = "manager";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String DPO = "dpo";

    private Roles() {
    }
}
