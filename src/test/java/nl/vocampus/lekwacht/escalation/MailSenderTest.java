package nl.vocampus.lekwacht.escalation;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.MailBox;
import nl.vocampus.lekwacht.support.SmtpResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sends from many threads at once, as the sweep's parallel senders do, each round over fresh connections
 * (the relay closes every connection between rounds, as its idle timeout does). Driven from
 * the callers' own threads, the Vert.x mail client now and then loses the 220 greeting of a fresh connection
 * and the send hangs until a timeout; every send here must be accepted, each within the send timeout.
 */
@QuarkusTest
class MailSenderTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 50;
    private static final int PER_ROUND = 6;

    @Inject
    MailSender sender;

    @BeforeEach
    void relayUp() {
        SmtpResource.startServer();
        MailBox.clear();
    }

    @Test
    void parallelSendsAreAllAcceptedWithoutAStall() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                SmtpResource.dropConnections();
                List<Future<?>> sends = new ArrayList<>();
                for (int i = 0; i < PER_ROUND; i++) {
                    String subject = "parallel " + round + "-" + i;
                    sends.add(threads.submit(() -> sender.send(Mail.withText("privacy@ssgn.example", subject, "probe"))));
                }
                for (Future<?> send : sends) {
                    try {
                        send.get();
                        sent++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause().getMessage());
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(), failures, "every send accepted within " + sender.timeout());
        assertEquals(ROUNDS * PER_ROUND, sent);
        assertEquals(ROUNDS * PER_ROUND, MailBox.all().stream().filter(m -> m.subject().startsWith("parallel ")).count());
    }
}
