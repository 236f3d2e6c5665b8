package nl.vocampus.lekwacht.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo users with a known password must never sit beside a production database: the service refuses
 * to start in that combination and warns loudly whenever demo mode is on.
 */
public class DemoModeGuard {

    private static final Logger LOG = Logger.getLogger(DemoModeGuard.class);

    void check(@Observes StartupEvent event, LekwachtConfig config,
               @ConfigProperty(name = "lekwacht.embedded-db.active", defaultValue = "false") boolean embeddedDatabase) {
        if (!config.demo().enabled()) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL && !embeddedDatabase) {
            throw new IllegalStateException("Demo mode (lekwacht.demo.enabled=true) is refused with a configured production database");
        }
        LOG.warn("""

                ************************************************************************
                *  DEMO MODE: users medewerker, leidinggevende, privacy and fg exist   *
                *  with the password 'demo'. Never use this mode with real incidents.  *
                ************************************************************************""");
    }
}
