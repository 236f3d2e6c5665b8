package nl.vocampus.lekwacht.support;

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

    @Override
    public Map<String, String> start() {
        try {
            int smtpPort = PackagedApp.freePort();
            int relayPort = PackagedApp.freePort();
            greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
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
