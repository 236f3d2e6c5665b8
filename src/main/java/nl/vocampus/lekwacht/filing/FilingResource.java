package nl.vocampus.lekwacht.filing;

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

@Path("/api/incidents/{id}/filings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "AP filings", description = "What was sent to the Autoriteit Persoonsgegevens: the notification and its follow-ups")
public class FilingResource {

    private final FilingService filings;
    private final CurrentUser user;

    FilingResource(FilingService filings, CurrentUser user) {
        this.filings = filings;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordFiling", summary = "Record an AP filing",
            description = "Privacy officer of the incident's school only. The INITIAL notification is normally recorded by the decision (notifyAp=true); "
                    + "only one INITIAL per incident unless it was withdrawn. SUPPLEMENT, CORRECTION and WITHDRAWAL quote the "
                    + "INITIAL one's meldnummer. An INITIAL filed after the 72-hour deadline needs delayReason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FilingRequest.class),
            examples = @ExampleObject(name = "supplement", value = """
                    {"type": "SUPPLEMENT", "filedAt": "2026-11-24T10:00:00+01:00", "meldnummer": "M-2026-123456",
                     "note": "Aantal betrokkenen vastgesteld op 118"}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FilingResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. a follow-up quoting another meldnummer, or no delay reason for a late notification",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A second INITIAL, a follow-up without an INITIAL, or an INITIAL before the decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@PathParam("id") String id, @Valid @NotNull FilingRequest request, UriInfo uri) {
        FilingResponse filing = filings.file(id, request, user);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(filing).build();
    }

    @GET
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT, Roles.ADMIN})
    @Operation(operationId = "listFilings", summary = "List an incident's AP filings", description = "Privacy officer, directie, FG and leidinggevende, within their scope; oldest first.")
    @APIResponse(responseCode = "200", description = "The filings", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FilingResponse[].class)))
    public List<FilingResponse> list(@PathParam("id") String id) {
        return filings.list(id, user);
    }
}
