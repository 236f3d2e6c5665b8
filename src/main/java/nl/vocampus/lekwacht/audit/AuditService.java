package nl.vocampus.lekwacht.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.school.School;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the trail within the reader's scope, and verifies its chain.
 *
 * <p>Scope: the FG reads every record of the foundation. A privacy officer reads the records of the schools they are
 * privacy officer of: the incidents there and the changes to those schools' set-up. Records without a school (sign-ins
 * and sign-outs, changes to the foundation-wide controller) say nothing about a school and are the FG's alone.
 */
@ApplicationScoped
public class AuditService {

    private final SecurityIdentity identity;
    private final CurrentUser user;
    private final AgroalDataSource dataSource;
    private final AuditConfig config;
    private final Clock clock;

    private final AuditTrail trail;
    private final AuditCsv csv;

    AuditService(SecurityIdentity identity, CurrentUser user, AgroalDataSource dataSource, AuditConfig config, Clock clock,
                 AuditTrail trail, AuditCsv csv) {
        this.trail = trail;
        this.csv = csv;
        this.identity = identity;
        this.user = user;
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** The reader's scope: null for the whole foundation, else the school codes they read. */
    private Set<String> scope() {
        if (identity.hasRole(Roles.DPO)) {
            return null;
        }
        if (!identity.hasRole(Roles.PRIVACY_OFFICER)) {
            throw new ForbiddenException("the audit trail is for the FG and privacy officers");
        }
        Set<Long> schools = user.access().actSchools();
        return schools.isEmpty() ? Set.of() : School.<School>list("id in ?1", schools).stream().map(s -> s.code).collect(Collectors.toSet());
    }

    @Transactional
    public AuditDtos.AuditPage list(AuditFilter filter, int page, int size) {
        PanacheQuery<AuditRecord> query = query(filter).page(Page.of(page, size));
        List<AuditDtos.AuditEntry> items = query.list().stream().map(AuditDtos.AuditEntry::of).toList();
        long total = query.count();
        return new AuditDtos.AuditPage(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Every matching record as CSV: the one read of the trail that is itself recorded (AUDIT_EXPORT), since a file
     * leaves Lekwacht; paging through the trail on screen is not, or every look would add records about looking.
     */
    @Transactional
    public byte[] csv(AuditFilter filter) {
        AuditCsv.Sheet sheet = csv.sheet();
        each(filter, sheet::add);
        trail.record(AuditAction.AUDIT_EXPORT, filter.incident(), null);
        return sheet.bytes();
    }

    /** Every matching record, newest first, handed over a batch at a time. */
    private void each(AuditFilter filter, Consumer<AuditDtos.AuditEntry> sink) {
        PanacheQuery<AuditRecord> query = query(filter).page(Page.ofSize(1000));
        while (true) {
            List<AuditRecord> batch = query.list();
            batch.forEach(r -> sink.accept(AuditDtos.AuditEntry.of(r)));
            AuditRecord.getEntityManager().clear();
            if (!query.hasNextPage()) {
                return;
            }
            query.nextPage();
        }
    }

    private PanacheQuery<AuditRecord> query(AuditFilter filter) {
        Set<String> scope = scope();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope != null) {
            where.append(" and r.schoolCode in :scope");
            params.and("scope", scope.isEmpty() ? Set.of("") : scope);
            if (filter.incident() != null) {
                requireKnown(filter.incident(), scope);
            }
        }
        if (filter.incident() != null) {
            where.append(" and r.incidentId = :incident");
            params.and("incident", filter.incident());
        }
        if (filter.person() != null) {
            where.append(" and (r.actorSubject = :person or lower(r.actorName) = lower(:person))");
            params.and("person", filter.person());
        }
        if (filter.action() != null) {
            where.append(" and r.action = :action");
            params.and("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and r.at >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and r.at < :to");
            params.and("to", filter.to());
        }
        return AuditRecord.find("from AuditRecord r where " + where, Sort.descending("position"), params);
    }

    /**
     * A privacy officer asking about an incident of another school gets 404, as everywhere: the answer must not tell
     * whether it exists. An incident of their school is known, and so is one that is gone (deleted after retention)
     * but left records at their school.
     */
    private static void requireKnown(UUID incident, Set<String> scope) {
        Incident found = Incident.findById(incident);
        boolean known = found != null ? scope.contains(found.school.code)
                : !scope.isEmpty() && AuditRecord.count("incidentId = ?1 and schoolCode in ?2", incident, scope) > 0;
        if (!known) {
            throw ProblemException.notFound("Incident " + incident);
        }
    }

    /**
     * Walks the chain from its start, a batch at a time: every record must match its hash, link to the one before
     * and follow it without a gap; the first record must be position 1 or follow a purge that names the position
     * before it.
     */
    @Transactional
    public AuditDtos.ChainCheck verify() {
        long checked = 0;
        Long first = null;
        long lastPosition = 0;
        String lastHash = null;
        try (Connection c = dataSource.getConnection();
             PreparedStatement batch = c.prepareStatement("""
                     select position, at, actor_subject, actor_name, actor_roles, action, incident_id, school_code, remote_address,
                            purged_through, prev_hash, hash
                     from audit_record where position > ? order by position limit ?""")) {
            while (true) {
                batch.setLong(1, lastPosition);
                batch.setInt(2, config.verifyBatch());
                int read = 0;
                try (ResultSet rs = batch.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        checked++;
                        long position = rs.getLong(1);
                        AuditHash.Fields fields = new AuditHash.Fields(position, rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), action(rs.getString(6)), rs.getObject(7, UUID.class), rs.getString(8),
                                rs.getString(9), (Long) rs.getObject(10), rs.getString(11));
                        String hash = rs.getString(12);
                        AuditDtos.BreakKind broken;
                        if (first == null) {
                            first = position;
                            broken = position == 1 || purgeExplains(c, position) ? null : AuditDtos.BreakKind.START;
                        } else if (position != lastPosition + 1) {
                            return broken(checked, first, position, lastPosition + 1, AuditDtos.BreakKind.MISSING);
                        } else {
                            broken = lastHash.equals(fields.prevHash()) ? null : AuditDtos.BreakKind.LINK;
                        }
                        if (broken == null && (fields.action() == null || !AuditHash.of(fields).equals(hash))) {
                            broken = AuditDtos.BreakKind.CHANGED;
                        }
                        if (broken != null) {
                            return broken(checked, first, position, position, broken);
                        }
                        lastPosition = position;
                        lastHash = hash;
                    }
                }
                if (read < config.verifyBatch()) {
                    return new AuditDtos.ChainCheck(true, checked, first, first == null ? null : lastPosition, null, null, clock.instant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private AuditDtos.ChainCheck broken(long checked, Long first, long last, long at, AuditDtos.BreakKind kind) {
        return new AuditDtos.ChainCheck(false, checked, first, last, at, kind, clock.instant());
    }

    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean purgeExplains(Connection c, long firstPosition) throws SQLException {
        try (PreparedStatement purge = c.prepareStatement(
                "select 1 from audit_record where action = 'AUDIT_PURGE' and purged_through = ?")) {
            purge.setLong(1, firstPosition - 1);
            try (ResultSet rs = purge.executeQuery()) {
                return rs.next();
            }
        }
    }

}
