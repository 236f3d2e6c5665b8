package nl.vocampus.lekwacht.escalation;

import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.demo.DemoInbox;
import nl.vocampus.lekwacht.demo.SentMessage;
import org.jboss.logging.Logger;

import java.nio.channels.ClosedChannelException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands every message to the SMTP relay from one Vert.x event-loop context, and gives each send a
 * deadline shorter than a step's lease.
 *
 * <p>Why one context: the Vert.x mail client is not safe to drive from many threads. Its connection pool
 * hands a connection made on one event loop to a caller on another, and the caller installs the socket's
 * reply handler from its own thread; a reply (the 220 greeting of a fresh connection, or the answer to
 * RSET on a pooled one) that arrives before that handler is in place is dropped, and the client then
 * waits for it forever while the server waits for the client. Sends from a pool of blocking threads hit
 * this a few times in a hundred; confined to one context the same load never does. One event loop
 * drives any number of SMTP conversations at once, so nothing is lost in throughput.
 *
 * <p>Why a deadline: a relay that accepts a connection and never answers would otherwise hold a send
 * until the mailer's own timeout, longer than the lease that keeps other instances off the step.
 *
 * <p>Why one more try: a pooled connection that the relay closed (a restart, an idle timeout shorter than
 * the pool's) is handed out before the client notices, and the send fails at once with a closed channel.
 * Such a send is made once more, over a fresh connection, within the same deadline.
 */
@ApplicationScoped
@Startup
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;
    private final Context context;
    private final Duration timeout;
    private final DemoInbox inbox;
    private final Clock clock;

    MailSender(ReactiveMailer mailer, Vertx vertx, LekwachtConfig config, DemoInbox inbox, Clock clock) {
        this.mailer = mailer;
        this.inbox = inbox;
        this.clock = clock;
        // Taken once: from a thread outside Vert.x this is a new event-loop context, kept for every send.
        this.context = vertx.getOrCreateContext();
        this.timeout = config.mail().sendTimeout();
        // Checked at start (the bean is eager), so a wrong setting stops the service instead of every send.
        if (timeout.compareTo(config.escalation().lease()) >= 0) {
            throw new IllegalStateException("lekwacht.mail.send-timeout (" + timeout + ") must be shorter than lekwacht.escalation.lease ("
                    + config.escalation().lease() + "), or another instance may send the same step while this one still waits");
        }
    }

    /** Starts sending; the future completes when the relay accepted the message, or fails (at the latest after the timeout). */
    public CompletableFuture<Void> sendAsync(Mail mail) {
        return attempt(mail)
                .exceptionallyCompose(failure -> closedConnection(failure) ? attempt(mail) : CompletableFuture.failedFuture(failure))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<Void> attempt(Mail mail) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        context.runOnContext(ignored -> mailer.send(mail).subscribe().with(ok -> accepted.complete(null), accepted::completeExceptionally));
        return accepted;
    }

    /** The connection was gone before the relay answered: the relay did not take the message over it. */
    static boolean closedConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.startsWith("Connection was closed") || message.startsWith("socket was closed unexpected"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Blocks until the relay accepted the message; throws {@link MailNotSentException} when it did not. In demo mode
     * the accepted message is kept for the demo inbox too.
     */
    public void send(Mail mail) {
        try {
            sendAsync(mail).get();
            keep(mail);
        } catch (ExecutionException e) {
            throw MailNotSentException.of(e.getCause(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailNotSentException("interrupted while sending", e);
        }
    }

    /**
     * The relay took the message, so a failure to keep it must not count as a failed send (which would send it again):
     * it is logged, without the message.
     */
    private void keep(Mail mail) {
        try {
            inbox.keep(new SentMessage(SentMessage.Channel.MAIL, clock.instant(), mail.getTo(), mail.getSubject(), mail.getText(),
                    mail.getHtml(), mail.getAttachments().stream().map(Attachment::getName).toList()));
        } catch (RuntimeException e) {
            LOG.warnf("A sent mail was not kept for the demo inbox: %s", e.getClass().getSimpleName());
        }
    }

    public Duration timeout() {
        return timeout;
    }

    /** The relay did not accept a message; the message says why in SMTP terms, never what was in the mail. */
    public static class MailNotSentException extends RuntimeException {
        MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }

        static MailNotSentException of(Throwable cause, Duration timeout) {
            if (cause instanceof TimeoutException) {
                return new MailNotSentException("the SMTP relay did not accept the message within " + timeout, cause);
            }
            return new MailNotSentException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
