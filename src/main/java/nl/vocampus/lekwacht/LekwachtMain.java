package nl.vocampus.lekwacht;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import nl.vocampus.lekwacht.database.EmbeddedDatabase;
import nl.vocampus.lekwacht.database.EmbeddedDatabaseSwitch;

/**
 * The service's entry point. It allows the embedded PostgreSQL to be started (the configuration decides
 * whether it is: see {@link EmbeddedDatabaseSwitch}) and stops it after Quarkus has stopped, so the
 * database outlives every connection the application holds.
 */
@QuarkusMain
public class LekwachtMain {

    public static void main(String... args) {
        System.setProperty(EmbeddedDatabaseSwitch.LAUNCHED, "true");
        try {
            Quarkus.run(args);
        } finally {
            EmbeddedDatabase.stop();
        }
    }
}
