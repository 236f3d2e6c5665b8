package nl.vocampus.lekwacht.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.Problem;

import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * Puts the API's errors next to the form's fields, in the page's language: Bean Validation violations
 * by their constraint, the IncidentValidator's cross-field rules by their message.
 */
final class ReportErrors {

    /** API field path to form field (the first of a date/time pair, the group of a checkbox list). */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("discoveredAt", "discoveredDate"),
            Map.entry("occurredFrom", "occurredFromDate"),
            Map.entry("occurredTo", "occurredToDate"),
            Map.entry("awareAt", "awareDate"),
            Map.entry("device", "deviceType"),
            Map.entry("device.type", "deviceType"),
            Map.entry("device.schoolIssued", "deviceSchoolIssued"),
            Map.entry("device.assetTag", "deviceAssetTag"),
            Map.entry("device.serialNumber", "deviceSerialNumber"),
            Map.entry("device.encrypted", "deviceEncrypted"),
            Map.entry("device.screenLock", "deviceScreenLock"),
            Map.entry("device.remoteWipe", "deviceRemoteWipe"),
            Map.entry("device.lastKnownLocation", "deviceLocation"),
            Map.entry("device.policeReportNumber", "policeReportNumber"),
            Map.entry("dataInvolved.categories", "categories"),
            Map.entry("dataInvolved.groups", "groups"),
            Map.entry("dataInvolved.approximatePeople", "approximatePeople"));

    private final Msg msg;
    private final FormErrors errors;

    ReportErrors(Msg msg, FormErrors errors) {
        this.msg = msg;
        this.errors = errors;
    }

    static String formField(String apiField) {
        String path = apiField.replaceAll("\\[\\d+]", "");
        return FIELDS.getOrDefault(path, path);
    }

    void violation(ConstraintViolation<?> violation) {
        String apiField = violation.getPropertyPath().toString().replaceAll("\\[\\d+]", "");
        Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String message;
        if (constraint == NotNull.class || constraint == NotBlank.class) {
            message = required(apiField);
        } else if (constraint == Size.class) {
            message = msg.error_too_long((Integer) violation.getConstraintDescriptor().getAttributes().get("max"));
        } else if (constraint == PositiveOrZero.class || constraint == Max.class) {
            message = msg.error_number_range();
        } else {
            message = msg.error_invalid();
        }
        add(formField(apiField), message);
    }

    /** The API's field errors: by their code where they have one, else the IncidentValidator's rules by message; an unknown one still marks the field. */
    void problem(Problem.FieldError error) {
        String field = error.field();
        String text = error.message() == null ? "" : error.message();
        String message;
        if (ErrorCode.INVALID_CHARACTER.code().equals(error.code())) {
            message = msg.error_invalid_character();
        } else if (ErrorCode.TOO_EARLY.code().equals(error.code())) {
            message = msg.error_too_early();
        } else if (ErrorCode.IN_THE_FUTURE.code().equals(error.code()) || text.startsWith("must not be in the future")) {
            message = msg.error_future();
        } else if (field.equals("occurredTo") && text.startsWith("must not be before occurredFrom")) {
            message = msg.error_to_before_from();
        } else if (field.equals("discoveredAt") && text.startsWith("must not be before occurredFrom")) {
            message = msg.error_discovered_before_occurred();
        } else if (field.equals("awareAt") && text.startsWith("must not be before discoveredAt")) {
            message = msg.error_aware_before_discovered();
        } else if (field.equals("awareAt") && text.startsWith("must not be before the current moment of awareness")) {
            message = msg.error_aware_before_current();
        } else if (field.equals("school") && ErrorCode.INACTIVE.code().equals(error.code())) {
            message = msg.error_school_inactive();
        } else if (field.equals("school")) {
            message = msg.error_school_unknown();
        } else if (field.equals("managerEmail")) {
            message = msg.error_manager_unknown();
        } else if (field.equals("device")) {
            message = msg.error_device_type_required();
        } else {
            message = msg.error_invalid();
        }
        add(formField(field), message);
    }

    /** A moment whose time could not be read has one error already; "required" on its date would repeat it. */
    private void add(String field, String message) {
        if (field.endsWith("Date") && errors.get(field.substring(0, field.length() - 4) + "Time") != null) {
            return;
        }
        errors.add(field, message);
    }

    private String required(String apiField) {
        return switch (apiField) {
            case "kind" -> msg.error_kind_required();
            case "school" -> msg.error_school_required();
            case "summary" -> msg.error_summary_required();
            case "description" -> msg.error_description_required();
            case "discoveredAt" -> msg.error_discovered_required();
            case "device.type" -> msg.error_device_type_required();
            default -> msg.error_required();
        };
    }
}
