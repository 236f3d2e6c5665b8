package nl.vocampus.lekwacht.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code -Dlekwacht.browser-tests=required} on the Maven command line reaches the test JVM as a system
 * property, where the application's configuration would refuse it as an unknown {@code lekwacht.*} name.
 * Declared here for the tests only, and injected by {@link Registration} so every test application (every
 * test profile too) knows it; {@link BrowserTest} decides with the system property before Quarkus starts.
 */
@ConfigMapping(prefix = "lekwacht")
public interface BrowserTestsSetting {

    @WithName("browser-tests")
    @WithDefault("optional")
    String browserTests();

    @jakarta.inject.Singleton
    @io.quarkus.arc.Unremovable
    class Registration {
        @jakarta.inject.Inject
        BrowserTestsSetting setting;
    }
}
