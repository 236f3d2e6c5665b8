package nl.vocampus.lekwacht.escalation;

/** Who a step is for: the school's contact roles, or the reporter. */
public enum Audience {
    MANAGER, PRIVACY_OFFICER, DPO, MANAGEMENT, REPORTER
}
