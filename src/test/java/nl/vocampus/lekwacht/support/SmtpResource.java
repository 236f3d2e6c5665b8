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
            // A client that stalls is cut off after 5 s instead of GreenMail's 30 s, so a retry follows soon.
            greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            createMailboxes(greenMail);
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

    /** Every address the tests send to. */
    public static final List<String> ADDRESSES = List.of("leidinggevende@ssgn.example", "privacy@ssgn.example",
            "privacy-plv@ssgn.example", "fg@vocampus.example", "directie@ssgn.example", "medewerker@ssgn.example",
            "fg@ssgn.example", "nieuwe-privacy@ssgn.example", "po@rustig.example", "probe@ssgn.example");

    /**
     * GreenMail creates a mailbox on the first delivery to an address; two connections doing that at
     * once can stall one of them until its 30 s socket timeout. Real SMTP servers have their mailboxes.
     */
    public static void createMailboxes(GreenMail server) {
        ADDRESSES.forEach(address -> server.setUser(address, address, address));
    }

    public static GreenMail server() {
        return greenMail;
    }

    private static volatile boolean settled;

    /** SMTP down: connections are refused and open ones closed. */
    public static void stopServer() {
        settled = false;
        relay.down();
    }

    /**
     * A new session through the test relay now and then stalls until GreenMail's 30 s socket timeout
     * (seen only in @QuarkusTest runs, never against a real relay); a probe opens the pooled
     * connection first, at start and after an outage, so a test's own mail goes over a working one.
     */
    public static void settle(java.util.function.Consumer<String> sendProbe) {
        if (settled) {
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                sendProbe.accept("probe@ssgn.example");
                break;
            } catch (RuntimeException e) {
                // stalled or refused: try again
            }
        }
        settled = true;
    }

    /** SMTP back. */
    public static void startServer() {
        relay.up();
    }
}
