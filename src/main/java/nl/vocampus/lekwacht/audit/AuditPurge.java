package nl.vocampus.lekwacht.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * Removes the audit records older than lekwacht.audit.keep: the only way records leave the trail. It runs the
 * database's audit_purge() (the one path the append-only trigger lets through) and appends an AUDIT_PURGE record in
 * the same transaction, naming the last position removed, so the chain's new start is explained. The newest record
 * always stays, so the chain's positions continue. Meant to run daily beside the retention job.
 */
@ApplicationScoped
public class AuditPurge {

    private final AgroalDataSource dataSource;
    private final AuditTrail trail;
    private final AuditConfig config;
    private final Clock clock;

    AuditPurge(AgroalDataSource dataSource, AuditTrail trail, AuditConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.trail = trail;
        this.config = config;
        this.clock = clock;
    }

    /** The last position removed; empty when nothing was old enough. */
    @Transactional
    public OptionalLong purgeExpired() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(config.keep()).toInstant();
        try (Connection c = dataSource.getConnection()) {
            // The chain's lock first: no record may be appended between the purge and its own record.
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, AuditTrail.CHAIN_LOCK);
                lock.execute();
            }
            try (PreparedStatement purge = c.prepareStatement("select audit_purge(?)")) {
                purge.setTimestamp(1, Timestamp.from(cutoff));
                try (ResultSet rs = purge.executeQuery()) {
                    rs.next();
                    long last = rs.getLong(1);
                    if (rs.wasNull()) {
                        return OptionalLong.empty();
                    }
                    trail.recordPurge(last);
                    return OptionalLong.of(last);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be purged (SQLState " + e.getSQLState() + ")", e);
        }
    }
}
