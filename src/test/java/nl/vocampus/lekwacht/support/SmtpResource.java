package nl.vocampus.lekwacht.support;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port, started before Quarkus boots. The application reaches
 * it through a switchable proxy, so a test can take "the mail relay" down and bring it back.
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;
    private static volatile SwitchableProxy relay;
    /** Message-IDs in the order GreenMail accepted them: its own listing goes mailbox by mailbox, not by arrival. */
    private static final Map<String, Long> ARRIVAL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong ARRIVED = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public Map<String, String> start() {
        try {
            int smtpPort = PackagedApp.freePort();
            int relayPort = PackagedApp.freePort();
            greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            UserManager users = greenMail.getUserManager();
            MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
            users.setMessageDeliveryHandler((message, address) -> {
                ARRIVAL.putIfAbsent(String.valueOf(message.getMessage().getMessageID()), ARRIVED.incrementAndGet());
                return deliver.handle(message, address);
            });
            relay = new SwitchableProxy(relayPort, smtpPort);
            relay.up();
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(relayPort));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        relay.down();
        greenMail.stop();
    }

    public static GreenMail server() {
        return greenMail;
    }

    /** When a message first arrived, as a running count: smaller arrived earlier. Unknown ones count as last. */
    public static long arrival(String messageId) {
        return ARRIVAL.getOrDefault(String.valueOf(messageId), Long.MAX_VALUE);
    }

    /** SMTP down: connections are refused and open ones closed. */
    public static void stopServer() {
        relay.down();
    }

    /** SMTP hung: connections are accepted and never answered. */
    public static void hangServer() {
        relay.hang();
    }

    /** The relay closes every open connection; the next send opens a fresh one. */
    public static void dropConnections() {
        relay.dropSessions();
    }

    /** SMTP back. */
    public static void startServer() {
        relay.up();
    }
}
