package nl.vocampus.lekwacht.incident;

import java.time.Instant;

/**
 * Called inside the transaction that stores a new report, so whatever a listener plans
 * (escalation steps) is committed together with the report or not at all.
 */
public interface IncidentListener {

    void reported(Incident incident, Instant now);
}
