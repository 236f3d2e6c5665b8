package nl.vocampus.lekwacht.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The privacy officer's decision whether to notify the AP, with the reasoning the register needs. */
@Entity
public class Decision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "notify_ap")
    public boolean notifyAp;

    public String reasoning;

    /** The AP's meldnummer. */
    @Column(name = "ap_reference")
    public String apReference;

    @Column(name = "notified_at")
    public Instant notifiedAt;

    @Column(name = "delay_reason")
    public String delayReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static List<Decision> of(UUID incidentId) {
        return list("incidentId = ?1 order by decidedAt, id", incidentId);
    }
}
