package nl.vocampus.lekwacht.web;

/**
 * Why a page could not be shown, one constant per error page; the texts are errorTitle_ and errorText_
 * in the message files. The HTTP status is kept as it was (a 405 stays a 405).
 */
public enum PageError {
    /** The request could not be read (a 4xx with no page of its own). */
    BAD_REQUEST,
    /** A form post without a valid CSRF token: typically a form left open too long, or opened before a new login. */
    FORM_EXPIRED,
    /** The user's role does not allow this page or form. */
    FORBIDDEN,
    /** No such page, or an incident this user may not see. */
    NOT_FOUND,
    /** The page exists but not for this method, e.g. a GET on a form's address. */
    METHOD_NOT_ALLOWED,
    /** The form's contents are too large. */
    TOO_LARGE,
    /** Anything that went wrong on the server: the page says so and shows no detail. */
    SERVER_ERROR;

    /** The error page for a status (the CSRF failure is told apart by the caller). */
    public static PageError of(int status) {
        return switch (status) {
            case 403 -> FORBIDDEN;
            case 404, 410 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> TOO_LARGE;
            default -> status >= 500 ? SERVER_ERROR : BAD_REQUEST;
        };
    }
}
