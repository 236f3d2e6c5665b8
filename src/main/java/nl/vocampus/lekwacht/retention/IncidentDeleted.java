package nl.vocampus.lekwacht.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction that deleted it) for each "no breach" incident the retention run
 * deleted: the seam for the audit trail. Ids only; the incident's content is gone.
 */
public record IncidentDeleted(UUID incidentId, String reference, String schoolCode, Instant at) {
}
