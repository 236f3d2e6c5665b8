package nl.vocampus.lekwacht.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.util.ArrayList;
import java.util.List;

@Entity
public class School extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String foundation;

    /** Controller data for chapter 3 of the AP form; the organisation itself is the foundation. */
    public String address;

    @Column(name = "kvk_number")
    public String kvkNumber;

    public String sector;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_job_title")
    public String contactJobTitle;

    @Column(name = "contact_phone")
    public String contactPhone;

    @OneToMany(mappedBy = "school", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, deputy, id")
    public List<SchoolContact> contacts = new ArrayList<>();

    public static School findByCode(String code) {
        return code == null ? null : find("code", code.toUpperCase()).firstResult();
    }

    public List<SchoolContact> contactsIn(ContactRole role) {
        return contacts.stream().filter(c -> c.role == role).toList();
    }
}
