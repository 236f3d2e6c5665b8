package nl.vocampus.lekwacht.security;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.jboss.logging.Logger;

/**
 * Demo users with a known password must never sit beside a production database: the service refuses
 * to start in that combination and warns loudly whenever demo mode is on.
 */
public class DemoModeGuard {

    private static final Logger LOG = Logger.getLogger(DemoModeGuard.class);

    void check(@Observes StartupEvent event, LekwachtConfig config) {
        if (!config.demo().enabled()) {
            return;
        }
        // Only the prod profile counts as production; an explicit other profile (an integration test) may opt in.
        if (ConfigUtils.getProfiles().contains("prod") && !config.embeddedDb().active()) {
            throw new IllegalStateException("Demo mode (lekwacht.demo.enabled=true) is refused with a configured production database");
        }
        LOG.warn("""

                ************************************************************************
                *  DEMO MODE: users medewerker, leidinggevende, privacy and fg exist   *
                *  with the password 'demo'. Never use this mode with real incidents.  *
                ************************************************************************""");
    }
}
