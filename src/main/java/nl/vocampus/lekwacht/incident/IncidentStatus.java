package nl.vocampus.lekwacht.incident;

public enum IncidentStatus {
    REPORTED,
    ASSESSING,
    DECIDED,
    CLOSED;

    /** Once the AP decision is recorded the 72-hour clock no longer drives anything. */
    public boolean isDecided() {
        return this == DECIDED || this == CLOSED;
    }
}
