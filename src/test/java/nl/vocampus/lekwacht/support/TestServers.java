package nl.vocampus.lekwacht.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real PostgreSQL and SMTP servers once for every @QuarkusTest. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(SmtpResource.class)
public final class TestServers {
    private TestServers() {
    }
}
