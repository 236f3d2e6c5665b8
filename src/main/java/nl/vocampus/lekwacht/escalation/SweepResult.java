package nl.vocampus.lekwacht.escalation;

/** What one sweep did, in steps (a collapsed message counts every step it covers). */
public record SweepResult(int claimed, int sent, int retrying, int failed, int cancelled, int mails) {

    public SweepResult plus(SweepResult o) {
        return new SweepResult(claimed + o.claimed, sent + o.sent, retrying + o.retrying, failed + o.failed,
                cancelled + o.cancelled, mails + o.mails);
    }
}
