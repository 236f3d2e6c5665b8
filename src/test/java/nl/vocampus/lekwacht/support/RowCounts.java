package nl.vocampus.lekwacht.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts rows in the tables a request could write to, so a test can show that a rejected request wrote nothing. */
@ApplicationScoped
public class RowCounts {

    private static final List<String> TABLES = List.of("incident", "incident_event", "reference_counter", "person", "absence", "incident_manager",
            "escalation_step", "decision", "assessment", "filing", "informing", "teams_channel", "school",
            "escalation_plan_step");

    private final AgroalDataSource dataSource;

    RowCounts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select coalesce(sum(last_value), 0) from reference_counter")) {
                rs.next();
                counts.put("references handed out", rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
