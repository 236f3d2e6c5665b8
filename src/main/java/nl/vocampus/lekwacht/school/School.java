package nl.vocampus.lekwacht.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;


@Entity
public class School extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String foundation;

    /** False once the foundation no longer runs the school: no new reports, its history stays readable. */
    public boolean active = true;

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

    public static School findByCode(String code) {
        return code == null ? null : find("code", code.toUpperCase()).firstResult();
    }
}
