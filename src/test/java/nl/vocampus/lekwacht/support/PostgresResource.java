package nl.vocampus.lekwacht.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.vocampus.lekwacht.database.EmbeddedDatabase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for every test: the server named by QUARKUS_DATASOURCE_JDBC_URL when set,
 * otherwise a fresh embedded one in target/.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        postgres = EmbeddedDatabase.start(Path.of("target", "test-postgres", UUID.randomUUID().toString()), 0, false);
        return EmbeddedDatabase.datasourceSettings(postgres);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
