package nl.vocampus.lekwacht.audit;

/** What an audit record says happened: one constant per kind of change, read, export or sign-in. */
public enum AuditAction {
    // Changes to an incident
    REPORT,
    ASSESS,
    DECIDE,
    FILE,
    INFORM,
    CLOSE,
    REOPEN,
    AWARENESS,
    // Changes to the foundation's set-up
    PEOPLE,
    LADDER,
    CONTROLLER,
    TEAMS_CHANNEL,
    SCHOOL,
    // Reads and exports of personal data
    READ_INCIDENT,
    READ_AP_FORM,
    EXPORT_REGISTER,
    EXPORT_REGISTER_CSV,
    EXPORT_AP,
    AUDIT_EXPORT,
    // Signing in and out
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    // The retention job and the trail's own upkeep
    PSEUDONYMISE,
    DELETE_NO_BREACH,
    AUDIT_PURGE;

    /** A read or export: recorded synchronously, so one whose record cannot be written fails. */
    public boolean isRead() {
        return this == READ_INCIDENT || this == READ_AP_FORM || name().startsWith("EXPORT_") || this == AUDIT_EXPORT;
    }
}
