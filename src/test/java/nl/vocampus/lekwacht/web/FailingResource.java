package nl.vocampus.lekwacht.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test only: a page and an API endpoint that fail with an unexpected exception whose message must not leak. */
final class FailingResource {

    static final String SECRET = "select * from incident where reporter = 'j.jansen'";

    private FailingResource() {
    }

    @Path("/test-kapot")
    @Authenticated
    public static class Page {
        @GET
        public String get() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Path("/api/test-kapot")
    @Authenticated
    public static class Api {
        @GET
        public String get() {
            throw new IllegalStateException(SECRET);
        }
    }
}
