package nl.vocampus.lekwacht.apexport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/incidents/{id}/ap-export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "AP export", description = "The answers for the AP's notification form")
public class ApExportResource {

    private final ApExportService export;
    private final CurrentUser user;

    ApExportResource(ApExportService export, CurrentUser user) {
        this.export = export;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT, Roles.ADMIN})
    @Operation(operationId = "exportApForm", summary = "Export the answers for the AP's notification form",
            description = "Privacy officer, directie, FG and leidinggevende, within their scope. The ten chapters of the AP form (1 Inleiding ... 10 Vervolgacties), "
                    + "each with its Dutch questions and the answers Lekwacht has, plus `missing`: every question still without an answer.")
    @APIResponse(responseCode = "200", description = "The answers by chapter", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApExport.class)))
    public ApExport export(@PathParam("id") String id) {
        return export.export(id, user);
    }
}
