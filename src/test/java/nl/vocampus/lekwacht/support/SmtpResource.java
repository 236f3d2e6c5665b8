package nl.vocampus.lekwacht.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real SMTP server (GreenMail) on a free port, started before Quarkus boots. */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        try {
            port = PackagedApp.freePort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static GreenMail server() {
        return greenMail;
    }

    /** SMTP down, as when the school's mail relay is out. */
    public static synchronized void stopServer() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** SMTP back on the same port. */
    public static synchronized void startServer() {
        if (greenMail == null) {
            GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            greenMail = server;
        }
    }
}
