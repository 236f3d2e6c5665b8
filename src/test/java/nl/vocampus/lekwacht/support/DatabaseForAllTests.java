package nl.vocampus.lekwacht.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the PostgreSQL test resource once for every @QuarkusTest. */
@QuarkusTestResource(PostgresResource.class)
public final class DatabaseForAllTests {
    private DatabaseForAllTests() {
    }
}
