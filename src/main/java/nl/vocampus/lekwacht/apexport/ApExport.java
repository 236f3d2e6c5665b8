package nl.vocampus.lekwacht.apexport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ApExport", description = "The answers for the AP's notification form, by its ten chapters, with Dutch question labels "
        + "so they can be copied into the AP's web form. `missing` names each question without an answer.")
public record ApExport(UUID incidentId, String reference, Instant generatedAt, List<Chapter> chapters, List<Question> missing) {

    @Schema(name = "ApExportChapter")
    public record Chapter(@Schema(examples = "4") int number, @Schema(examples = "Tijdlijn") String title, List<Question> questions) {
    }

    @Schema(name = "ApExportQuestion")
    public record Question(
            @Schema(examples = "4.5") String id,
            @Schema(examples = "Hoe is de inbreuk ontdekt?") String question,
            @Schema(nullable = true, description = "The answer in Dutch; null when missing") String answer) {
    }
}
