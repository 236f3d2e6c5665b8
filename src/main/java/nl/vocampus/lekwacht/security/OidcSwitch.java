package nl.vocampus.lekwacht.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Switches OpenID Connect (Microsoft Entra ID) on exactly when {@code quarkus.oidc.auth-server-url} is set.
 *
 * <p>quarkus-oidc refuses to start a default tenant without a server URL, so application.properties turns
 * the tenant off; this source (ordinal 260, above application.properties and below environment variables
 * and system properties) turns it back on once an operator configures QUARKUS_OIDC_AUTH_SERVER_URL.
 * QUARKUS_OIDC_TENANT_ENABLED still overrides it either way.
 */
public class OidcSwitch implements ConfigSourceFactory {

    static final String URL = "quarkus.oidc.auth-server-url";
    static final String ENABLED = "quarkus.oidc.tenant-enabled";
    static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(Map.of(ENABLED, String.valueOf(configured(context.getValue(URL)))),
                "lekwacht-oidc-switch", ORDINAL));
    }

    static boolean configured(ConfigValue url) {
        return url != null && url.getValue() != null && !url.getValue().isBlank();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
