package nl.vocampus.lekwacht.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/** One rung of a school's escalation ladder: so many minutes after awareness, this message to these roles. */
@Entity
@Table(name = "escalation_plan_step")
public class EscalationPlanStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "after_minutes")
    public int afterMinutes;

    @Enumerated(EnumType.STRING)
    public StepKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] audience;

    public static List<EscalationPlanStep> forSchool(Long schoolId) {
        return list("schoolId = ?1 order by afterMinutes", schoolId);
    }
}
