package nl.vocampus.lekwacht.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.audit.AuditTrail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One batch of the retention run, in its own transaction: the incidents are claimed with FOR UPDATE SKIP LOCKED,
 * so two nodes (or a run overlapping a slow one) never work on the same incident, and a failure rolls back one
 * batch only. Every statement is plain SQL on the tables, so a column is never missed for want of an entity.
 */
@ApplicationScoped
class RetentionWork {

    /** What replaces a text that held something; a text that was empty stays empty. */
    static final String MARKER = "[gepseudonimiseerd]";

    /** Closed, assessed as no breach of confidentiality, integrity or availability, never notified. */
    private static final String NO_BREACH = """
            i.status = 'CLOSED' and i.closed_at < :before
            and exists (select 1 from assessment a where a.incident_id = i.id
                        and not a.confidentiality and not a.integrity and not a.availability)
            and not exists (select 1 from decision d where d.incident_id = i.id and d.notify_ap)
            and not exists (select 1 from filing f where f.incident_id = i.id)
            and i.notified_ap_at is null""";

    private final EntityManager em;
    private final Event<IncidentPseudonymised> pseudonymised;
    private final Event<IncidentDeleted> deleted;
    private final AuditTrail audit;

    RetentionWork(EntityManager em, Event<IncidentPseudonymised> pseudonymised, Event<IncidentDeleted> deleted, AuditTrail audit) {
        this.em = em;
        this.pseudonymised = pseudonymised;
        this.deleted = deleted;
        this.audit = audit;
    }

    record Claimed(UUID id, String reference, String schoolCode) {
    }

    /** Deletes up to {@code batch} "no breach" incidents closed before {@code before}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int deleteNoBreach(Instant before, Instant now, int batch) {
        List<Claimed> claimed = claim("select i.id, i.reference, s.code from incident i join school s on s.id = i.school_id where "
                + NO_BREACH + " order by i.closed_at, i.id limit :batch for update of i skip locked", before, batch);
        for (Claimed c : claimed) {
            String reference = c.reference() == null ? c.id().toString() : c.reference();
            // The demo inbox is the one place a message about it is kept.
            em.createNativeQuery("delete from demo_message where " + mentions()).setParameter("reference", reference)
                    .setParameter("id", c.id().toString()).executeUpdate();
            for (String table : List.of("incident_event", "escalation_step", "filing", "informing", "decision", "assessment", "incident_manager")) {
                em.createNativeQuery("delete from " + table + " where incident_id = :id").setParameter("id", c.id()).executeUpdate();
            }
            em.createNativeQuery("delete from incident where id = :id").setParameter("id", c.id()).executeUpdate();
            audit.recordSystem(AuditAction.DELETE_NO_BREACH, c.id(), c.schoolCode());
            deleted.fire(new IncidentDeleted(c.id(), c.reference(), c.schoolCode(), now));
        }
        return claimed.size();
    }

    /** Pseudonymises up to {@code batch} closed incidents closed before {@code before}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int pseudonymise(Instant before, Instant now, int batch) {
        List<Claimed> claimed = claim("""
                select i.id, i.reference, s.code from incident i join school s on s.id = i.school_id
                where i.status = 'CLOSED' and i.pseudonymised_at is null and i.closed_at < :before
                order by i.closed_at, i.id limit :batch for update of i skip locked""", before, batch);
        for (Claimed c : claimed) {
            pseudonymiseOne(c, now);
            audit.recordSystem(AuditAction.PSEUDONYMISE, c.id(), c.schoolCode());
            pseudonymised.fire(new IncidentPseudonymised(c.id(), c.schoolCode(), now));
        }
        return claimed.size();
    }

    private void pseudonymiseOne(Claimed c, Instant now) {
        UUID id = c.id();
        // The history first: it names the reporter, who is replaced in the incident below.
        update("""
                update incident_event e set detail = %s, actor = case when e.actor = i.reporter then :m else e.actor end
                from incident i where i.id = e.incident_id and e.incident_id = :id""".formatted(replaced("e.detail")), id);
        update("update assessment set " + replacedColumns("people_description", "encryption_description", "foreign_authorities",
                "other_regulators", "other_organisations", "consequences", "cause", "measures_taken", "notes") + " where incident_id = :id", id);
        update("update decision set reasoning = :m, " + replacedColumns("delay_reason") + " where incident_id = :id", id);
        update("update filing set " + replacedColumns("delay_reason", "note") + " where incident_id = :id", id);
        update("update informing set " + replacedColumns("note") + " where incident_id = :id", id);
        // Who a step went to (addresses) and what the relay answered.
        update("update escalation_step set " + replacedColumns("sent_to", "note", "last_error") + " where incident_id = :id", id);
        String reference = c.reference() == null ? id.toString() : c.reference();
        em.createNativeQuery("update demo_message set subject = :m, " + replacedColumns("text_body", "html_body")
                        + " where " + mentions())
                .setParameter("m", MARKER).setParameter("reference", reference).setParameter("id", id.toString()).executeUpdate();
        em.createNativeQuery("update incident set summary = :m, description = :m, reporter = :m, reporter_subject = :m, reporter_email = null, "
                        + replacedColumns("how_discovered", "measures_taken", "device_asset_tag", "device_serial_number",
                        "device_last_known_location", "police_report_number")
                        + ", pseudonymised_at = :now, version = version + 1 where id = :id")
                .setParameter("m", MARKER).setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim(String sql, Instant before, int batch) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("before", before).setParameter("batch", batch).getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    private void update(String sql, UUID id) {
        em.createNativeQuery(sql).setParameter("m", MARKER).setParameter("id", id).executeUpdate();
    }

    /** A demo message that names the incident by its reference or links to it. */
    private static String mentions() {
        return "(strpos(subject, :reference) > 0 or strpos(coalesce(text_body, ''), :reference) > 0 "
                + "or strpos(coalesce(html_body, ''), :reference) > 0 or strpos(coalesce(text_body, ''), :id) > 0 "
                + "or strpos(coalesce(html_body, ''), :id) > 0)";
    }

    private static String replaced(String column) {
        return "case when " + column + " is null or " + column + " = '' then " + column + " else :m end";
    }

    private static String replacedColumns(String... columns) {
        return String.join(", ", java.util.Arrays.stream(columns).map(c -> c + " = " + replaced(c)).toList());
    }
}
