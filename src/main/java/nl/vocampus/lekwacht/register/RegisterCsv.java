package nl.vocampus.lekwacht.register;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.assessment.AssessmentRequest;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.decision.DecisionResponse;
import nl.vocampus.lekwacht.filing.FilingResponse;
import nl.vocampus.lekwacht.informing.InformingResponse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register as CSV that Dutch Excel opens correctly with a double click: UTF-8 with a byte order mark
 * (else Excel guesses Windows-1252 and breaks ë and é), {@code ;} as separator (the Dutch list separator,
 * since the comma is the decimal sign), CRLF between records, every field quoted (so {@code ;}, {@code "}
 * and line breaks inside a field survive), dates as dd-MM-yyyy HH:mm in Europe/Amsterdam. One row per
 * incident; several decisions, filings or informings share a cell, one line each.
 */
@ApplicationScoped
public class RegisterCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ZoneId zone;
    private final List<Column> columns;

    RegisterCsv(AmsterdamTime time) {
        this.zone = time.zone();
        this.columns = columns();
    }

    private record Column(String header, Function<RegisterEntry, String> value) {
    }

    public byte[] write(List<RegisterEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(Column::header).toList());
        for (RegisterEntry entry : entries) {
            rows.add(columns.stream().map(c -> c.value().apply(entry)).toList());
        }
        return excel(rows);
    }

    /** Rows (the first the headers) as CSV for Dutch Excel, written as described above; for other lists too. */
    public static byte[] excel(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        rows.forEach(r -> row(csv, r));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append('"').append(guard(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /**
     * A text that starts with = + - @ would run as a formula when the register is opened in Excel (a
     * reporter could type one into a description); a leading apostrophe makes Excel show it as text.
     */
    static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    private List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("Kenmerk", RegisterEntry::reference));
        c.add(new Column("School", RegisterEntry::school));
        c.add(new Column("Soort melding", e -> DutchText.kind(e.kind())));
        c.add(new Column("Status", e -> DutchText.status(e.status())));
        c.add(new Column("Ronde", e -> String.valueOf(e.round())));
        c.add(new Column("Samenvatting", RegisterEntry::summary));
        c.add(new Column("Omschrijving", RegisterEntry::description));
        c.add(new Column("Wat is er gebeurd", e -> DutchText.whatHappened(facts(e).whatHappened() != null ? facts(e).whatHappened() : e.whatHappened())));
        c.add(new Column("Oorzaak", e -> facts(e).cause()));
        c.add(new Column("Begin incident", e -> date(e.occurredFrom())));
        c.add(new Column("Einde incident", e -> date(e.occurredTo())));
        c.add(new Column("Ontdekt op", e -> date(e.discoveredAt())));
        c.add(new Column("Gemeld op", e -> date(e.reportedAt())));
        c.add(new Column("Bekend sinds (start 72 uur)", e -> date(e.awareAt())));
        c.add(new Column("Uiterste meldmoment AP", e -> date(e.deadline())));
        c.add(new Column("Gemeld bij AP op", e -> date(e.notifiedApAt())));
        c.add(new Column("Afgesloten op", e -> date(e.closedAt())));
        c.add(new Column("Gepseudonimiseerd op", e -> date(e.pseudonymisedAt())));
        c.add(new Column("Beoordeeld", e -> DutchText.yesNo(e.assessed())));
        c.add(new Column("Persoonsgegevens", e -> facts(e).dataCategories() == null ? "" : DutchText.categories(facts(e).dataCategories())));
        c.add(new Column("Betrokkenen", e -> e.affectedGroups().stream().map(DutchText::group).collect(Collectors.joining(", "))));
        c.add(new Column("Aantal betrokkenen", e -> number(facts(e).numberOfPeople())));
        c.add(new Column("Kinderen betrokken", e -> DutchText.yesNo(facts(e).childrenInvolved())));
        c.add(new Column("Versleuteld", e -> DutchText.yesNo(facts(e).encrypted())));
        c.add(new Column("Gevolgen voor betrokkenen", e -> facts(e).consequences()));
        c.add(new Column("Ernst", e -> facts(e).severity() == null ? "" : DutchText.severity(facts(e).severity())));
        c.add(new Column("Genomen maatregelen", e -> facts(e).measuresTaken()));
        c.add(new Column("Suggestie Lekwacht", e -> perDecision(e, d -> d.suggestedOutcome() == null ? "" : DutchText.outcome(d.suggestedOutcome()))));
        c.add(new Column("Regels suggestie", e -> perDecision(e, d -> String.join(", ", d.suggestedRules()))));
        c.add(new Column("Besluit", e -> perDecision(e, d -> DutchText.outcome(d.decidedOutcome()))));
        c.add(new Column("Onderbouwing besluit", e -> perDecision(e, DecisionResponse::reasoning)));
        c.add(new Column("Reden vertraging", e -> perDecision(e, d -> d.delayReason() == null ? "" : d.delayReason())));
        c.add(new Column("Besloten door", e -> perDecision(e, DecisionResponse::decidedBy)));
        c.add(new Column("Besloten op", e -> perDecision(e, d -> date(d.decidedAt()))));
        c.add(new Column("Meldingen AP", e -> lines(e.filings(), this::filing)));
        c.add(new Column("Betrokkenen geïnformeerd", e -> lines(e.informing(), this::informing)));
        return List.copyOf(c);
    }

    private static AssessmentRequest facts(RegisterEntry e) {
        return e.assessment();
    }

    private String date(Instant instant) {
        return DutchText.dateTime(instant, zone);
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    /** One line per decision, marked with its round when there are several. */
    private static String perDecision(RegisterEntry e, Function<DecisionResponse, String> value) {
        if (e.decisions().size() == 1) {
            return value.apply(e.decisions().get(0));
        }
        return lines(e.decisions(), d -> "Ronde " + d.round() + ": " + value.apply(d));
    }

    private String filing(FilingResponse f) {
        return DutchText.filingType(f.type()) + " " + f.meldnummer() + " op " + date(f.filedAt())
                + (f.withdrawn() ? " (ingetrokken)" : "") + (f.delayReason() == null ? "" : "; reden vertraging: " + f.delayReason());
    }

    private String informing(InformingResponse i) {
        return date(i.informedAt()) + ": " + i.peopleCount() + " personen per "
                + i.methods().stream().map(DutchText::method).collect(Collectors.joining(", "));
    }

    private static <T> String lines(List<T> items, Function<T, String> line) {
        return items.stream().map(line).collect(Collectors.joining("\n"));
    }
}
