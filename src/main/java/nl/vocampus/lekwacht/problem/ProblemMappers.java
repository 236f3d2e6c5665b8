package nl.vocampus.lekwacht.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.vocampus.lekwacht.web.ErrorPages;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one family of exception mappers: every API error leaves as application/problem+json, every page
 * error as the page's HTML error page ({@link ErrorPages} knows which requests are pages).
 * Jackson's subtypes are mapped one by one because Quarkus ships its own mappers for some of them,
 * and the most specific exception type wins.
 */
public class ProblemMappers {

    public static final String INVALID_INPUT = "urn:lekwacht:problem:invalid-input";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage(), code(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    /** Any other mapping failure, e.g. a number too large for its field (Jackson wraps the parser's error with the path). */
    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty() && e instanceof MismatchedInputException && !(e instanceof InvalidFormatException)) {
            return respond(new Problem(INVALID_INPUT, "Invalid input", 400, "The request body must be a JSON object", path(uri), List.of()));
        }
        return respond(ProblemException.invalid(List.of(fieldError(field.isEmpty() ? "body" : field, e))).toProblem(path(uri)));
    }

    /** What a mapping failure means for its field, as message and code. */
    private static Problem.FieldError fieldError(String field, JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return new Problem.FieldError(field, ErrorCode.UNKNOWN_FIELD, "is not a known field");
        }
        if (e instanceof ValueInstantiationException) {
            return new Problem.FieldError(field, "has an invalid value");
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return new Problem.FieldError(field, ErrorCode.UNKNOWN_VALUE, expectation(target));
        }
        if (target == null && e.getCause() instanceof InputCoercionException coercion) {
            target = coercion.getTargetType();
        } else if (target == null && e.getCause() instanceof JsonParseException) {
            // Read inside a field: bytes that are not UTF-8, such as an encoded half of a surrogate pair.
            return new Problem.FieldError(field, ErrorCode.INVALID_CHARACTER, "is not valid UTF-8 text");
        }
        return new Problem.FieldError(field, ErrorCode.WRONG_TYPE, expectation(target));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(new Problem("urn:lekwacht:problem:malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(INVALID_INPUT, "Invalid input", 400, "The request body could not be read as JSON", path(uri), List.of()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem("about:blank", "Unauthorized", 401, "Authentication is required", path(uri), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lekwacht\"")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Forbidden", 403, "Your role does not allow this", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps syntax errors in a bare 400.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            logSafely("Server error", e, uri);
        }
        Problem problem = new Problem("about:blank", original.getStatusInfo().getReasonPhrase(), status,
                status >= 500 ? "An internal error occurred" : e.getMessage(), path(uri), List.of());
        Response.ResponseBuilder builder = ErrorPages.isPageRequest(path(uri)) ? Response.fromResponse(errorPages().page(status))
                : Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String reference = logSafely("Unexpected error", e, uri);
        return respond(new Problem("about:blank", "Internal Server Error", 500, "An internal error occurred (log reference "
                + reference + ")", path(uri), List.of()));
    }

    /** Logs the failure with {@link SafeLog}, naming the request's path; returns the reference the client gets. */
    static String logSafely(String what, Throwable e, UriInfo uri) {
        return SafeLog.error(LOG, what + " on " + path(uri), e);
    }

    /** A page (not /api, not /q) gets its Dutch HTML error page with the same status; the API gets the problem. */
    static Response respond(Problem problem) {
        if (ErrorPages.isPageRequest(problem.instance())) {
            return errorPages().page(problem.status());
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static ErrorPages errorPages() {
        return Arc.container().instance(ErrorPages.class).get();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String expectation(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of: " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 date-time with offset, e.g. 2026-11-20T08:15:00+01:00";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a whole number";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        if (target == String.class) {
            return "must be a string";
        }
        return "must be an object";
    }

    /** Jackson's location as a field path: device.type, dataInvolved.groups[0]. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The code of a Bean Validation constraint, where one applies. */
    private static String code(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class) {
            return ErrorCode.REQUIRED.code();
        }
        if (constraint == Size.class) {
            return ErrorCode.TOO_LONG.code();
        }
        if (constraint == Max.class || constraint == Min.class || constraint == Positive.class || constraint == PositiveOrZero.class) {
            return ErrorCode.OUT_OF_RANGE.code();
        }
        return null;
    }

    /** Drops the method and body parameter nodes, leaving the path inside the request body or the query parameter's name. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    name.setLength(0);
                    if (!isBodyParameter(node.getName())) {
                        name.append(node.getName());
                    }
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable()) {
                name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.toString();
    }

    /** Request bodies are parameters named "request" by convention; their name is not part of the field path. */
    private static boolean isBodyParameter(String name) {
        return name.equals("request");
    }
}
