package nl.vocampus.lekwacht.teams;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Requests and responses of a school's Teams channel. */
public final class TeamsChannelDtos {

    private TeamsChannelDtos() {
    }

    @Schema(name = "TeamsChannelRequest", description = "A Workflows \"When a Teams webhook request is received\" URL, whole")
    public record TeamsChannelRequest(
            @Schema(required = true, maxLength = 2000, description = "https, with its sig parameter; stored encrypted, never shown back in full",
                    examples = "https://prod-12.westeurope.logic.azure.com:443/workflows/0c5e/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=REDACTED")
            String url) {
    }

    @Schema(name = "TeamsChannel", description = "A school's Teams channel, as a hint: the URL itself is a secret")
    public record TeamsChannelResponse(
            @Schema(examples = "prod-12.westeurope.logic.azure.com") String host,
            @Schema(description = "The URL's last four characters", examples = "x9Qk") String endsWith,
            Instant setAt,
            @Schema(examples = "beheer") String setBy) {
    }
}
