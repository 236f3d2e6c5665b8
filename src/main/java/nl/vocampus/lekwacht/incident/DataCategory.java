package nl.vocampus.lekwacht.incident;

/** Chapter 6 of the AP form: ordinary and special categories of personal data. */
public enum DataCategory {
    NAME(false),
    CONTACT_DETAILS(false),
    DATE_OF_BIRTH(false),
    BSN(false),
    LOGIN_DATA(false),
    FINANCIAL(false),
    ID_COPY(false),
    LOCATION(false),
    PHOTOS_VIDEO(false),
    GRADES_TEST_RESULTS(false),
    PUPIL_CARE_FILE(false),
    CRIMINAL(false),
    OTHER(false),
    UNKNOWN(false),
    HEALTH(true),
    RELIGION(true),
    ETHNICITY(true),
    POLITICAL_OPINION(true),
    TRADE_UNION(true),
    SEXUAL_ORIENTATION(true),
    BIOMETRIC(true),
    GENETIC(true);

    private final boolean special;

    DataCategory(boolean special) {
        this.special = special;
    }

    /** Special categories under GDPR art. 9. */
    public boolean isSpecial() {
        return special;
    }
}
