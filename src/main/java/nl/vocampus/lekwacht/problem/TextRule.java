package nl.vocampus.lekwacht.problem;

/**
 * The one rule for text a client sends, in a body, a query or a path, or a page's form: no NUL (PostgreSQL
 * refuses it), no half surrogate pairs (stored as "?" otherwise), no C0 or C1 control characters and no DEL,
 * except tab, line feed and carriage return in a {@link MultiLine} field. Refused, never cleaned up: a changed
 * text would be a silent change of what the reporter wrote.
 */
public final class TextRule {

    private TextRule() {
    }

    /** Why the value breaks the rule, or null when it does not. */
    public static String problem(String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain half of a surrogate pair (invalid Unicode)";
            } else if (c == 0) {
                return "must not contain the NUL character (U+0000)";
            } else if (isControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return "must not contain the control character U+%04X%s".formatted((int) c,
                        multiLine ? "; only tab and line breaks are allowed" : ": it is a one-line field");
            }
        }
        return null;
    }

    /** Checks a query or path parameter (always one line); throws a 400 naming it. */
    public static String parameter(String name, String value) {
        String problem = problem(value, false);
        if (problem != null) {
            throw ProblemException.invalid(java.util.List.of(new Problem.FieldError(name, ErrorCode.INVALID_CHARACTER, problem)));
        }
        return value;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
