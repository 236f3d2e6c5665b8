package nl.vocampus.lekwacht.assessment;

import io.quarkus.arc.Arc;
import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads an incident's history straight from the database. */
final class AssessmentHistory {

    private AssessmentHistory() {
    }

    static List<Map<String, Object>> events(String incidentId) {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        List<Map<String, Object>> events = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("select type, detail from incident_event where incident_id = ? order by at, id")) {
            s.setObject(1, UUID.fromString(incidentId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("type", rs.getString(1));
                    e.put("detail", rs.getString(2));
                    events.add(e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }
}
