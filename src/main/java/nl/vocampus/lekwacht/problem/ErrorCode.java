package nl.vocampus.lekwacht.problem;

/**
 * The kinds of field error a client or a page can act on without reading the English message. The code is
 * what {@link Problem.FieldError#code()} carries; the pages look it up in their message bundles.
 */
public enum ErrorCode {
    /** NUL, a control character (any in a one-line field) or half a surrogate pair. */
    INVALID_CHARACTER("invalid-character"),
    /** A JSON value of another type than the declared one: a number for a string, "true" for a boolean, 1.5 for a whole number. */
    WRONG_TYPE("wrong-type"),
    /** Not one of the allowed values of a closed set. */
    UNKNOWN_VALUE("unknown-value"),
    UNKNOWN_FIELD("unknown-field"),
    /** A directory without someone in a role it needs (a privacy officer, a default leidinggevende), or a role a flag needs. */
    MISSING_ROLE("missing-role"),
    /** A unique value another entry already holds (a school's code). */
    TAKEN("taken"),
    /** Known, but no longer taking new entries: a school the foundation no longer runs. */
    INACTIVE("inactive"),
    /** Missing, null or blank where a value is required. */
    REQUIRED("required"),
    /** More characters or items than allowed. */
    TOO_LONG("too-long"),
    /** A moment after now plus the allowed clock skew. */
    IN_THE_FUTURE("must-not-be-future"),
    /** A moment before {@link nl.vocampus.lekwacht.common.Moments#EARLIEST}. */
    TOO_EARLY("too-early"),
    /** A number outside its bounds, or a register day outside {@link nl.vocampus.lekwacht.common.Moments#EARLIEST_DAY} to {@link nl.vocampus.lekwacht.common.Moments#LATEST_DAY}. */
    OUT_OF_RANGE("out-of-range"),
    /** Not later than the item before it, in a list that must strictly increase (the rungs of a ladder). */
    OUT_OF_ORDER("out-of-order"),
    /** A rung at the 72-hour deadline that is not the overdue notice, or an overdue notice elsewhere. */
    OVERDUE_AT_DEADLINE("overdue-at-deadline"),
    /** A ladder without a rung before the 48-hour advice to notify. */
    NO_EARLY_RUNG("no-early-rung"),
    /** Not a Teams Workflows webhook URL: https, a host and its own sig parameter, no credentials. */
    NOT_A_WEBHOOK("not-a-webhook");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
