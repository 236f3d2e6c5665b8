package nl.vocampus.lekwacht.incident;

/** Optional filters of the incident list; null means "any". */
public record IncidentFilter(IncidentStatus status, IncidentKind kind, String school) {
}
