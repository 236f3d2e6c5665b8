package nl.vocampus.lekwacht.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The keys of the pages' cookies: the one that encrypts the form-login cookie
 * ({@code quarkus.http.auth.session.encryption-key}) and the one that signs the CSRF token
 * ({@code quarkus.rest-csrf.token-signature-key}).
 *
 * <p>When no source Quarkus reads (environment, {@code .env}, {@code config/application.properties}, ...)
 * configures a key, a random one is generated for this process and never logged (Quarkus would otherwise
 * generate the session key itself and print it in a warning, and leave the CSRF token unsigned). A generated key is
 * safe but short-lived: logins and open forms end at a restart and do not carry over between replicas, so an
 * installation with more than one instance configures both keys. Ordinal 255 keeps any configured key above these.
 */
public class CookieKeys implements ConfigSourceFactory {

    public static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";
    public static final String CSRF_KEY = "quarkus.rest-csrf.token-signature-key";
    private static final int ORDINAL = 255;
    private static final Map<String, String> GENERATED = Map.of(SESSION_KEY, generate(), CSRF_KEY, generate());

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> missing = new HashMap<>();
        GENERATED.forEach((property, key) -> {
            ConfigValue configured = context.getValue(property);
            if (configured == null || configured.getValue() == null || configured.getValue().isBlank()) {
                missing.put(property, key);
            }
        });
        return missing.isEmpty() ? List.of()
                : List.of(new PropertiesConfigSource(missing, "lekwacht-generated-cookie-keys", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
