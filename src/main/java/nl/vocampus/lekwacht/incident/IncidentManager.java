package nl.vocampus.lekwacht.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A leidinggevende a report goes to: the one the reporter named, or one of the school's defaults. */
@Entity
@Table(name = "incident_manager")
@IdClass(IncidentManager.Key.class)
public class IncidentManager extends PanacheEntityBase {

    @Id
    @Column(name = "incident_id")
    public UUID incidentId;

    @Id
    @Column(name = "person_id")
    public Long personId;

    public static void name(UUID incidentId, Long personId) {
        IncidentManager row = new IncidentManager();
        row.incidentId = incidentId;
        row.personId = personId;
        row.persist();
    }

    public static List<Long> of(UUID incidentId) {
        return find("incidentId", incidentId).<IncidentManager>list().stream().map(m -> m.personId).toList();
    }

    /** The composite id, as JPA wants it: a no-argument class with equals and hashCode. */
    public static class Key implements Serializable {
        public UUID incidentId;
        public Long personId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(incidentId, k.incidentId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(incidentId, personId);
        }
    }
}
