package nl.vocampus.lekwacht.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.vocampus.lekwacht.problem.Problem;
import nl.vocampus.lekwacht.problem.QueryParams;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
@Tag(name = "Incidents", description = "Reports of lost or stolen devices and suspected data leaks, with their 72-hour deadline")
public class IncidentResource {

    static final String MINIMAL_REPORT = """
            {"kind": "LOST_DEVICE", "school": "SSGN", "summary": "Laptop kwijt in de trein",
             "description": "Schoollaptop met cijferlijsten laten liggen",
             "discoveredAt": "2026-11-20T08:15:00+01:00",
             "device": {"type": "LAPTOP", "schoolIssued": true, "encrypted": "UNKNOWN"},
             "dataInvolved": {"groups": ["PUPILS"], "approximatePeople": 120}}""";

    static final String INVALID_EXAMPLE = """
            {"type": "urn:lekwacht:problem:invalid-input", "title": "Invalid input", "status": 400,
             "detail": "device.type: must be one of: LAPTOP, PHONE, TABLET, USB_STICK, EXTERNAL_DRIVE, PAPER, OTHER",
             "instance": "/api/incidents",
             "errors": [{"field": "device.type", "message": "must be one of: LAPTOP, PHONE, TABLET, USB_STICK, EXTERNAL_DRIVE, PAPER, OTHER"}]}""";

    private final IncidentService incidents;
    private final CurrentUser user;

    IncidentResource(IncidentService incidents, CurrentUser user) {
        this.incidents = incidents;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportIncident", summary = "Report a lost or stolen device or a suspected data leak",
            description = "Stores the report and starts the 72-hour clock at awareAt (default: discoveredAt). "
                    + "The leidinggevende and the privacy officer are told at once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateIncidentRequest.class),
            examples = @ExampleObject(name = "lost laptop", value = MINIMAL_REPORT)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new incident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; every invalid field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown device type", value = INVALID_EXAMPLE)))
    public Response create(@Valid @NotNull CreateIncidentRequest request, UriInfo uri) {
        IncidentResponse created = incidents.create(request, user);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}/awareness")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "changeAwareness", summary = "Correct the moment of awareness",
            description = "Privacy officer of the incident's school only, with a justification. Moves the deadline and re-plans pending escalations; refused once decided.")
    @APIResponse(responseCode = "200", description = "The incident with its new deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "409", description = "Already decided or closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IncidentResponse changeAwareness(@PathParam("id") String id, @Valid @NotNull AwarenessChangeRequest request) {
        return incidents.changeAwareness(id, request, user);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO, Roles.ADMIN})
    @Operation(operationId = "getIncident", summary = "Get one incident", description = "Staff see only their own reports; others answer 404.")
    @APIResponse(responseCode = "200", description = "The incident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such incident, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IncidentResponse get(@PathParam("id") String id) {
        return incidents.get(id, user);
    }

    @GET
    @Operation(operationId = "listIncidents", summary = "List incidents, soonest deadline first", description = "Staff see only their own reports.")
    @APIResponse(responseCode = "200", description = "A page of incidents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IncidentPage list(@Parameter(description = "Only incidents in this status", schema = @Schema(implementation = IncidentStatus.class)) @QueryParam("status") String status,
                             @Parameter(description = "Only incidents of this kind", schema = @Schema(implementation = IncidentKind.class)) @QueryParam("kind") String kind,
                             @Parameter(description = "School code, e.g. SSGN") @QueryParam("school") String school,
                             @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "0", minimum = "0", maximum = "1000000")) @QueryParam("page") String page,
                             @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        IncidentFilter filter = new IncidentFilter(QueryParams.enumValue("status", status, IncidentStatus.class),
                QueryParams.enumValue("kind", kind, IncidentKind.class), school == null || school.isBlank() ? null : school.strip());
        return incidents.list(filter, QueryParams.intValue("page", page, 0, 0, 1_000_000),
                QueryParams.intValue("size", size, 20, 1, 100), user);
    }
}
