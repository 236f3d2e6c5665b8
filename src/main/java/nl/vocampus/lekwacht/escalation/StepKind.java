package nl.vocampus.lekwacht.escalation;

/** What a message asks of its readers, from least to most urgent; a late collapse sends the most urgent. */
public enum StepKind {
    /** A receipt to the reporter. */
    RECEIPT,
    /** At once: a new report for the leidinggevende and the privacy officer. */
    NEW_REPORT,
    REMINDER,
    /** 48 h: notify the AP now with what is known and follow up later. */
    ADVISE_NOTIFY_NOW,
    ESCALATION,
    FINAL_WARNING,
    /** The 72 hours have passed without a decision. */
    OVERDUE;

    /** A rung of the ladder, which a decision makes pointless; the receipt and the first notice are not. */
    public boolean isReminder() {
        return this != RECEIPT && this != NEW_REPORT;
    }
}
