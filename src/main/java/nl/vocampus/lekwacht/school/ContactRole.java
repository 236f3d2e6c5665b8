package nl.vocampus.lekwacht.school;

/** The people a school names for incidents; Dutch terms in the comments. */
public enum ContactRole {
    /** leidinggevende */
    MANAGER,
    /** privacy verantwoordelijke */
    PRIVACY_OFFICER,
    /** functionaris gegevensbescherming (FG) */
    DPO,
    /** directie / bestuur */
    MANAGEMENT
}
