package nl.vocampus.lekwacht.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import nl.vocampus.lekwacht.common.Language;
import nl.vocampus.lekwacht.common.LanguageColumn;
import nl.vocampus.lekwacht.school.School;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One person in a school's directory: someone Lekwacht mails, and whose sign-in holds roles there. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    /** The identity provider's stable id (Entra oid, or sub); null until known. */
    public String subject;

    @Column(name = "sign_in_name")
    public String signInName;

    public String name;
    public String email;

    /** Application role names ({@link SchoolRole#role()}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles = new String[0];

    @Column(name = "default_manager")
    public boolean defaultManager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_id")
    public Person deputy;

    public boolean active = true;

    /** The language of the mails this person gets. */
    @Convert(converter = LanguageColumn.class)
    public Language language = Language.NL;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    public List<Absence> absences = new ArrayList<>();

    public boolean has(SchoolRole role) {
        return Arrays.asList(roles).contains(role.role());
    }

    /** The absence that covers {@code now}, if any. */
    public Optional<Absence> absenceAt(Instant now) {
        return absences.stream().filter(a -> a.covers(now)).findFirst();
    }

    public static List<Person> activeOf(School school) {
        return list("school = ?1 and active = true order by name, id", school);
    }
}
