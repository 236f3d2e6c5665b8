package nl.vocampus.lekwacht.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the audit API answers. */
public final class AuditDtos {

    private AuditDtos() {
    }

    @Schema(name = "AuditEntry", description = "One audit record: who did or read what, when and from where; never incident content")
    public record AuditEntry(
            @Schema(description = "Place in the chain, gap-free from the chain's start") long position,
            @Schema(description = "When it happened") Instant at,
            @Schema(description = "The actor's stable id; null for a failed sign-in and for the system", nullable = true) String actorSubject,
            @Schema(description = "The actor's sign-in name; for a failed sign-in the name typed; \"lekwacht\" for the system") String actorName,
            @Schema(description = "The Lekwacht roles the actor held") List<String> actorRoles,
            AuditAction action,
            @Schema(description = "The incident acted on or read", nullable = true) UUID incidentId,
            @Schema(description = "The school acted on, or the incident's school", nullable = true) String schoolCode,
            @Schema(description = "The client's address", nullable = true) String remoteAddress) {

        static AuditEntry of(AuditRecord r) {
            return new AuditEntry(r.position, r.at, r.actorSubject, r.actorName,
                    r.actorRoles == null || r.actorRoles.isEmpty() ? List.of() : List.of(r.actorRoles.split(",")), r.action,
                    r.incidentId, r.schoolCode, r.remoteAddress);
        }
    }

    @Schema(name = "AuditPage", description = "A page of audit records, newest first")
    public record AuditPage(List<AuditEntry> items, int page, int size, long total, int totalPages) {
    }

    /** Where the chain breaks, if it does. */
    public enum BreakKind {
        /** A record's content no longer matches its hash: it was changed. */
        CHANGED,
        /** A record's previous hash does not match the record before it: a record was replaced or inserted. */
        LINK,
        /** Positions are missing: records were removed. */
        MISSING,
        /** The chain starts after position 1 without a purge that explains it. */
        START
    }

    @Schema(name = "AuditChainCheck", description = "The result of walking the audit chain from its start")
    public record ChainCheck(
            @Schema(description = "True when every record matches its hash and links to the one before") boolean intact,
            @Schema(description = "Records read, up to and including the first broken one") long checked,
            @Schema(description = "Position of the chain's first record; null when the trail is empty", nullable = true) Long firstPosition,
            @Schema(description = "Position of the last record read; null when the trail is empty", nullable = true) Long lastPosition,
            @Schema(description = "Position where the chain first breaks; null when intact", nullable = true) Long firstBrokenPosition,
            @Schema(description = "What is wrong there; null when intact", nullable = true) BreakKind problem,
            @Schema(description = "When the check ran") Instant checkedAt) {
    }
}
