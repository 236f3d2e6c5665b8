package nl.vocampus.lekwacht.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.vocampus.lekwacht.school.SchoolDtos.SchoolResponse;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools", description = "Schools of the foundation and the people Lekwacht notifies")
public class SchoolResource {

    private final SchoolService schools;
    private final CurrentUser user;

    SchoolResource(SchoolService schools, CurrentUser user) {
        this.schools = schools;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
    @Operation(operationId = "listSchools", summary = "List the schools",
            description = "Anyone with a Lekwacht role. Every school of the foundation with its leidinggevenden, so a report can name the reporter's own.")
    public List<SchoolResponse> list() {
        return schools.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
    @Operation(operationId = "getSchool", summary = "Get one school by its code",
            description = "Anyone with a Lekwacht role. The school with its leidinggevenden (name and e-mail): managerEmail of a new report is one of them.")
    public SchoolResponse get(@PathParam("code") String code) {
        return schools.get(code);
    }

    @GET
    @Path("{code}/controller")
    @RolesAllowed({Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
    @Operation(operationId = "getController", summary = "Get the controller data for the AP form",
            description = "Directie and privacy officer of the school, and the FG. Address, KvK number, sector and the contact person the AP may call (AP form chapter 3).")
    public SchoolDtos.ControllerDetails controller(@PathParam("code") String code) {
        return schools.controller(code, user);
    }

    @PUT
    @Path("{code}/controller")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(operationId = "replaceController", summary = "Replace the controller data for the AP form",
            description = "Privacy officer of the school. Address, KvK number, sector and the contact person the AP may call (AP form chapter 3).")
    public SchoolDtos.ControllerDetails replaceController(@PathParam("code") String code, @Valid @NotNull SchoolDtos.ControllerDetails request) {
        return schools.replaceController(code, request, user);
    }
}
