package nl.vocampus.lekwacht.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.security.Access;
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

import java.time.Clock;
import java.time.Instant;

@Path("/api/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "The open 72-hour deadlines, for dashboards that poll")
public class DeadlinesResource {

    /** Private: the list is for the signed-in officer only; no-cache: always ask, If-None-Match makes asking cheap. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    private final DeadlineBoard board;
    private final Clock clock;

    private final CurrentUser user;

    DeadlinesResource(DeadlineBoard board, Clock clock, CurrentUser user) {
        this.user = user;
        this.board = board;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT})
    @Operation(operationId = "listDeadlines", summary = "List the open deadlines",
            description = "Leidinggevende, directie, privacy officer and FG, each within their own scope. Open incidents (REPORTED, ASSESSING) sorted by deadline, each "
                    + "with remainingSeconds counted from asOf (now truncated to 10 s), its next pending escalation step and "
                    + "its failed steps. Strong ETag built from a database-wide change counter, asOf and a digest of the reader's scope: send it back in "
                    + "If-None-Match and an unchanged list answers 304 without being rebuilt.")
    @APIResponse(responseCode = "200", description = "The list",
            headers = {@Header(name = "ETag", description = "Strong validator of this body", schema = @Schema(type = SchemaType.STRING, examples = "\"42-1764576000-3f2a9c1b7d4e\"")),
                    @Header(name = "Cache-Control", description = "private, no-cache: always revalidate with If-None-Match", schema = @Schema(type = SchemaType.STRING, examples = "private, no-cache")),
                    @Header(name = "Vary", description = "Accept-Encoding: the gzip copy has its own ETag", schema = @Schema(type = SchemaType.STRING, examples = "Accept-Encoding"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlinesResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match",
            headers = {@Header(name = "ETag", description = "The validator sent in If-None-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "private, no-cache", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept-Encoding", schema = @Schema(type = SchemaType.STRING))})
    public Response deadlines(@Parameter(description = "The ETag of the list the dashboard shows") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                              @Parameter(description = "gzip is served from a copy compressed once per list") @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        boolean gzip = acceptsGzip(acceptEncoding);
        Instant asOf = board.asOf(clock.instant());
        long version = board.version();
        Access access = user.access();
        String etag = DeadlineBoard.etag(version, asOf, DeadlineBoard.scopeDigest(access), gzip);
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    .cacheControl(REVALIDATE).build();
        }
        DeadlineBoard.Rendered list = board.rendered(version, asOf, access);
        Response.ResponseBuilder ok = Response.ok(gzip ? list.gzipped() : list.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, list.etag(gzip)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).cacheControl(REVALIDATE);
        return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").build() : ok.build();
    }

    /** gzip listed without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** RFC 9110 If-None-Match: a list of entity tags or "*", compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
