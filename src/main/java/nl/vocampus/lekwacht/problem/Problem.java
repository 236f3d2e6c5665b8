package nl.vocampus.lekwacht.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each invalid field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(examples = "urn:lekwacht:problem:invalid-input") String type,
        @Schema(examples = "Invalid input") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "2 fields are invalid") String detail,
        @Schema(examples = "/api/incidents") String instance,
        List<FieldError> errors,
        @Schema(description = "With an illegal status transition (409): the incident's status now", examples = "CLOSED")
        String currentStatus,
        @Schema(description = "With an illegal status transition (409): what is allowed from the current status")
        List<AllowedTransition> allowedTransitions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, List.of());
    }

    @Schema(name = "AllowedTransition")
    public record AllowedTransition(
            @Schema(examples = "reopen") String action,
            @Schema(examples = "ASSESSING") String to) {
    }

    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(examples = "discoveredAt") String field,
            @Schema(examples = "must not be in the future") String message,
            @Schema(description = "What kind of error, for clients that act on it: required, too-long, out-of-range, invalid-character, "
                    + "wrong-type, unknown-value, unknown-field, must-not-be-future, too-early; absent for the other rules", examples = "must-not-be-future")
            String code) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }

        public FieldError(String field, ErrorCode code, String message) {
            this(field, message, code.code());
        }
    }
}
