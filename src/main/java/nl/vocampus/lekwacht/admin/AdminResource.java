package nl.vocampus.lekwacht.admin;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.vocampus.lekwacht.admin.AdminDtos.AdminSchool;
import nl.vocampus.lekwacht.admin.AdminDtos.NewSchool;
import nl.vocampus.lekwacht.admin.AdminDtos.SchoolRename;
import nl.vocampus.lekwacht.escalation.LadderDtos.Ladder;
import nl.vocampus.lekwacht.people.PeopleDtos.PeopleRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.PersonResponse;
import nl.vocampus.lekwacht.school.SchoolDtos.ControllerDetails;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The foundation's set-up, for the functioneel beheerder only: schools, their people, ladders and controller data. */
@Path("/api/admin/schools")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin", description = "The functioneel beheerder keeps the foundation's set-up and reads no incident")
public class AdminResource {

    private final AdminService admin;

    AdminResource(AdminService admin) {
        this.admin = admin;
    }

    @GET
    @Operation(operationId = "adminListSchools", summary = "List every school",
            description = "Functioneel beheerder. Every school of the foundation, deactivated ones too.")
    public List<AdminSchool> list() {
        return admin.schools();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminAddSchool", summary = "Add a school",
            description = "Functioneel beheerder. The school starts deactivated with the protocol's ladder; list its people, then reactivate it.")
    public Response add(@Valid @NotNull NewSchool request, UriInfo uri) {
        AdminSchool created = admin.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "adminGetSchool", summary = "Get one school", description = "Functioneel beheerder.")
    public AdminSchool get(@PathParam("code") String code) {
        return admin.school(code);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminRenameSchool", summary = "Rename a school",
            description = "Functioneel beheerder. A new name and foundation; the code stays, and so do its incidents.")
    public AdminSchool rename(@PathParam("code") String code, @Valid @NotNull SchoolRename request) {
        return admin.rename(code, request);
    }

    @POST
    @Path("{code}/deactivate")
    @Operation(operationId = "adminDeactivateSchool", summary = "Deactivate a school",
            description = "Functioneel beheerder. The school takes no new reports and is not offered on the report form; its "
                    + "incidents, register and people stay readable, and their escalations still go out.")
    public AdminSchool deactivate(@PathParam("code") String code) {
        return admin.deactivate(code);
    }

    @POST
    @Path("{code}/reactivate")
    @Operation(operationId = "adminReactivateSchool", summary = "Reactivate a school",
            description = "Functioneel beheerder. The school takes reports again; 409 while its directory names no privacy "
                    + "officer or default leidinggevende.")
    public AdminSchool reactivate(@PathParam("code") String code) {
        return admin.reactivate(code);
    }

    @GET
    @Path("{code}/people")
    @Operation(operationId = "adminListPeople", summary = "List a school's people",
            description = "Functioneel beheerder, any school. As listPeople: roles, e-mail, sign-in identity, deputy and absences.")
    public List<PersonResponse> people(@PathParam("code") String code) {
        return admin.people(code);
    }

    @PUT
    @Path("{code}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminReplacePeople", summary = "Replace a school's people",
            description = "Functioneel beheerder, any school. As replacePeople: the whole directory at once.")
    public List<PersonResponse> replacePeople(@PathParam("code") String code, @Valid @NotNull PeopleRequest request) {
        return admin.replacePeople(code, request.people());
    }

    @GET
    @Path("{code}/ladder")
    @Operation(operationId = "adminGetLadder", summary = "Get a school's escalation ladder",
            description = "Functioneel beheerder. The rungs in hours after awareness, earliest first, with their audience.")
    public Ladder ladder(@PathParam("code") String code) {
        return admin.ladder(code);
    }

    @PUT
    @Path("{code}/ladder")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminReplaceLadder", summary = "Replace a school's escalation ladder",
            description = "Functioneel beheerder. Strictly increasing whole hours, at least one rung before 48 h, none beyond 72 h "
                    + "and only the overdue notice at 72 h; each error names its rung. The pending rungs of the school's open "
                    + "incidents follow at once; what was sent stays sent.")
    public Ladder replaceLadder(@PathParam("code") String code, @Valid @NotNull Ladder request) {
        return admin.replaceLadder(code, request);
    }

    @GET
    @Path("{code}/controller")
    @Operation(operationId = "adminGetController", summary = "Get a school's controller details",
            description = "Functioneel beheerder. Chapter 3 of the AP form.")
    public ControllerDetails controller(@PathParam("code") String code) {
        return admin.controller(code);
    }

    @PUT
    @Path("{code}/controller")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminReplaceController", summary = "Replace a school's controller details",
            description = "Functioneel beheerder. Chapter 3 of the AP form; blank fields are cleared.")
    public ControllerDetails replaceController(@PathParam("code") String code, @Valid @NotNull ControllerDetails request) {
        return admin.replaceController(code, request);
    }
}
