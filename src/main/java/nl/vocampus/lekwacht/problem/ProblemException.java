package nl.vocampus.lekwacht.problem;

import java.util.List;

/** Thrown by services for anything a client did wrong; mapped one-to-one onto a {@link Problem}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final String currentStatus;
    private final List<Problem.AllowedTransition> allowedTransitions;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        this(status, type, title, detail, errors, null, List.of());
    }

    private ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
                             String currentStatus, List<Problem.AllowedTransition> allowedTransitions) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.currentStatus = currentStatus;
        this.allowedTransitions = List.copyOf(allowedTransitions);
    }

    /** A 409 for a status change the workflow does not allow, naming the current status and the allowed moves. */
    public static ProblemException illegalTransition(String detail, String currentStatus, List<Problem.AllowedTransition> allowed) {
        return new ProblemException(409, "urn:lekwacht:problem:illegal-transition", "Illegal status transition", detail,
                List.of(), currentStatus, allowed);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "urn:lekwacht:problem:not-found", "Not found", what + " does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "urn:lekwacht:problem:conflict", "Conflict", detail, List.of());
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, ProblemMappers.INVALID_INPUT, "Invalid input", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors, currentStatus, allowedTransitions);
    }
}
