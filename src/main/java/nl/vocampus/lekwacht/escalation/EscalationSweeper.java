package nl.vocampus.lekwacht.escalation;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.demo.DemoInbox;
import nl.vocampus.lekwacht.demo.SentMessage;
import nl.vocampus.lekwacht.problem.SafeLog;
import nl.vocampus.lekwacht.teams.TeamsPoster;
import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends what is due. One clustered Quartz job runs it on one node at a time; the lease taken with
 * FOR UPDATE SKIP LOCKED keeps two sweeps apart even without Quartz. Mail is sent outside every
 * transaction, and a step becomes SENT only after the SMTP server accepted its message, or Workflows its Teams card.
 */
@ApplicationScoped
public class EscalationSweeper {

    private static final Logger LOG = Logger.getLogger(EscalationSweeper.class);
    private static final int MAX_ROUNDS = 50;

    private final Clock clock;
    private final StepStore store;
    private final MailComposer composer;
    private final EscalationMailer mailer;
    private final DailyDigest digest;
    private final TeamsComposer teamsComposer;
    private final TeamsPoster teams;
    private final DemoInbox inbox;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private final ExecutorService senders;

    EscalationSweeper(Clock clock, StepStore store, MailComposer composer, EscalationMailer mailer, DailyDigest digest,
                      TeamsComposer teamsComposer, TeamsPoster teams, DemoInbox inbox, LekwachtConfig config) {
        this.digest = digest;
        this.teamsComposer = teamsComposer;
        this.teams = teams;
        this.inbox = inbox;
        this.senders = Executors.newFixedThreadPool(config.escalation().senders(), runnable -> {
            Thread thread = new Thread(runnable, "escalation-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.clock = clock;
        this.store = store;
        this.composer = composer;
        this.mailer = mailer;
    }

    @Scheduled(identity = "escalation-sweep", every = "{lekwacht.escalation.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Nonconcurrent
    void scheduled() {
        SweepResult result = sweep(clock.instant());
        if (result.claimed() > 0) {
            LOG.infof("Escalation sweep on %s: %d steps claimed, %d sent in %d mails, %d retrying, %d failed, %d cancelled",
                    instance, result.claimed(), result.sent(), result.mails(), result.retrying(), result.failed(), result.cancelled());
        }
    }

    /** Sends everything due at {@code now}, in rounds of at most batch-size incidents, then the digests still due. */
    public SweepResult sweep(Instant now) {
        SweepResult total = new SweepResult(0, 0, 0, 0, 0, 0);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<ClaimedStep> claimed = store.claim(now, instance);
            if (claimed.isEmpty()) {
                break;
            }
            total = total.plus(send(claimed, now));
        }
        digest.deliverDue(now);
        return total;
    }

    /** The incidents are handled in parallel: sending is mostly waiting for the SMTP server and the database. */
    private SweepResult send(List<ClaimedStep> claimed, Instant now) {
        Map<UUID, List<ClaimedStep>> byIncident = new LinkedHashMap<>();
        claimed.forEach(step -> byIncident.computeIfAbsent(step.incidentId(), id -> new ArrayList<>()).add(step));
        List<Future<SweepResult>> results = new ArrayList<>();
        byIncident.forEach((incident, steps) -> results.add(senders.submit(() -> sendFor(incident, steps, now))));
        SweepResult total = new SweepResult(0, 0, 0, 0, 0, 0);
        for (Future<SweepResult> result : results) {
            try {
                total = total.plus(result.get());
            } catch (ExecutionException e) {
                // The steps stay leased and PENDING; another sweep takes them once the lease ends.
                SafeLog.error(LOG, "Escalation sending failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new SweepResult(claimed.size(), total.sent(), total.retrying(), total.failed(), total.cancelled(), total.mails());
    }

    private SweepResult sendFor(UUID incident, List<ClaimedStep> steps, Instant now) {
        List<ClaimedStep> byMail = steps.stream().filter(s -> s.channel() == StepChannel.MAIL).toList();
        List<ClaimedStep> toTeams = steps.stream().filter(s -> s.channel() == StepChannel.TEAMS).toList();
        SweepResult mailed = byMail.isEmpty() ? new SweepResult(0, 0, 0, 0, 0, 0) : mail(incident, byMail, now);
        return toTeams.isEmpty() ? mailed : mailed.plus(post(incident, toTeams, now));
    }

    private SweepResult mail(UUID incident, List<ClaimedStep> steps, Instant now) {
        int sent = 0, retrying = 0, failed = 0, cancelled = 0, mails = 0;
        MailComposer.Composition composition = composer.compose(incident, steps, now);
        if (!composition.cancelled().isEmpty()) {
            store.cancel(composition.cancelled(), "decision recorded");
            cancelled += composition.cancelled().size();
        }
        for (OutboundMail mail : composition.mails()) {
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                // The reason only: never the message, which names the incident's people.
                String reason = e instanceof MailSender.MailNotSentException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
                if (store.markFailedAttempt(mail.stepIds(), reason, clock.instant())) {
                    failed += mail.stepIds().size();
                    LOG.errorf("Escalation %s of incident %s FAILED after the last attempt: %s", mail.step(), incident, reason);
                } else {
                    retrying += mail.stepIds().size();
                    LOG.warnf("Escalation %s of incident %s not sent, will retry: %s", mail.step(), incident, reason);
                }
                continue;
            }
            store.markSent(mail, clock.instant());
            sent += mail.stepIds().size();
            mails++;
        }
        return new SweepResult(steps.size(), sent, retrying, failed, cancelled, mails);
    }

    /** The incident's due Teams steps as one card; a failed post is retried as a failed mail is. Counted among the messages. */
    private SweepResult post(UUID incident, List<ClaimedStep> steps, Instant now) {
        int sent = 0, retrying = 0, failed = 0, cancelled = 0, posts = 0;
        TeamsComposer.Composition composition = teamsComposer.compose(incident, steps, now);
        if (!composition.cancelledByDecision().isEmpty()) {
            store.cancel(composition.cancelledByDecision(), "decision recorded");
            cancelled += composition.cancelledByDecision().size();
        }
        if (!composition.cancelledNoChannel().isEmpty()) {
            store.cancel(composition.cancelledNoChannel(), TeamsComposer.NO_CHANNEL);
            cancelled += composition.cancelledNoChannel().size();
        }
        List<Long> attempted = composition.post().map(TeamsComposer.TeamsPost::stepIds).orElse(composition.unreadable());
        String reason = composition.unreadableReason();
        if (composition.post().isPresent()) {
            TeamsComposer.TeamsPost post = composition.post().get();
            try {
                teams.post(post.channel().url(), post.message());
                Instant sentAt = clock.instant();
                store.markSent(post.stepIds(), post.step(), post.kind(), post.channel().label(), sentAt);
                inbox.keep(new SentMessage(SentMessage.Channel.TEAMS, sentAt, List.of(post.channel().label()), post.heading(),
                        post.text(), null, List.of()));
                return new SweepResult(steps.size(), post.stepIds().size(), 0, 0, cancelled, 1);
            } catch (TeamsPoster.PostFailedException e) {
                reason = e.getMessage();
            }
        }
        if (!attempted.isEmpty()) {
            // The post's step and incident only: never the channel's URL, which carries its signature.
            String step = composition.post().map(TeamsComposer.TeamsPost::step).orElse("Teams");
            if (store.markFailedAttempt(attempted, reason, clock.instant())) {
                failed += attempted.size();
                LOG.errorf("Teams post %s of incident %s FAILED after the last attempt: %s", step, incident, reason);
            } else {
                retrying += attempted.size();
                LOG.warnf("Teams post %s of incident %s not sent, will retry: %s", step, incident, reason);
            }
        }
        return new SweepResult(steps.size(), sent, retrying, failed, cancelled, posts);
    }

    @PreDestroy
    void stopSenders() {
        senders.shutdown();
    }
}
