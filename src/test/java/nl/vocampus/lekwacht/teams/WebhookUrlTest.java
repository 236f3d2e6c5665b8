package nl.vocampus.lekwacht.teams;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookUrlTest {

    static final String POWER_PLATFORM = "https://default0c5e.8a.environment.api.powerplatform.com:443/powerautomate/automations/direct"
            + "/workflows/91b2c3/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Ab-c_D9+e";

    private static WebhookUrl parse(String url) {
        return WebhookUrl.parse(url, false).url().orElseThrow();
    }

    @Test
    void theClientPostsToTheUrlWithoutItsQueryAndSendsTheQueryAsParameters() {
        WebhookUrl url = parse(POWER_PLATFORM);
        assertEquals(URI.create("https://default0c5e.8a.environment.api.powerplatform.com:443/powerautomate/automations/direct"
                + "/workflows/91b2c3/triggers/manual/paths/invoke"), url.base());
        assertEquals(Map.of("api-version", "1", "sp", "/triggers/manual/run", "sv", "1.0", "sig", "Ab-c_D9+e"), url.queryParameters());
    }

    @Test
    void itNamesItselfByHostAndLastFourCharactersOnly() {
        WebhookUrl url = parse(POWER_PLATFORM);
        assertEquals("default0c5e.8a.environment.api.powerplatform.com", url.host());
        assertEquals("D9+e", url.lastCharacters());
        assertFalse(url.toString().contains("sig="), url.toString());
        assertFalse(url.toString().contains("91b2c3"), url.toString());
    }

    @Test
    void plainHttpIsOnlyForLocalhostAndOnlyWhereAllowed() {
        String local = "http://localhost:8089/x?sig=abc";
        assertEquals("must be an https URL", WebhookUrl.parse(local, false).error());
        assertTrue(WebhookUrl.parse(local, true).url().isPresent());
        assertEquals("must be an https URL", WebhookUrl.parse("http://teams.example/x?sig=abc", true).error());
    }
}
