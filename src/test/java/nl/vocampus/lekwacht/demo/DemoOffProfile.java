package nl.vocampus.lekwacht.demo;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The service as in production: demo mode off. */
public class DemoOffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lekwacht.demo.enabled", "false");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
