package nl.vocampus.lekwacht.informing;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/incidents/{id}/informing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Informing", description = "Telling the people affected (GDPR art. 34)")
public class InformingResource {

    private final InformingService informing;
    private final CurrentUser user;

    InformingResource(InformingService informing, CurrentUser user) {
        this.informing = informing;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordInforming", summary = "Record that the people affected were told", description = "Privacy officer of the incident's school only: when, how (one or more means), how many.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformingRequest.class),
            examples = @ExampleObject(name = "letter and e-mail", value = """
                    {"informedAt": "2026-11-23T16:00:00+01:00", "methods": ["LETTER", "EMAIL"], "peopleCount": 118,
                     "note": "Brief aan ouders van klas 3 en 4"}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformingResponse.class)))
    public Response record(@PathParam("id") String id, @Valid @NotNull InformingRequest request, UriInfo uri) {
        InformingResponse recorded = informing.record(id, request, user);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(recorded).build();
    }

    @GET
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT, Roles.ADMIN})
    @Operation(operationId = "listInformings", summary = "List when and how the people affected were told", description = "Privacy officer, directie, FG and leidinggevende, within their scope; oldest first.")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformingResponse[].class)))
    public List<InformingResponse> list(@PathParam("id") String id) {
        return informing.list(id, user);
    }
}
