package nl.vocampus.lekwacht.incident;

import io.quarkus.panache.common.Sort;

/** How a list of incidents is ordered. */
public enum IncidentOrder {
    /** Soonest deadline first: what needs attention now (API, dashboards). */
    DEADLINE(Sort.by("deadline").and("reference")),
    /** Latest report first: a reporter looks for what they just reported. */
    NEWEST_FIRST(Sort.by("createdSeq", Sort.Direction.Descending));

    private final Sort sort;

    IncidentOrder(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }
}
