package nl.vocampus.lekwacht.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import nl.vocampus.lekwacht.assessment.Outcome;
import nl.vocampus.lekwacht.assessment.Severity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Collection;
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

    /** The incident's round: 1, or 2, 3, ... after reopens. */
    public int round = 1;

    /** The officer decided to inform the people affected (art. 34). */
    @Column(name = "inform_people")
    public boolean informPeople;

    /** What Lekwacht suggested when the decision was taken; null for decisions from before suggestions were kept. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_outcome")
    public Outcome suggestedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_severity")
    public Severity suggestedSeverity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "suggested_rules")
    public String[] suggestedRules = new String[0];

    /** The outcome this decision amounts to, comparable with the suggestion. */
    public Outcome decidedOutcome() {
        return !notifyAp ? Outcome.REGISTER_ONLY : informPeople ? Outcome.NOTIFY_AP_AND_INFORM_PEOPLE : Outcome.NOTIFY_AP;
    }

    public static List<Decision> ofAll(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : list("incidentId in ?1 order by decidedAt, id", incidentIds);
    }

    public static List<Decision> of(UUID incidentId) {
        return list("incidentId = ?1 order by decidedAt, id", incidentId);
    }
}
