package nl.vocampus.lekwacht.people;

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
import nl.vocampus.lekwacht.people.PeopleDtos.PeopleRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.PersonResponse;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/schools/{code}/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "A school's directory: who is told, who stands in, and who holds which role there")
public class PeopleResource {

    private final PeopleService people;
    private final CurrentUser user;

    PeopleResource(PeopleService people, CurrentUser user) {
        this.people = people;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO})
    @Operation(operationId = "listPeople", summary = "List a school's people",
            description = "Directie and privacy officer of the school, and the FG. Everyone Lekwacht mails for the school, "
                    + "with their roles there, deputy and absence periods.")
    public List<PersonResponse> list(@PathParam("code") String code) {
        return people.list(code, user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(operationId = "replacePeople", summary = "Replace a school's people",
            description = "Privacy officer of the school. The whole directory at once; roles and scopes change with the next "
                    + "request, and escalations not yet sent go to the new people.")
    public List<PersonResponse> replace(@PathParam("code") String code, @Valid @NotNull PeopleRequest request) {
        return people.replace(code, request.people(), user);
    }
}
