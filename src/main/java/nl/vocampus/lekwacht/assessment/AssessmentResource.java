package nl.vocampus.lekwacht.assessment;

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

@Path("/api/incidents/{id}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "The privacy officer's assessment and Lekwacht's suggested outcome")
public class AssessmentResource {

    static final String EXAMPLE = """
            {"confidentiality": true, "availability": true, "dataCategories": ["NAME", "GRADES_TEST_RESULTS"],
             "numberOfPeople": 120, "childrenInvolved": true, "encrypted": "YES", "keyCompromised": "NO",
             "encryptionDescription": "BitLocker met TPM en pincode", "backupAvailable": "YES", "remoteWipe": "DONE",
             "examResultsInvolved": false, "severity": "NEGLIGIBLE",
             "consequences": "Geen: de gegevens zijn niet leesbaar zonder de sleutel",
             "cause": "Laptop in de trein laten liggen", "measuresTaken": "Apparaat op afstand gewist"}""";

    private final AssessmentService assessments;
    private final CurrentUser user;

    AssessmentResource(AssessmentService assessments, CurrentUser user) {
        this.assessments = assessments;
        this.user = user;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordAssessment", summary = "Record or replace the assessment",
            description = "Privacy officer of the incident's school only. The whole assessment is replaced; facts left out count as unknown. "
                    + "The first assessment moves the incident from REPORTED to ASSESSING; every change is kept in the incident's history. "
                    + "Answers with the new suggestion.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class),
            examples = @ExampleObject(name = "encrypted laptop", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Recorded; with the suggestion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "409", description = "Decided or closed: reopen first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentResponse replace(@PathParam("id") String id, @Valid @NotNull AssessmentRequest request) {
        return assessments.replace(id, request, user);
    }

    @GET
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT, Roles.ADMIN})
    @Operation(operationId = "getAssessment", summary = "Get the assessment with the current suggestion",
            description = "Privacy officer, directie, FG and leidinggevende, within their scope. The suggestion (outcome, severity, flags, fired rules with "
                    + "Dutch explanations) is computed now, with the time since awareness; once decided, as of the decision. "
                    + "Without an assessment yet, the answer is a draft prefilled from the report (assessed=false).")
    @APIResponse(responseCode = "200", description = "The assessment and the suggestion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    public AssessmentResponse get(@PathParam("id") String id) {
        return assessments.get(id, user);
    }
}
