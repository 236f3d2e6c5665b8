package nl.vocampus.lekwacht.teams;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.teams.TeamsChannelDtos.TeamsChannelRequest;
import nl.vocampus.lekwacht.teams.TeamsChannelDtos.TeamsChannelResponse;
import nl.vocampus.lekwacht.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/schools/{code}/teams-channel")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration", description = "The foundation's set-up, for the functioneel beheerder")
public class TeamsChannelResource {

    private final TeamsChannels channels;
    private final CurrentUser user;

    TeamsChannelResource(TeamsChannels channels, CurrentUser user) {
        this.channels = channels;
        this.user = user;
    }

    @GET
    @Operation(operationId = "getTeamsChannel", summary = "Get a school's Teams channel, as a hint",
            description = "Functioneel beheerder. The channel's host and the URL's last four characters: the URL itself is never shown back.")
    public TeamsChannelResponse get(@PathParam("code") String code) {
        return channels.get(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTeamsChannel", summary = "Set a school's Teams channel",
            description = "Functioneel beheerder. A Workflows \"When a Teams webhook request is received\" URL (https, with its sig "
                    + "parameter). New reports and the rungs from 48 hours on are posted there as an Adaptive Card. Stored encrypted; "
                    + "409 when no secrets key is configured.")
    @APIResponse(responseCode = "200", description = "The channel as it is now stored, as a hint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamsChannelResponse.class)))
    @APIResponse(responseCode = "409", description = "No secrets key is configured (lekwacht.secrets.key): the URL cannot be stored encrypted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TeamsChannelResponse set(@PathParam("code") String code, @NotNull TeamsChannelRequest request) {
        return channels.set(code, request.url(), user);
    }

    @DELETE
    @Operation(operationId = "removeTeamsChannel", summary = "Remove a school's Teams channel",
            description = "Functioneel beheerder. Posts not yet sent are cancelled, with a note, when they fall due.")
    public void remove(@PathParam("code") String code) {
        channels.remove(code);
    }
}
