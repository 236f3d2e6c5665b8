package nl.vocampus.lekwacht.school;

import io.quarkus.security.Authenticated;
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
import nl.vocampus.lekwacht.school.SchoolDtos.ContactsRequest;
import nl.vocampus.lekwacht.school.SchoolDtos.SchoolResponse;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools", description = "Schools of the foundation and the people Lekwacht notifies")
public class SchoolResource {

    private final SchoolService schools;

    SchoolResource(SchoolService schools) {
        this.schools = schools;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listSchools", summary = "List the schools", description = "Every school with its leidinggevende(n), privacy officer(s), FG and directie")
    public List<SchoolResponse> list() {
        return schools.list();
    }

    @GET
    @Path("{code}")
    @Authenticated
    @Operation(operationId = "getSchool", summary = "Get one school by its code", description = "Any signed-in user; with its contacts and the controller data for the AP form.")
    public SchoolResponse get(@PathParam("code") String code) {
        return schools.get(code);
    }

    @PUT
    @Path("{code}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(operationId = "replaceContacts", summary = "Replace a school's contacts", description = "Privacy officer only. Escalations planned earlier go to the new contacts.")
    public SchoolResponse replaceContacts(@PathParam("code") String code, @Valid @NotNull ContactsRequest request) {
        return schools.replaceContacts(code, request.contacts());
    }

    @PUT
    @Path("{code}/controller")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(operationId = "replaceController", summary = "Replace the controller data for the AP form",
            description = "Privacy officer only. Address, KvK number, sector and the contact person the AP may call (AP form chapter 3).")
    public SchoolResponse replaceController(@PathParam("code") String code, @Valid @NotNull SchoolDtos.ControllerDetails request) {
        return schools.replaceController(code, request);
    }
}
