package nl.vocampus.lekwacht.incident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "IncidentPage", description = "A page of incidents, soonest deadline first")
public record IncidentPage(List<IncidentSummary> items, int page, int size, long total, int totalPages) {
}
