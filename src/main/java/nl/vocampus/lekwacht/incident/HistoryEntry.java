package nl.vocampus.lekwacht.incident;

import java.time.Instant;

/** One line of an incident's history, for the incident page's timeline. */
public record HistoryEntry(Instant at, String actor, String type, String detail) {
}
