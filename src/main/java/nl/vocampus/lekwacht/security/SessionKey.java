package nl.vocampus.lekwacht.security;

import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts the form-login cookie ({@code quarkus.http.auth.session.encryption-key}).
 *
 * <p>Runs before Quarkus starts. When no key is configured, a random one is generated for this process
 * and never logged (Quarkus would otherwise generate one itself and print it in a warning). A generated
 * key is safe but short-lived: sessions end at a restart and do not carry over between replicas, so an
 * installation with more than one instance using form login sets QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY.
 */
public final class SessionKey {

    public static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final Logger LOG = Logger.getLogger(SessionKey.class);

    private SessionKey() {
    }

    public static void generateIfMissing() {
        if (System.getProperty(PROPERTY) != null || System.getenv("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY") != null) {
            return;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        System.setProperty(PROPERTY, Base64.getEncoder().encodeToString(key));
        LOG.info("No session encryption key configured: generated one for this process; logins end when it stops");
    }
}
