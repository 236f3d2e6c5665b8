package nl.vocampus.lekwacht.retention;

/** What the retention run does to a closed incident once its period has passed. */
public enum RetentionRule {
    /**
     * Closed as "no breach" after assessment: the privacy officer assessed it and found no breach of confidentiality,
     * integrity or availability, and it was never notified to the AP. It is not a breach, so it has no place in the
     * art. 33(5) register, and it is deleted with everything under it ({@code lekwacht.retention.delete-no-breach-after}).
     */
    DELETE_NO_BREACH,
    /**
     * Every other closed incident: its free texts and identities are replaced, its register facts kept
     * ({@code lekwacht.retention.pseudonymise-after}).
     */
    PSEUDONYMISE
}
