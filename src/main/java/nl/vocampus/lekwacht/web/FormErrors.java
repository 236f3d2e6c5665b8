package nl.vocampus.lekwacht.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The errors of a submitted form: one message per field, the first one found. */
public class FormErrors {

    public record Item(String field, String message) {
    }

    private final Map<String, String> messages = new LinkedHashMap<>();

    public void add(String field, String message) {
        messages.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The message for a field, or null. */
    public String get(String field) {
        return messages.get(field);
    }

    /** All errors, those of the given fields first and in that order. */
    public List<Item> inOrder(List<String> fieldOrder) {
        return Stream.concat(fieldOrder.stream(), messages.keySet().stream().filter(f -> !fieldOrder.contains(f)))
                .map(f -> messages.containsKey(f) ? new Item(f, messages.get(f)) : null)
                .filter(Objects::nonNull)
                .toList();
    }
}
