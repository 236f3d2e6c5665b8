package nl.vocampus.lekwacht.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** The privacy officer's current assessment of an incident; null columns are facts not known (yet). */
@Entity
public class Assessment extends PanacheEntityBase {

    @Id
    @Column(name = "incident_id")
    public UUID incidentId;

    public boolean confidentiality;
    public boolean integrity;
    public boolean availability;

    /** Overrides the reporter's answer to AP question 5.2 when set. */
    @Enumerated(EnumType.STRING)
    @Column(name = "what_happened")
    public WhatHappened whatHappened;

    /** Null: not recorded; the advisor then cannot call the data harmless. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories")
    public String[] dataCategories;

    @Column(name = "number_of_people")
    public Integer numberOfPeople;

    @Column(name = "number_of_records")
    public Integer numberOfRecords;

    @Column(name = "people_description")
    public String peopleDescription;

    @Column(name = "children_involved")
    public Boolean childrenInvolved;

    @Enumerated(EnumType.STRING)
    public YesNoUnknown encrypted;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_compromised")
    public YesNoUnknown keyCompromised;

    @Column(name = "encryption_description")
    public String encryptionDescription;

    @Enumerated(EnumType.STRING)
    @Column(name = "backup_available")
    public YesNoUnknown backupAvailable;

    @Enumerated(EnumType.STRING)
    @Column(name = "remote_wipe")
    public RemoteWipe remoteWipe;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_known_and_trusted")
    public YesNoUnknown recipientKnownAndTrusted;

    @Enumerated(EnumType.STRING)
    @Column(name = "deletion_confirmed")
    public YesNoUnknown deletionConfirmed;

    @Enumerated(EnumType.STRING)
    public YesNoUnknown exfiltration;

    @Column(name = "unavailability_hours")
    public Integer unavailabilityHours;

    @Column(name = "exam_results_involved")
    public Boolean examResultsInvolved;

    public Boolean theft;

    @Column(name = "account_misuse")
    public Boolean accountMisuse;

    public Boolean ransomware;

    @Enumerated(EnumType.STRING)
    @Column(name = "people_in_other_countries")
    public YesNoUnknown peopleInOtherCountries;

    @Column(name = "foreign_authorities")
    public String foreignAuthorities;

    @Column(name = "other_regulators")
    public String otherRegulators;

    @Column(name = "other_organisations")
    public String otherOrganisations;

    /** The officer's own judgement for AP chapter 9, next to the advisor's suggestion. */
    @Enumerated(EnumType.STRING)
    public Severity severity;

    public String consequences;
    public String cause;

    @Column(name = "measures_taken")
    public String measuresTaken;

    public String notes;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public Instant assessedAt;
}
