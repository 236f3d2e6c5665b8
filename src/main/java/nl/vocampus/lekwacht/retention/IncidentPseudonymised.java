package nl.vocampus.lekwacht.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction that replaced the texts) for each incident the retention run
 * pseudonymised: the seam for the audit trail, whose record then commits or rolls back with the change.
 */
public record IncidentPseudonymised(UUID incidentId, String schoolCode, Instant at) {
}
