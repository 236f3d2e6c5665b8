package nl.vocampus.lekwacht.informing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One round of telling the people affected (art. 34): when, how, how many. */
@Entity
public class Informing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "informed_at")
    public Instant informedAt;

    /** {@link InformingMethod} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] methods;

    @Column(name = "people_count")
    public int peopleCount;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<Informing> of(UUID incidentId) {
        return list("incidentId = ?1 order by informedAt, id", incidentId);
    }

    public static List<Informing> ofAll(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : list("incidentId in ?1 order by informedAt, id", incidentIds);
    }
}
