package nl.vocampus.lekwacht.audit;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.register.RegisterCsv;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail as CSV for Dutch Excel, written as the register's CSV ({@link RegisterCsv}): UTF-8 with BOM,
 * {@code ;}, every field quoted, moments as dd-MM-yyyy HH:mm:ss in Europe/Amsterdam. Actions as their codes, which
 * the API's filter takes.
 */
@ApplicationScoped
public class AuditCsv {

    static final List<String> HEADERS = List.of("Nr.", "Moment", "Handeling", "Inlognaam", "Vaste id", "Rollen", "Melding",
            "School", "Adres");

    private final DateTimeFormatter moment;

    AuditCsv(AmsterdamTime time) {
        this.moment = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(time.zone());
    }

    /** Fills a list as {@link AuditService#each} hands records over, then writes it. */
    public final class Sheet {
        private final List<List<String>> rows = new ArrayList<>(List.of(HEADERS));

        public void add(AuditDtos.AuditEntry e) {
            rows.add(List.of(Long.toString(e.position()), moment.format(e.at()), e.action().name(), e.actorName(),
                    text(e.actorSubject()), String.join(", ", e.actorRoles()), e.incidentId() == null ? "" : e.incidentId().toString(),
                    text(e.schoolCode()), text(e.remoteAddress())));
        }

        public byte[] bytes() {
            return RegisterCsv.excel(rows);
        }
    }

    public Sheet sheet() {
        return new Sheet();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
