package nl.vocampus.lekwacht.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request before failing, so a client can fix them all at once. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public FieldErrors add(String field, ErrorCode code, String message) {
        errors.add(new Problem.FieldError(field, code, message));
        return this;
    }

    public FieldErrors check(boolean valid, String field, String message) {
        return valid ? this : add(field, message);
    }

    public FieldErrors check(boolean valid, String field, ErrorCode code, String message) {
        return valid ? this : add(field, code, message);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
