package nl.vocampus.lekwacht.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import nl.vocampus.lekwacht.common.TimeLeft;
import nl.vocampus.lekwacht.school.School;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

@Entity
public class Incident extends PanacheEntityBase {

    /** GDPR art. 33: 72 clock hours from awareness, counted on instants so daylight saving cannot shift it. */
    public static final Duration NOTIFICATION_WINDOW = Duration.ofHours(72);

    @Id
    public UUID id;

    public String reference;

    @Enumerated(EnumType.STRING)
    public IncidentKind kind;

    @Enumerated(EnumType.STRING)
    public IncidentStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    public String summary;
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "what_happened")
    public WhatHappened whatHappened;

    @Column(name = "how_discovered")
    public String howDiscovered;

    @Column(name = "occurred_from")
    public Instant occurredFrom;

    @Column(name = "occurred_to")
    public Instant occurredTo;

    @Column(name = "discovered_at")
    public Instant discoveredAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "aware_at")
    public Instant awareAt;

    /** Always awareAt + 72 h (a database check enforces it); stored so lists can sort and index on it. */
    public Instant deadline;

    @Column(name = "notified_ap_at")
    public Instant notifiedApAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When the retention run replaced its free texts and identities; null while they are kept. */
    @Column(name = "pseudonymised_at")
    public Instant pseudonymisedAt;

    @Embedded
    public Device device;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories")
    public String[] dataCategories = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "affected_groups")
    public String[] affectedGroups = new String[0];

    @Column(name = "approximate_people")
    public Integer approximatePeople;

    @Column(name = "measures_taken")
    public String measuresTaken;

    /** The reporter's sign-in name, as shown. */
    public String reporter;

    /** The reporter's stable id (Entra oid or sub): what "own reports" are matched on. */
    @Column(name = "reporter_subject")
    public String reporterSubject;

    /** The reporter named their leidinggevende (rather than leaving it to the school's default). */
    @Column(name = "manager_chosen")
    public boolean managerChosen;

    @Column(name = "reporter_email")
    public String reporterEmail;

    /** 1, then 2, 3, ... after each reopen; escalation steps of later rounds carry the round in their name. */
    public int round = 1;

    /** Set when the overdue notice went out. */
    @Column(name = "overdue_marked_at")
    public Instant overdueMarkedAt;

    /** Storage order, filled in by the database. */
    @Column(name = "created_seq", insertable = false, updatable = false)
    public Long createdSeq;

    @Version
    public long version;

    public void setAwareAt(Instant awareAt) {
        this.awareAt = awareAt;
        this.deadline = awareAt.plus(NOTIFICATION_WINDOW);
    }

    /** Whole hours until the deadline, truncated toward zero; negative once more than an hour has passed ({@link TimeLeft}). */
    public long hoursUntilDeadline(Instant now) {
        return TimeLeft.between(now, deadline).wholeHours();
    }

    /** Past the deadline (0 seconds or less left, {@link TimeLeft}) with no AP decision recorded. */
    public boolean isOverdue(Instant now) {
        return !status.isDecided() && TimeLeft.between(now, deadline).overdue();
    }
}
