package nl.vocampus.lekwacht.teams;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A school's Teams channel: its Workflows URL sealed by {@link nl.vocampus.lekwacht.secrets.SecretBox}, and the hint shown back. */
@Entity
@Table(name = "teams_channel")
public class TeamsChannel extends PanacheEntityBase {

    @Id
    @Column(name = "school_id")
    public Long schoolId;

    public byte[] sealed;

    public String hint;

    @Column(name = "set_at")
    public Instant setAt;

    @Column(name = "set_by")
    public String setBy;

    public static boolean existsFor(Long schoolId) {
        return count("schoolId", schoolId) > 0;
    }

    /** What the seal is bound to, so a sealed URL copied to another school's row does not open. */
    static String sealContext(Long schoolId) {
        return "teams_channel:" + schoolId;
    }
}
