package nl.vocampus.lekwacht.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.vocampus.lekwacht.problem.Problem;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
@Tag(name = "Incidents")
@APIResponse(responseCode = "200", description = "The incident in its new status",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
public class LifecycleResource {

    static final String ILLEGAL_TRANSITION = """
            {"type": "urn:lekwacht:problem:illegal-transition", "title": "Illegal status transition", "status": 409,
             "detail": "Incident DL-2026-0001 is CLOSED (it is closed): close is allowed only from DECIDED. Allowed from CLOSED: reopen (→ ASSESSING)",
             "instance": "/api/incidents/6f1c.../close", "currentStatus": "CLOSED",
             "allowedTransitions": [{"action": "reopen", "to": "ASSESSING"}]}""";

    private final IncidentLifecycle lifecycle;
    private final CurrentUser user;

    LifecycleResource(IncidentLifecycle lifecycle, CurrentUser user) {
        this.lifecycle = lifecycle;
        this.user = user;
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeIncident", summary = "Close a decided incident", description = "Privacy officer of the incident's school only; only from DECIDED. Sets closedAt. The body (a reason) is optional.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CloseRequest.class),
            examples = @ExampleObject(name = "closed", value = "{\"reason\": \"Maatregelen uitgevoerd\"}")))
    @APIResponse(responseCode = "409", description = "Not DECIDED: names the current status and the allowed transitions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already closed", value = ILLEGAL_TRANSITION)))
    public IncidentResponse close(@PathParam("id") String id, @Valid CloseRequest request) {
        return lifecycle.close(id, request, user);
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenIncident", summary = "Reopen a decided or closed incident",
            description = "Privacy officer of the incident's school only; from DECIDED or CLOSED back to ASSESSING, in a new round: the next decision is a new one. "
                    + "With awareAt (awareness of the new fact, e.g. an exposed encryption key) a new 72-hour clock starts and new "
                    + "escalation steps (R2-H24, ...) are planned.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReopenRequest.class),
            examples = @ExampleObject(name = "key exposed", value = """
                    {"reason": "De BitLocker-herstelsleutel zat op een briefje in de laptoptas", "awareAt": "2026-11-25T09:00:00+01:00"}""")))
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. no reason, or an awareAt in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not DECIDED or CLOSED: names the current status and the allowed transitions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IncidentResponse reopen(@PathParam("id") String id, @Valid @NotNull ReopenRequest request) {
        return lifecycle.reopen(id, request, user);
    }
}
