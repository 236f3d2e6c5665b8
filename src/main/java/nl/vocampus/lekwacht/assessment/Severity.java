package nl.vocampus.lekwacht.assessment;

/** The four severity levels of chapter 9 of the AP's notification form, from mild to severe. */
public enum Severity {
    NEGLIGIBLE,
    LIMITED,
    CONSIDERABLE,
    VERY_LARGE;

    /** One level up; the scale has no level above {@link #VERY_LARGE}, so that one stays. */
    Severity raisedOneLevel() {
        return this == VERY_LARGE ? VERY_LARGE : values()[ordinal() + 1];
    }
}
