package nl.vocampus.lekwacht.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Deadlines", description = "The open incidents (REPORTED, ASSESSING), soonest deadline first")
public record DeadlinesResponse(
        @Schema(description = "The moment remainingSeconds count from: now truncated to lekwacht.deadlines.bucket (10 s). "
                + "A dashboard counts down locally from here.") Instant asOf,
        int count,
        List<DeadlineItem> items) {
}
