package nl.vocampus.lekwacht.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

@ConfigMapping(prefix = "lekwacht.audit")
public interface AuditConfig {

    /**
     * How long audit records are kept; older ones are removed by {@link AuditPurge}. Longer than incidents are kept
     * (lekwacht.retention.*), so the trail still shows who handled an incident after it was pseudonymised.
     */
    @WithDefault("P7Y")
    Period keep();

    /** How many records GET /api/audit/verify reads at a time while it walks the chain. */
    @WithDefault("1000")
    int verifyBatch();
}
