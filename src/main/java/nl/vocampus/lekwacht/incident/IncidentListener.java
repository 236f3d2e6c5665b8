package nl.vocampus.lekwacht.incident;

import java.time.Instant;

/**
 * Called inside the transaction that changes an incident, so whatever a listener plans or cancels
 * (escalation steps) is committed together with the change or not at all.
 */
public interface IncidentListener {

    void reported(Incident incident, Instant now);

    /** awareAt, and so the deadline, moved. */
    default void awarenessChanged(Incident incident, Instant now) {
    }

    /** The AP decision was recorded: the 72-hour clock no longer drives anything. */
    default void decided(Incident incident, Instant now) {
    }

    /**
     * The incident was reopened (status ASSESSING, {@code incident.round} raised), possibly with a new
     * awareAt and so a new 72-hour clock. Called after the incident has its new state.
     */
    default void reopened(Incident incident, Instant now) {
    }
}
