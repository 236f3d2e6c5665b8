package nl.vocampus.lekwacht.retention;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.audit.AuditPurge;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;

/**
 * Daily: deletes "no breach" incidents and pseudonymises other closed ones once their period after closing has
 * passed ({@link RetentionRule}), each recorded in the audit trail, then purges audit records past their own period. A Quartz job in the clustered store fires on one node; the batches claim their
 * incidents besides, so even two runs at once never handle one incident twice. Periods count in the school's
 * calendar (Europe/Amsterdam): five years after a closing on 3 March is 3 March.
 */
@ApplicationScoped
public class RetentionRun {

    private static final Logger LOG = Logger.getLogger(RetentionRun.class);

    private final RetentionWork work;
    private final AuditPurge auditPurge;
    private final LekwachtConfig config;
    private final Clock clock;

    RetentionRun(RetentionWork work, AuditPurge auditPurge, LekwachtConfig config, Clock clock) {
        this.work = work;
        this.auditPurge = auditPurge;
        this.config = config;
        this.clock = clock;
    }

    /** How many incidents one run deleted and pseudonymised. */
    public record Result(int deleted, int pseudonymised) {
    }

    @Scheduled(identity = "retention", cron = "{lekwacht.retention.cron}", timeZone = "${lekwacht.zone}")
    @Nonconcurrent
    void scheduled() {
        run(clock.instant());
    }

    /** Applies the retention periods as of {@code now}. */
    public Result run(Instant now) {
        int batch = config.retention().batchSize();
        int deleted = 0;
        int pseudonymised = 0;
        try {
            // Deletion first: a "no breach" incident past both periods is deleted, not pseudonymised and kept.
            Instant deleteBefore = before(now, config.retention().deleteNoBreachAfter());
            for (int n; (n = work.deleteNoBreach(deleteBefore, now, batch)) > 0; ) {
                deleted += n;
            }
            Instant pseudonymiseBefore = before(now, config.retention().pseudonymiseAfter());
            for (int n; (n = work.pseudonymise(pseudonymiseBefore, now, batch)) > 0; ) {
                pseudonymised += n;
            }
        } catch (RuntimeException e) {
            // The batch in hand rolled back; the next run takes it up again.
            LOG.errorf("Retention run stopped after %d deleted and %d pseudonymised: %s", deleted, pseudonymised, e.getClass().getName());
        }
        try {
            // The audit trail outlives the incidents it speaks of (lekwacht.audit.keep, 7 years by default).
            auditPurge.purgeExpired();
        } catch (RuntimeException e) {
            LOG.errorf("Audit trail purge failed: %s", e.getClass().getName());
        }
        if (deleted > 0 || pseudonymised > 0) {
            LOG.infof("Retention: %d incident(s) closed as no breach deleted, %d pseudonymised", deleted, pseudonymised);
        }
        return new Result(deleted, pseudonymised);
    }

    private Instant before(Instant now, Period period) {
        return now.atZone(config.zone()).minus(period).toInstant();
    }
}
