package nl.vocampus.lekwacht.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.List;
import java.util.Map;

/**
 * The service as configured for Microsoft Entra ID, against the mock OIDC server of quarkus-test-oidc-server
 * (a WireMock with a signing key). Only the server URL, client id and secret are set, as in production:
 * OidcSwitch must turn the tenant on by itself.
 */
public class OidcProfile implements QuarkusTestProfile {

    public static final String CLIENT_ID = "lekwacht-test-client";
    public static final String ISSUER = "https://server.example.com";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", "test-only-client-secret-0123456789abcdef");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
