package nl.vocampus.lekwacht.escalation;

import java.util.EnumSet;
import java.util.Set;

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

    /** What goes out whenever a decision comes: the leidinggevende is always told, a reporter always gets a receipt. */
    public static final Set<StepKind> SENT_DESPITE_A_DECISION = EnumSet.of(RECEIPT, NEW_REPORT);

    /**
     * What a school's Teams channel is told: a new report, and the rungs from the 48-hour advice on. The receipt is
     * the reporter's own, and the first reminder is for the privacy officer alone.
     */
    public static final Set<StepKind> POSTED_TO_TEAMS = EnumSet.of(NEW_REPORT, ADVISE_NOTIFY_NOW, ESCALATION, FINAL_WARNING, OVERDUE);

    /** A rung of the ladder, which a decision makes pointless. */
    public boolean isReminder() {
        return !SENT_DESPITE_A_DECISION.contains(this);
    }
}
