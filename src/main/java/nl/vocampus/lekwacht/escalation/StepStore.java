package nl.vocampus.lekwacht.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.LekwachtConfig;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The short transactions of a sweep. Claiming takes a lease and commits at once, so no lock is held
 * while mail is sent; marking the outcome is a second transaction after the SMTP server answered.
 */
@ApplicationScoped
public class StepStore {

    private final EntityManager em;
    private final LekwachtConfig.Escalation config;

    StepStore(EntityManager em, LekwachtConfig config) {
        this.em = em;
        this.config = config.escalation();
    }

    /**
     * Leases every due step of up to batchSize incidents. All due steps of an incident are claimed
     * together so a late report can be answered with one message.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<ClaimedStep> claim(Instant now, String instance) {
        List<Object[]> rows = em.createNativeQuery("""
                        with due as (
                            select id from escalation_step
                            where status = 'PENDING'
                              and coalesce(next_attempt_at, due_at) <= :now
                              and (lease_until is null or lease_until < :now)
                              and incident_id in (
                                  select incident_id from escalation_step
                                  where status = 'PENDING'
                                    and coalesce(next_attempt_at, due_at) <= :now
                                    and (lease_until is null or lease_until < :now)
                                  group by incident_id
                                  order by min(due_at)
                                  limit :batch)
                            for update skip locked)
                        update escalation_step s
                        set lease_until = :leaseUntil, claimed_by = :instance, attempts = s.attempts + 1
                        from due where s.id = due.id
                        returning s.id, s.incident_id, s.step, s.kind, s.due_at, s.attempts, s.channel""")
                .setParameter("now", Timestamp.from(now))
                .setParameter("leaseUntil", Timestamp.from(now.plus(config.lease())))
                .setParameter("instance", instance)
                .setParameter("batch", config.batchSize())
                .getResultList();
        return rows.stream().map(r -> new ClaimedStep(((Number) r[0]).longValue(), uuid(r[1]), (String) r[2],
                StepKind.valueOf((String) r[3]), toInstant(r[4]), ((Number) r[5]).intValue(), StepChannel.valueOf((String) r[6]))).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(OutboundMail mail, Instant now) {
        markSent(mail.stepIds(), mail.step(), mail.kind(), String.join(", ", mail.to()), now);
    }

    /**
     * The steps went out as one message named for {@code mainStep}; {@code sentTo} says where (addresses, or a Teams
     * channel's hint, never its URL).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(List<Long> stepIds, String mainStep, StepKind kind, String sentTo, Instant now) {
        for (Long id : stepIds) {
            EscalationStep step = EscalationStep.findById(id);
            if (step.status != StepStatus.PENDING) {
                continue;
            }
            step.status = StepStatus.SENT;
            step.sentAt = now;
            step.sentTo = sentTo.length() > 4000 ? sentTo.substring(0, 4000) : sentTo;
            step.leaseUntil = null;
            step.lastError = null;
            if (!step.step.equals(mainStep)) {
                step.note = "sent within " + mainStep + " (already due when it could first be sent)";
            }
        }
        if (kind == StepKind.OVERDUE) {
            em.createNativeQuery("update incident set overdue_marked_at = :now where id = (select incident_id from escalation_step where id = :step) and overdue_marked_at is null")
                    .setParameter("now", Timestamp.from(now))
                    .setParameter("step", stepIds.get(0))
                    .executeUpdate();
        }
    }

    /** A failed send: retry later with exponential backoff, or give up visibly after maxAttempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markFailedAttempt(List<Long> stepIds, String error, Instant now) {
        boolean gaveUp = false;
        for (Long id : stepIds) {
            EscalationStep step = EscalationStep.findById(id);
            if (step.status != StepStatus.PENDING) {
                continue;
            }
            step.leaseUntil = null;
            step.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
            if (step.attempts >= config.maxAttempts()) {
                step.status = StepStatus.FAILED;
                gaveUp = true;
            } else {
                step.nextAttemptAt = now.plus(backoff(step.attempts));
            }
        }
        return gaveUp;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cancel(List<Long> stepIds, String reason) {
        EscalationStep.update("status = ?1, note = ?2, leaseUntil = null where id in ?3 and status = ?4",
                StepStatus.CANCELLED, reason, stepIds, StepStatus.PENDING);
    }

    /** The delay before the next attempt: retryBase doubled per attempt, at most retryMax. Shared by steps and digests. */
    public Duration backoff(int attempts) {
        Duration delay = config.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.retryMax()) > 0 ? config.retryMax() : delay;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
