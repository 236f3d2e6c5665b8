package nl.vocampus.lekwacht;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import nl.vocampus.lekwacht.backup.RestoreCommand;
import nl.vocampus.lekwacht.database.EmbeddedDatabase;
import nl.vocampus.lekwacht.database.EmbeddedDatabaseSwitch;

/**
 * The service's entry point. It allows the embedded PostgreSQL to be started (the configuration decides
 * whether it is: see {@link EmbeddedDatabaseSwitch}) and stops it after Quarkus has stopped, so the
 * database outlives every connection the application holds. {@code restore <file>} restores a backup instead
 * (see {@link RestoreCommand}).
 */
@QuarkusMain
public class LekwachtMain {

    public static void main(String... args) {
        if (args.length > 0 && RestoreCommand.NAME.equals(args[0])) {
            // Before Quarkus: the restore starts and stops the embedded database on its own.
            System.exit(RestoreCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        System.setProperty(EmbeddedDatabaseSwitch.LAUNCHED, "true");
        try {
            Quarkus.run(args);
        } finally {
            EmbeddedDatabase.stop();
        }
    }
}
