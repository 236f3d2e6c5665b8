package nl.vocampus.lekwacht.web;

/** One choice of a radio group, checkbox group or select, with its element id. */
public record Option(String id, String value, String label, boolean checked) {
}
