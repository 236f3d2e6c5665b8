package nl.vocampus.lekwacht.teams;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.RowCounts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outside the embedded default and without lekwacht.secrets.key the service runs, but a Teams channel cannot be set. */
@QuarkusTest
@TestProfile(TeamsWithoutKeyTest.NoKey.class)
class TeamsWithoutKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lekwacht.secrets.key", "");
        }

        @Override
        public String getConfigProfile() {
            return "test";
        }
    }

    @Inject
    RowCounts rows;

    @Test
    void settingAChannelIsA409SayingTheKeyMustBeConfiguredAndTheRestRuns() {
        as("medewerker").get("/api/ping").then().statusCode(200);
        Map<String, Long> before = rows.snapshot();
        as("beheer").body("{\"url\": \"" + TeamsChannelApiTest.URL + "\"}").put(TeamsChannelApiTest.CHANNEL).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("lekwacht.secrets.key"))
                .body("detail", org.hamcrest.Matchers.not(containsString(TeamsChannelApiTest.SIG)));
        assertEquals(before, rows.snapshot(), "nothing was stored");
        as("beheer").body("{\"url\": \"http://teams.example/x?sig=1\"}").put(TeamsChannelApiTest.CHANNEL).then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
    }
}
