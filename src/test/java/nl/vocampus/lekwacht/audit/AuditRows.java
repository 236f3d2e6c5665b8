package nl.vocampus.lekwacht.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the audit table directly, as the table owner, so a test sees exactly what was written. */
@ApplicationScoped
public class AuditRows {

    /** One stored record, as the database holds it. */
    public record Row(long position, String actorSubject, String actorName, String actorRoles, String action, UUID incidentId,
                      String schoolCode, String remoteAddress) {
    }

    private final AgroalDataSource dataSource;

    AuditRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long head() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(position), 0) from audit_record")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records after {@code position}, oldest first. */
    public List<Row> after(long position) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select position, actor_subject, actor_name, actor_roles, action, incident_id, school_code, remote_address
                from audit_record where position > ? order by position""")) {
            s.setLong(1, position);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Runs statements as the table owner in one transaction (to break things on purpose, or try to). */
    public void sql(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
