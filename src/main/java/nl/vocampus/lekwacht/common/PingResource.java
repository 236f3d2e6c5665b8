package nl.vocampus.lekwacht.common;

import nl.vocampus.lekwacht.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A fixed small answer behind the same authentication as the API: the baseline of bench/deadlines. */
@Path("/api/ping")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
@Tag(name = "Ping", description = "Is the API there, and do my credentials work")
public class PingResource {

    private static final Pong OK = new Pong("ok");

    @Schema(name = "Pong")
    public record Pong(@Schema(examples = "ok") String status) {
    }

    @GET
    @Operation(operationId = "ping", summary = "Answer {\"status\":\"ok\"}", description = "Any signed-in user; touches nothing but authentication.")
    @APIResponse(responseCode = "200", description = "Always the same", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Pong.class)))
    public Pong ping() {
        return OK;
    }
}
