package nl.vocampus.lekwacht.escalation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.LaptopReported;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.MANAGER;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The mail server's error text is for the privacy officer and the FG, who deal with failed messages;
 * staff (on their own report) and the leidinggevende see the steps, their status and attempts, not why.
 */
@QuarkusTest
class EscalationErrorVisibilityTest extends LaptopReported {

    private static final String SMTP_TEXT = "550 5.1.1 <privacy@ssgn.example>: Recipient address rejected at relay.ssgn.local";

    @Inject
    AgroalDataSource dataSource;

    /** A failed H24 step, as the sweeper leaves it after the last attempt (set directly: the subject here is who reads it). */
    @BeforeEach
    void h24Failed() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update escalation_step set status = 'FAILED', attempts = 3, last_error = ? "
                     + "where incident_id = ? and step = 'H24'")) {
            s.setString(1, SMTP_TEXT);
            s.setObject(2, UUID.fromString(id));
            s.executeUpdate();
        }
    }

    @Test
    void thePrivacyOfficerAndTheFgSeeWhyAStepFailed() {
        for (String user : new String[]{PRIVACY, DPO}) {
            as(user).get("/api/incidents/" + id + "/escalations").then().statusCode(200)
                    .body("find { it.step == 'H24' }.status", equalTo("FAILED"))
                    .body("find { it.step == 'H24' }.lastError", equalTo(SMTP_TEXT));
        }
    }

    @Test
    void theReporterAndTheLeidinggevendeSeeThatItFailedButNotTheServersText() {
        for (String user : new String[]{STAFF, MANAGER}) {
            as(user).get("/api/incidents/" + id + "/escalations").then().statusCode(200)
                    .body("find { it.step == 'H24' }.status", equalTo("FAILED"))
                    .body("find { it.step == 'H24' }.attempts", equalTo(3))
                    .body("lastError", everyItem(nullValue()));
        }
    }
}
