package nl.vocampus.lekwacht.problem;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Applies {@link TextRule} to every String of a request record, nested records and lists included, each named
 * by its path in the body (device.assetTag, people[0].name). The API checks every body with it
 * ({@link RequestTextCheck}), the web pages every record they build from a form.
 */
public final class RequestText {

    private RequestText() {
    }

    public static List<Problem.FieldError> violations(Object request) {
        List<Problem.FieldError> found = new ArrayList<>();
        walk(request, "", false, found);
        return found;
    }

    /** Throws a 400 naming every field that breaks the rule. */
    public static void check(Object request) {
        List<Problem.FieldError> found = violations(request);
        if (!found.isEmpty()) {
            throw ProblemException.invalid(found);
        }
    }

    private static void walk(Object value, String path, boolean multiLine, List<Problem.FieldError> found) {
        if (value instanceof String text) {
            String problem = TextRule.problem(text, multiLine);
            if (problem != null) {
                found.add(new Problem.FieldError(path.isEmpty() ? "body" : path, ErrorCode.INVALID_CHARACTER, problem));
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", multiLine, found);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        component.isAnnotationPresent(MultiLine.class), found);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
