package nl.vocampus.lekwacht.escalation;

import java.time.Instant;
import java.util.UUID;

/** A due step this instance holds a lease on. */
public record ClaimedStep(long id, UUID incidentId, String step, StepKind kind, Instant dueAt, int attempts, StepChannel channel) {
}
