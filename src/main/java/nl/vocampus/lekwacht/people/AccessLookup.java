package nl.vocampus.lekwacht.people;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.security.Access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a person's {@link Access} from the directory, on every request: a change in the directory counts at once.
 * Plain JDBC, as it runs while the request is still being authenticated; one indexed statement, and one more for
 * the FG (the foundation's schools).
 */
@ApplicationScoped
public class AccessLookup {

    /**
     * The person's own entries, and (stand_in) the leidinggevenden away now whose deputy they are: the deputy sees
     * the reports naming them. One statement, so most requests cost one query.
     */
    private static final String ENTRIES = """
            select p.id, p.school_id, p.roles, s.foundation, false as stand_in
            from person p join school s on s.id = p.school_id
            where p.subject = ? and p.active
            union all
            select a.id, a.school_id, a.roles, null, true
            from person d join person a on a.deputy_id = d.id
            where d.subject = ? and d.active and a.active and 'manager' = any(a.roles)
              and exists (select 1 from absence ab where ab.person_id = a.id and ab.starts_at <= ? and ab.ends_at > ?)""";
    private static final String FOUNDATION_SCHOOLS = "select id from school where foundation = any(?)";

    private final AgroalDataSource dataSource;

    AccessLookup(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Access of(String subject, Instant now) {
        Set<String> roles = new HashSet<>();
        Set<Long> read = new HashSet<>();
        Set<Long> act = new HashSet<>();
        Set<Long> managerIds = new HashSet<>();
        Set<Long> member = new HashSet<>();
        Set<String> dpoFoundations = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(ENTRIES)) {
                s.setString(1, subject);
                s.setString(2, subject);
                s.setTimestamp(3, Timestamp.from(now));
                s.setTimestamp(4, Timestamp.from(now));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long person = rs.getLong(1);
                        if (rs.getBoolean(5)) {
                            managerIds.add(person);
                            roles.add(SchoolRole.MANAGER.role());
                            continue;
                        }
                        long school = rs.getLong(2);
                        Set<String> held = new HashSet<>(Arrays.asList((String[]) rs.getArray(3).getArray()));
                        member.add(school);
                        roles.addAll(held);
                        if (held.contains(SchoolRole.MANAGER.role())) {
                            managerIds.add(person);
                        }
                        if (held.contains(SchoolRole.MANAGEMENT.role()) || held.contains(SchoolRole.PRIVACY_OFFICER.role())) {
                            read.add(school);
                        }
                        if (held.contains(SchoolRole.PRIVACY_OFFICER.role())) {
                            act.add(school);
                        }
                        if (held.contains(SchoolRole.DPO.role())) {
                            dpoFoundations.add(rs.getString(4));
                        }
                    }
                }
            }
            if (!dpoFoundations.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(FOUNDATION_SCHOOLS)) {
                    s.setArray(1, c.createArrayOf("varchar", dpoFoundations.toArray()));
                    read.addAll(ids(s));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the directory", e);
        }
        return new Access(subject, Set.copyOf(roles), Set.copyOf(read), Set.copyOf(act), Set.copyOf(managerIds), Set.copyOf(member));
    }

    private static Set<Long> ids(PreparedStatement s) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
