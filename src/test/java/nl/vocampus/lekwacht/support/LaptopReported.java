package nl.vocampus.lekwacht.support;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

/** Each test starts with a fresh lost-laptop report (discovered 2026-11-21 09:00 Amsterdam) and the clock one hour later. */
public abstract class LaptopReported {

    public static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Inject
    protected TestClock clock;
    @Inject
    protected RowCounts rows;

    /** The report's incident id. */
    protected String id;

    @BeforeEach
    void reportLaptop() {
        clock.set(NOW);
        id = Api.reportLostLaptop("2026-11-21T09:00:00+01:00");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
