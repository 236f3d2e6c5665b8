package nl.vocampus.lekwacht.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.vocampus.lekwacht.problem.Problem;
import nl.vocampus.lekwacht.problem.QueryParams;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail: who changed or read what, when, from where; append-only and hash-chained")
public class AuditResource {

    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.DPO, Roles.PRIVACY_OFFICER})
    @Operation(operationId = "listAuditRecords", summary = "The audit trail, newest first",
            description = "The FG reads every record; a privacy officer the records of the schools they are privacy officer of "
                    + "(records without a school, such as sign-ins, are the FG's alone). Reading the trail is not itself recorded; "
                    + "its CSV download on the audit page is (AUDIT_EXPORT).")
    @APIResponse(responseCode = "200", description = "A page of audit records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditDtos.AuditPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging; the parameter is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A privacy officer asked for an incident outside their schools",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditDtos.AuditPage list(
            @Parameter(description = "Only records of this incident (its id)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("incident") String incident,
            @Parameter(description = "Only records of this person: stable subject or sign-in name (case-insensitive)") @QueryParam("person") String person,
            @Parameter(description = "Only records of this action", schema = @Schema(implementation = AuditAction.class)) @QueryParam("action") String action,
            @Parameter(description = "Records at or after this moment (ISO-8601 with offset)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Records before this moment (ISO-8601 with offset)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "0", minimum = "0", maximum = "1000000")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        AuditFilter filter = AuditFilter.parse(incident, person, action, from, to);
        return audit.list(filter, QueryParams.intValue("page", page, 0, 0, 1_000_000), QueryParams.intValue("size", size, 20, 1, 100));
    }

    @GET
    @Path("verify")
    @RolesAllowed({Roles.DPO, Roles.ADMIN})
    @Operation(operationId = "verifyAuditChain", summary = "Walk the audit chain and say where it breaks",
            description = "FG and functioneel beheerder. Reads the whole trail from its start in batches, recomputes every record's "
                    + "SHA-256 and checks that each links to the one before without a gap. intact=false names the first broken "
                    + "position and what is wrong there.")
    @APIResponse(responseCode = "200", description = "The result, intact or not",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditDtos.ChainCheck.class)))
    public AuditDtos.ChainCheck verify() {
        return audit.verify();
    }
}
