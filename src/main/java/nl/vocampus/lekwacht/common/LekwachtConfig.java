package nl.vocampus.lekwacht.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "lekwacht")
public interface LekwachtConfig {

    /** The zone in which times are shown to people; instants are stored in UTC. */
    ZoneId zone();

    /** How far a client clock may run ahead before a moment counts as "in the future". */
    Duration clockSkew();

    /** Base URL of the web pages, for links in e-mail. */
    String baseUrl();

    Demo demo();

    interface Demo {
        /** Demo users with the password "demo"; only for the embedded default or explicit opt-in. */
        @WithDefault("false")
        boolean enabled();
    }
}
