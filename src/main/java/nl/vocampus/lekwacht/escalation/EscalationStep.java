package nl.vocampus.lekwacht.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message Lekwacht owes for an incident; see V4__escalation_and_decision.sql for the life cycle. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep extends PanacheEntityBase {

    /** Step names of the messages tied to the moment of reporting. */
    public static final String REPORT = "REPORT";
    public static final String RECEIPT = "RECEIPT";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_step_id_seq")
    @SequenceGenerator(name = "escalation_step_id_seq", sequenceName = "escalation_step_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "incident_id")
    public UUID incidentId;

    /** REPORT, RECEIPT, or H24, H48, ... for the plan's rungs; R2-H24, ... after a reopen. Unique per incident and channel. */
    public String step;

    @Enumerated(EnumType.STRING)
    public StepKind kind;

    @Enumerated(EnumType.STRING)
    public StepChannel channel = StepChannel.MAIL;

    @Column(name = "after_minutes")
    public Integer afterMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] recipients;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public StepStatus status = StepStatus.PENDING;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_to")
    public String sentTo;

    public String note;

    @Column(name = "last_error")
    public String lastError;

    public static String stepName(int afterMinutes) {
        return afterMinutes % 60 == 0 ? "H" + afterMinutes / 60 : "M" + afterMinutes;
    }

    /** H24 in the first round; R2-H24, R3-H24, ... after reopens, so names stay unique per incident. */
    public static String stepName(int round, int afterMinutes) {
        return round <= 1 ? stepName(afterMinutes) : "R" + round + "-" + stepName(afterMinutes);
    }

    public static List<EscalationStep> of(UUID incidentId) {
        return list("incidentId = ?1 order by dueAt, id", incidentId);
    }
}
