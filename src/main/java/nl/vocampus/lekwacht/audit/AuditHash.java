package nl.vocampus.lekwacht.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The chain's hash: SHA-256 over a canonical encoding of a record's fields and the previous record's hash. Every
 * field is written as its name, the length of its value in UTF-8 bytes and the value (null as length -1), so no two
 * different records encode alike however their texts are chosen. Appending and verifying both use this one class.
 */
public final class AuditHash {

    private AuditHash() {
    }

    /** The fields a hash covers; {@code at} is stored and hashed at microseconds, PostgreSQL's precision. */
    public record Fields(long position, Instant at, String actorSubject, String actorName, String actorRoles, AuditAction action,
                         UUID incidentId, String schoolCode, String remoteAddress, Long purgedThrough, String prevHash) {
    }

    public static Instant atStoredPrecision(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(Fields f) {
        StringBuilder canonical = new StringBuilder("lekwacht-audit-v1\n");
        field(canonical, "position", Long.toString(f.position()));
        field(canonical, "at", DateTimeFormatter.ISO_INSTANT.format(atStoredPrecision(f.at())));
        field(canonical, "actorSubject", f.actorSubject());
        field(canonical, "actorName", f.actorName());
        field(canonical, "actorRoles", f.actorRoles());
        field(canonical, "action", f.action().name());
        field(canonical, "incidentId", f.incidentId() == null ? null : f.incidentId().toString());
        field(canonical, "schoolCode", f.schoolCode());
        field(canonical, "remoteAddress", f.remoteAddress());
        field(canonical, "purgedThrough", f.purgedThrough() == null ? null : f.purgedThrough().toString());
        field(canonical, "prevHash", f.prevHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append(':');
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        out.append('\n');
    }
}
