package nl.vocampus.lekwacht;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import nl.vocampus.lekwacht.database.EmbeddedDatabase;
import nl.vocampus.lekwacht.security.SessionKey;

/**
 * Starts the embedded PostgreSQL before Quarkus when no datasource is configured, because the
 * datasource and Flyway are initialised before any CDI start-up event could start it.
 */
@QuarkusMain
public class LekwachtMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatasourceConfigured();
        SessionKey.generateIfMissing();
        try {
            Quarkus.run(args);
        } finally {
            EmbeddedDatabase.stop();
        }
    }
}
