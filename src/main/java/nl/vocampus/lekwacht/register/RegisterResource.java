package nl.vocampus.lekwacht.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.problem.Problem;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api")
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT})
@Tag(name = "Register", description = "The breach register of GDPR art. 33(5)")
@APIResponse(responseCode = "400", description = "Invalid filter; the parameter is named", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegisterResource {

    public static final String CSV = "text/csv";

    private final RegisterService register;
    private final RegisterCsv csv;
    private final AmsterdamTime time;

    private final CurrentUser user;

    RegisterResource(RegisterService register, RegisterCsv csv, AmsterdamTime time, CurrentUser user) {
        this.user = user;
        this.register = register;
        this.csv = csv;
        this.time = time;
    }

    @GET
    @Path("register")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRegister", summary = "The register: every incident, notified or not",
            description = "Privacy officer, directie, FG and leidinggevende, within their scope. Facts, effects, measures, each decision with Lekwacht's suggestion, "
                    + "the reasoning and any reason for delay, the AP filings and the informing of the people affected. The period "
                    + "filters on awareAt (the start of the 72 hours), in Amsterdam days, both ends inclusive. "
                    + "With Accept: text/csv the same as GET /api/register.csv.")
    @APIResponse(responseCode = "200", description = "The entries by awareAt; as CSV with Accept: text/csv", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterEntry[].class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "As GET /api/register.csv"))})
    public List<RegisterEntry> register(@Parameter(description = "School code, e.g. SSGN") @QueryParam("school") String school,
                                        @Parameter(description = "First day (awareAt), e.g. 2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                        @Parameter(description = "Last day (awareAt), inclusive, e.g. 2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return register.entries(RegisterPeriod.parse(school, from, to, time.zone()), user.access());
    }

    @GET
    @Path("register")
    @Produces(CSV + ";charset=UTF-8")
    // Documented as the second representation of getRegister: one operation per path and method.
    @Operation(hidden = true)
    public Response registerCsvByAccept(@QueryParam("school") String school, @QueryParam("from") String from, @QueryParam("to") String to) {
        return registerCsv(school, from, to);
    }

    @GET
    @Path("register.csv")
    @Produces(CSV + ";charset=UTF-8")
    @Operation(operationId = "downloadRegisterCsv", summary = "The register as CSV for Dutch Excel",
            description = "UTF-8 with BOM, ';' as separator, CRLF line ends, every field quoted, Dutch column headers and dates "
                    + "as dd-MM-yyyy HH:mm in Europe/Amsterdam. One row per incident. Same filters as GET /api/register.")
    @APIResponse(responseCode = "200", description = "CSV for Dutch Excel", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"datalekkenregister.csv\"", schema = @Schema(type = SchemaType.STRING)))
    public Response registerCsv(@Parameter(description = "School code, e.g. SSGN") @QueryParam("school") String school,
                                @Parameter(description = "First day (awareAt), e.g. 2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                @Parameter(description = "Last day (awareAt), inclusive, e.g. 2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        byte[] body = csv.write(register.csvEntries(RegisterPeriod.parse(school, from, to, time.zone()), user.access()));
        return Response.ok(body, CSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"datalekkenregister.csv\"")
                .build();
    }
}
