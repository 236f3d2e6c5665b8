package nl.vocampus.lekwacht.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.util.List;

@Path("/api/incidents/{id}/decision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "The privacy officer's decision on notifying the Autoriteit Persoonsgegevens")
public class DecisionResource {

    private final DecisionService decisions;
    private final CurrentUser user;

    DecisionResource(DecisionService decisions, CurrentUser user) {
        this.decisions = decisions;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordDecision", summary = "Record the AP decision", description = "Privacy officer of the incident's school only, from REPORTED or ASSESSING. Stops all pending "
            + "escalations and keeps the suggestion Lekwacht showed at this moment with the decision. A decision may differ from the "
            + "suggestion; the reasoning is always required. notifyAp=true records the AP filing (INITIAL; after a reopen of a notified "
            + "incident a SUPPLEMENT quoting the first meldnummer). After the deadline a delayReason is required.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = {
                    @ExampleObject(name = "register only", value = """
                            {"notifyAp": false, "reasoning": "Laptop was versleuteld met BitLocker; sleutel niet gecompromitteerd."}"""),
                    @ExampleObject(name = "notified", value = """
                            {"notifyAp": true, "reasoning": "Onversleutelde USB-stick met leerlingdossiers.",
                             "apReference": "M-2026-123456", "notifiedAt": "2026-11-21T14:05:00+01:00"}""")}))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. a meldnummer without notifyAp=true or no delay reason after the deadline",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or closed: illegal status transition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionResponse decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        return decisions.decide(id, request, user);
    }

    @GET
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT, Roles.ADMIN})
    @Operation(operationId = "listDecisions", summary = "List the incident's decisions", description = "Privacy officer, directie, FG and leidinggevende, within their scope. One decision per round "
            + "(a reopen starts a new round), oldest first, each with the suggestion Lekwacht showed when it was taken.")
    @APIResponse(responseCode = "200", description = "The decisions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionResponse[].class)))
    public List<DecisionResponse> list(@PathParam("id") String id) {
        return decisions.list(id, user);
    }
}
