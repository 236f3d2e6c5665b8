package nl.vocampus.lekwacht.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the audit trail: the one way for the rest of Lekwacht to leave a record. A record joins the caller's
 * transaction (or starts one), so a change and its record commit together or not at all, and a read whose record
 * cannot be written fails with it.
 *
 * <p>Records are queued per transaction and written just before it commits (an interposed synchronization), under a
 * transaction-scoped advisory lock that serialises the chain: the lock is held only from that last moment to the
 * commit, not while the change itself does its work, so incidents handled at once do not queue behind each other for
 * longer than one insert. Position and previous hash are read under that lock, so the chain is gap-free.
 */
@ApplicationScoped
public class AuditTrail {

    /** The system's own name in the trail (the retention job, the trail's purge). */
    public static final String SYSTEM_ACTOR = "lekwacht";

    /** pg_advisory_xact_lock key of the chain: "LekAudit" in ASCII. */
    static final long CHAIN_LOCK = 0x4c656b4175646974L;

    private static final Set<String> LEKWACHT_ROLES = Set.of(Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER,
            Roles.DPO, Roles.ADMIN);

    /** Who a record is about: the signed-in person, an attempted sign-in name, or the system. */
    public record Actor(String subject, String name, String roles, String address) {

        static Actor system() {
            return new Actor(null, SYSTEM_ACTOR, "", null);
        }
    }

    private record Pending(Instant at, Actor actor, AuditAction action, UUID incidentId, String schoolCode, Long purgedThrough) {
    }

    private final TransactionSynchronizationRegistry registry;
    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final CurrentVertxRequest request;
    private final SecurityIdentity identity;
    private final AuditedReads reads;

    AuditTrail(TransactionSynchronizationRegistry registry, AgroalDataSource dataSource, Clock clock, CurrentVertxRequest request,
               SecurityIdentity identity, AuditedReads reads) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.clock = clock;
        this.request = request;
        this.identity = identity;
        this.reads = reads;
    }

    /**
     * Records an action of the signed-in person on an incident (and its school) or on a school alone; both may be
     * null (a login, a change to the foundation's set-up). A read of the same incident is recorded once per request:
     * the incident page reads its parts one by one, and is one read.
     */
    @Transactional
    public void record(AuditAction action, UUID incidentId, String schoolCode) {
        if (action.isRead() && requestActive() && !reads.first(action, incidentId, schoolCode)) {
            return;
        }
        queue(new Pending(clock.instant(), signedIn(requestActive() ? identity : null, address()), action, incidentId, schoolCode, null));
    }

    /** Records what the system did on its own (the retention job): actor "lekwacht", no address. */
    @Transactional
    public void recordSystem(AuditAction action, UUID incidentId, String schoolCode) {
        queue(new Pending(clock.instant(), Actor.system(), action, incidentId, schoolCode, null));
    }

    /**
     * Records a sign-in attempt of nobody signed in (a failed or throttled login): the name typed, no subject, no
     * roles; {@code remoteAddress} as the client's address given by Vert.x.
     */
    @Transactional
    public void recordAttempt(AuditAction action, String attemptedName, String remoteAddress) {
        String name = attemptedName == null ? "" : attemptedName.strip();
        queue(new Pending(clock.instant(), new Actor(null, name.length() > 200 ? name.substring(0, 200) : name, "", remoteAddress),
                action, null, null, null));
    }

    /** Records a sign-in or sign-out of {@code who}, outside the request's own identity (the login itself). */
    @Transactional
    public void recordSignIn(AuditAction action, SecurityIdentity who, String remoteAddress) {
        queue(new Pending(clock.instant(), signedIn(who, remoteAddress), action, null, null, null));
    }

    /** The purge's own record, naming the last position it removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordPurge(long purgedThrough) {
        queue(new Pending(clock.instant(), Actor.system(), AuditAction.AUDIT_PURGE, null, null, purgedThrough));
    }

    /** The client's address as Vert.x gives it (behind a proxy only when quarkus.http.proxy.* trusts it). */
    public static String address(RoutingContext context) {
        if (context == null) {
            return null;
        }
        SocketAddress remote = context.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    private String address() {
        return requestActive() ? address(request.getCurrent()) : null;
    }

    private static boolean requestActive() {
        return Arc.container().requestContext().isActive();
    }

    static Actor signedIn(SecurityIdentity who, String address) {
        if (who == null || who.isAnonymous()) {
            return new Actor(null, "", "", address);
        }
        String roles = who.getRoles().stream().filter(LEKWACHT_ROLES::contains).sorted().collect(Collectors.joining(","));
        return new Actor(Subjects.of(who), name(who), roles, address);
    }

    /** The sign-in name; for an application's token without one, its object id, as {@code CurrentUser} does. */
    private static String name(SecurityIdentity who) {
        String name = who.getPrincipal().getName();
        if ((name == null || name.isBlank()) && who.getPrincipal() instanceof JsonWebToken token) {
            Object oid = token.getClaim("oid");
            return oid instanceof String id && !id.isBlank() ? id : token.getSubject();
        }
        return name == null ? "" : name;
    }

    private void queue(Pending pending) {
        Queue queue = (Queue) registry.getResource(Queue.class);
        if (queue == null) {
            queue = new Queue();
            registry.putResource(Queue.class, queue);
            registry.registerInterposedSynchronization(queue);
        }
        queue.pending.add(pending);
    }

    /** A transaction's records, written in its beforeCompletion, after everything else the transaction did. */
    private final class Queue implements Synchronization {

        final List<Pending> pending = new ArrayList<>();

        @Override
        public void beforeCompletion() {
            if (registry.getTransactionStatus() != Status.STATUS_ACTIVE || pending.isEmpty()) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                append(c, pending);
            } catch (SQLException e) {
                // Thrown here, it rolls the transaction back: the change or read goes with its record.
                throw new IllegalStateException("The audit record could not be written (SQLState " + e.getSQLState() + ")", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            pending.clear();
        }
    }

    private static void append(Connection c, List<Pending> records) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
        long position = 0;
        String prevHash = null;
        try (PreparedStatement head = c.prepareStatement("select position, hash from audit_record order by position desc limit 1");
             ResultSet rs = head.executeQuery()) {
            if (rs.next()) {
                position = rs.getLong(1);
                prevHash = rs.getString(2);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                insert into audit_record (position, at, actor_subject, actor_name, actor_roles, action, incident_id, school_code,
                                          remote_address, purged_through, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Pending p : records) {
                position++;
                Instant at = AuditHash.atStoredPrecision(p.at());
                String hash = AuditHash.of(new AuditHash.Fields(position, at, p.actor().subject(), p.actor().name(), p.actor().roles(),
                        p.action(), p.incidentId(), p.schoolCode(), p.actor().address(), p.purgedThrough(), prevHash));
                insert.setLong(1, position);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, p.actor().subject());
                insert.setString(4, p.actor().name());
                insert.setString(5, p.actor().roles());
                insert.setString(6, p.action().name());
                insert.setObject(7, p.incidentId(), Types.OTHER);
                insert.setString(8, p.schoolCode());
                insert.setString(9, p.actor().address());
                if (p.purgedThrough() == null) {
                    insert.setNull(10, Types.BIGINT);
                } else {
                    insert.setLong(10, p.purgedThrough());
                }
                insert.setString(11, prevHash);
                insert.setString(12, hash);
                insert.addBatch();
                prevHash = hash;
            }
            insert.executeBatch();
        }
    }
}
