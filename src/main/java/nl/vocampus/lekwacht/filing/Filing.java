package nl.vocampus.lekwacht.filing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One submission to the AP's web form, as recorded by the privacy officer. */
@Entity
public class Filing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    public FilingType type;

    @Column(name = "filed_at")
    public Instant filedAt;

    /** The AP's number: given to the INITIAL filing, quoted by every follow-up. */
    public String meldnummer;

    /** The INITIAL filing a follow-up belongs to; null for an INITIAL one. */
    @Column(name = "initial_id")
    public Long initialId;

    @Column(name = "delay_reason")
    public String delayReason;

    public String note;

    /** Set when the filing was recorded by a decision to notify. */
    @Column(name = "decision_id")
    public Long decisionId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<Filing> of(UUID incidentId) {
        return list("incidentId = ?1 order by filedAt, id", incidentId);
    }

    public static List<Filing> ofAll(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : list("incidentId in ?1 order by filedAt, id", incidentIds);
    }
}
