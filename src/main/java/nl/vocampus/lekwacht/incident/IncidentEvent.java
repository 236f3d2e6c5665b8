package nl.vocampus.lekwacht.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of an incident's append-only history. */
@Entity
@Table(name = "incident_event")
public class IncidentEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_event_id_seq")
    @SequenceGenerator(name = "incident_event_id_seq", sequenceName = "incident_event_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "incident_id")
    public UUID incidentId;

    public Instant at;
    public String actor;
    public String type;
    public String detail;

    public static void record(UUID incidentId, Instant at, String actor, String type, String detail) {
        IncidentEvent event = new IncidentEvent();
        event.incidentId = incidentId;
        event.at = at;
        event.actor = actor;
        event.type = type;
        event.detail = detail;
        event.persist();
    }

    public static List<IncidentEvent> of(UUID incidentId) {
        return list("incidentId = ?1 order by at, id", incidentId);
    }
}
