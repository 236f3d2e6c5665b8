package nl.vocampus.lekwacht.escalation;

import nl.vocampus.lekwacht.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.vocampus.lekwacht.problem.Problem;
import nl.vocampus.lekwacht.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/incidents/{id}/escalations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO, Roles.ADMIN})
@Tag(name = "Escalations", description = "The messages planned for an incident: sent, pending, cancelled or failed")
public class EscalationResource {

    private final EscalationQueries escalations;
    private final CurrentUser user;

    EscalationResource(EscalationQueries escalations, CurrentUser user) {
        this.escalations = escalations;
        this.user = user;
    }

    @GET
    @Operation(operationId = "listEscalationSteps", summary = "List an incident's escalation steps", description = "A FAILED step shows why in lastError, "
            + "for the privacy officer and the FG only; staff (their own reports) and the leidinggevende get lastError null.")
    @APIResponse(responseCode = "200", description = "The steps by due time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationStepView[].class)))
    @APIResponse(responseCode = "404", description = "No such incident, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EscalationStepView> list(@PathParam("id") String id) {
        return escalations.stepsOf(id, user);
    }
}
