package nl.vocampus.lekwacht.assessment;

/**
 * What the school does with a breach. Declared from mild to severe so that {@code compareTo}
 * picks the stricter of two outcomes when several rules apply.
 */
public enum Outcome {
    /** Art. 33(5): every breach goes into the register; this one no further. */
    REGISTER_ONLY,
    /** Art. 33: notify the Autoriteit Persoonsgegevens within 72 hours of awareness. */
    NOTIFY_AP,
    /** Art. 33 and 34: notify the AP and inform the people affected without undue delay. */
    NOTIFY_AP_AND_INFORM_PEOPLE;

    Outcome atLeast(Outcome other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
