package nl.vocampus.lekwacht.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The key that encrypts the form-login cookie ({@code quarkus.http.auth.session.encryption-key}).
 *
 * <p>When no source Quarkus reads (environment, {@code .env}, {@code config/application.properties}, ...)
 * configures a key, a random one is generated for this process and never logged (Quarkus would otherwise
 * generate one itself and print it in a warning). A generated key is safe but short-lived: sessions end at a
 * restart and do not carry over between replicas, so an installation with more than one instance using form
 * login configures the key. Ordinal 255 keeps any configured key above this one.
 */
public class SessionKey implements ConfigSourceFactory {

    public static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final int ORDINAL = 255;
    private static final String GENERATED = generate();

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(PROPERTY);
        if (configured != null && configured.getValue() != null && !configured.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(PROPERTY, GENERATED), "lekwacht-generated-session-key", ORDINAL));
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
