package nl.vocampus.lekwacht.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Decides "embedded or not" from Quarkus's own configuration: every source it reads (system properties,
 * environment, {@code .env}, {@code config/application.properties}, application.properties) with the active
 * profile. Only when none of them names a datasource URL is the embedded PostgreSQL started, and this source
 * then supplies its URL and switches the demo users on by default; without an SMTP relay configured, the demo's
 * mails go to the demo inbox only (the mock mailer).
 *
 * <p>Ordinal 255: above the packaged application.properties (whose {@code lekwacht.demo.enabled=false} the
 * embedded default overrides), below every source an operator writes, so an explicit
 * {@code LEKWACHT_DEMO_ENABLED=false} still wins. Only the launched service starts a database
 * ({@link #LAUNCHED}, set by the main class): never the build, never a test.
 */
public class EmbeddedDatabaseSwitch implements ConfigSourceFactory {

    /** Set by the main class of the service; nothing else starts an embedded database. */
    public static final String LAUNCHED = "nl.vocampus.lekwacht.launched";
    static final int ORDINAL = 255;
    static final String MAILER_HOST = "quarkus.mailer.host";
    static final String DEMO = "lekwacht.demo.enabled";
    /** The packaged application.properties; anything above it is the operator's. */
    private static final int PACKAGED_DEFAULTS = 250;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!Boolean.getBoolean(LAUNCHED) || present(context.getValue(EmbeddedDatabase.DATASOURCE_URL))) {
            return List.of();
        }
        Path dataDir = Path.of(valueOr(context, EmbeddedDatabase.DATA_DIR_PROPERTY, "data")).toAbsolutePath();
        int port = Integer.parseInt(valueOr(context, EmbeddedDatabase.PORT_PROPERTY, "0"));
        Map<String, String> settings = new HashMap<>(EmbeddedDatabase.startOnce(dataDir, port));
        settings.put("lekwacht.embedded-db.active", "true");
        settings.put("lekwacht.demo.enabled", "true");
        if (!operatorSet(context.getValue(MAILER_HOST)) && !switchedOff(context.getValue(DEMO))) {
            // A laptop trying the demo has no SMTP relay: the mails are then delivered to the demo inbox only
            // (/demo/postvak), and the mock mailer's own log line, which would carry the mail's text, is off.
            settings.put("quarkus.mailer.mock", "true");
            settings.put("quarkus.log.category.\"quarkus-mailer\".level", "WARN");
        }
        return List.of(new PropertiesConfigSource(settings, "lekwacht-embedded-database", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    static boolean present(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    /** Set by the operator: in a source above the packaged defaults (config file, .env, environment, -D). */
    static boolean operatorSet(ConfigValue value) {
        return present(value) && value.getConfigSourceOrdinal() > PACKAGED_DEFAULTS;
    }

    private static boolean switchedOff(ConfigValue demo) {
        return operatorSet(demo) && demo.getConfigSourceOrdinal() > ORDINAL && "false".equalsIgnoreCase(demo.getValue().strip());
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return present(value) ? value.getValue() : fallback;
    }
}
