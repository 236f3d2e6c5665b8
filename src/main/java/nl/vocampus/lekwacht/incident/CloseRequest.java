package nl.vocampus.lekwacht.incident;

import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseInput", description = "Closing a decided incident; the body may be left out")
public record CloseRequest(
        @Schema(description = "Why it can be closed; kept in the history", examples = "Maatregelen uitgevoerd, betrokkenen geïnformeerd")
        @Size(max = 4000) @MultiLine String reason) {
}
