package nl.vocampus.lekwacht.web.admin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.Problem;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an admin page shows back after a refused form: the values as typed and a Dutch error per field, keyed by the
 * id of the input (unique on the page, as one page holds a form per school, person or rung). The API's field errors
 * are translated by their code; the field name becomes an input id through the page's own mapping.
 */
public class AdminForm {

    /** A link from the error summary to its field. */
    public record ErrorLink(String anchor, String message) {
    }

    private final AdminMsg msg;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public AdminForm(AdminMsg msg) {
        this.msg = msg;
    }

    public AdminForm typed(String id, String value) {
        values.put(id, value == null ? "" : value);
        return this;
    }

    /** The value as typed, or the fallback (the stored value) when this form was not the one submitted. */
    public String value(String id, Object fallback) {
        return values.containsKey(id) ? values.get(id) : fallback == null ? "" : fallback.toString();
    }

    public String error(String id) {
        return errors.get(id);
    }

    public boolean hasError(String id) {
        return errors.containsKey(id);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<ErrorLink> summary() {
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach((id, message) -> links.add(new ErrorLink(id, message)));
        return links;
    }

    public void add(String id, String message) {
        errors.putIfAbsent(id, message);
    }

    /** The API's field errors, each next to the input the mapping names. */
    public void problems(List<Problem.FieldError> fieldErrors, Function<String, String> inputOf) {
        fieldErrors.forEach(e -> add(inputOf.apply(e.field()), message(e.code())));
    }

    /** Bean-validation violations of the request the form became, as the API would report them. */
    public void violations(Iterable<? extends ConstraintViolation<?>> violations, Function<String, String> inputOf) {
        for (ConstraintViolation<?> v : violations) {
            Class<? extends Annotation> constraint = v.getConstraintDescriptor().getAnnotation().annotationType();
            String message;
            if (constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class) {
                message = msg.error_required();
            } else if (constraint == Size.class) {
                message = msg.error_too_long();
            } else if (constraint == Email.class) {
                message = msg.error_email();
            } else if (constraint == Pattern.class) {
                message = msg.error_code_pattern();
            } else if (constraint == Min.class || constraint == Max.class) {
                message = msg.error_out_of_range();
            } else {
                message = msg.error_invalid();
            }
            add(inputOf.apply(v.getPropertyPath().toString()), message);
        }
    }

    /** The Dutch text of an error code. */
    public String message(String code) {
        if (code == null) {
            return msg.error_invalid();
        }
        for (ErrorCode known : ErrorCode.values()) {
            if (known.code().equals(code)) {
                return switch (known) {
                    case REQUIRED -> msg.error_required();
                    case TOO_LONG -> msg.error_too_long();
                    case TAKEN -> msg.error_taken();
                    case INVALID_CHARACTER -> msg.error_invalid_character();
                    case UNKNOWN_VALUE -> msg.error_unknown_value();
                    case OUT_OF_RANGE -> msg.error_out_of_range();
                    case OUT_OF_ORDER -> msg.error_out_of_order();
                    case OVERDUE_AT_DEADLINE -> msg.error_overdue_at_deadline();
                    case NO_EARLY_RUNG -> msg.error_no_early_rung();
                    case MISSING_ROLE -> msg.error_missing_role();
                    case NOT_A_WEBHOOK -> msg.error_not_a_webhook();
                    default -> msg.error_invalid();
                };
            }
        }
        return msg.error_invalid();
    }
}
