package nl.vocampus.lekwacht.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One record of the trail, for reading: records are only ever written by {@link AuditTrail}, never through Hibernate. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public long position;

    public Instant at;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_roles")
    public String actorRoles;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "school_code")
    public String schoolCode;

    @Column(name = "remote_address")
    public String remoteAddress;

    @Column(name = "purged_through")
    public Long purgedThrough;
}
