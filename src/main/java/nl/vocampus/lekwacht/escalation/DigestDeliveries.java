package nl.vocampus.lekwacht.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.LekwachtConfig;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The short transactions of the daily digest's delivery, the same shape as {@link StepStore}'s: plan,
 * lease what is due (FOR UPDATE SKIP LOCKED, so two nodes never send the same digest), then record the
 * outcome after the SMTP server answered.
 */
@ApplicationScoped
public class DigestDeliveries {

    private final EntityManager em;
    private final StepStore steps;
    private final LekwachtConfig.Escalation config;

    DigestDeliveries(EntityManager em, StepStore steps, LekwachtConfig config) {
        this.em = em;
        this.steps = steps;
        this.config = config.escalation();
    }

    /** One digest per school and day, due at once; planning it twice (two nodes, a rerun) changes nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void plan(List<Long> schoolIds, LocalDate date, Instant now) {
        for (Long school : schoolIds) {
            em.createNativeQuery("""
                            insert into digest_delivery (school_id, digest_date, planned_at) values (:school, :date, :now)
                            on conflict (school_id, digest_date) do nothing""")
                    .setParameter("school", school)
                    .setParameter("date", date)
                    .setParameter("now", Timestamp.from(now))
                    .executeUpdate();
        }
    }

    /** A digest of an earlier day is not sent any more once a newer one is due: it would only say less. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(Instant now, LocalDate today) {
        em.createNativeQuery("update digest_delivery set status = 'CANCELLED', lease_until = null where status = 'PENDING' and digest_date < :today")
                .setParameter("today", today)
                .executeUpdate();
        List<Object[]> rows = em.createNativeQuery("""
                        with due as (
                            select id from digest_delivery
                            where status = 'PENDING'
                              and coalesce(next_attempt_at, planned_at) <= :now
                              and (lease_until is null or lease_until < :now)
                            for update skip locked)
                        update digest_delivery d
                        set lease_until = :leaseUntil, attempts = d.attempts + 1
                        from due where d.id = due.id
                        returning d.id, d.school_id, d.digest_date""")
                .setParameter("now", Timestamp.from(now))
                .setParameter("leaseUntil", Timestamp.from(now.plus(config.lease())))
                .getResultList();
        return rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2])).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id, Instant now) {
        em.createNativeQuery("update digest_delivery set status = 'SENT', sent_at = :now, lease_until = null, last_error = null where id = :id")
                .setParameter("now", Timestamp.from(now))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Nothing to send after all (the incidents were decided meanwhile, or the school has no privacy officer). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cancel(long id, String reason) {
        em.createNativeQuery("update digest_delivery set status = 'CANCELLED', lease_until = null, last_error = :reason where id = :id")
                .setParameter("reason", reason)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Retried with the escalations' backoff; FAILED after as many attempts. Returns true when it gave up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markFailedAttempt(long id, String error, Instant now) {
        Number attempts = (Number) em.createNativeQuery("select attempts from digest_delivery where id = :id").setParameter("id", id).getSingleResult();
        boolean gaveUp = attempts.intValue() >= config.maxAttempts();
        em.createNativeQuery("""
                        update digest_delivery set lease_until = null, last_error = :error,
                               status = case when :gaveUp then 'FAILED' else status end,
                               next_attempt_at = :next
                        where id = :id""")
                .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter("gaveUp", gaveUp)
                .setParameter("next", Timestamp.from(now.plus(steps.backoff(attempts.intValue()))))
                .setParameter("id", id)
                .executeUpdate();
        return gaveUp;
    }

    public record Claimed(long id, long schoolId, LocalDate date) {
    }
}
