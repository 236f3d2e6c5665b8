package nl.vocampus.lekwacht.filing;

/** What was sent to the AP: the notification itself, or a follow-up quoting its meldnummer. */
public enum FilingType {
    INITIAL, SUPPLEMENT, CORRECTION, WITHDRAWAL
}
