package nl.vocampus.lekwacht.escalation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the mails: Dutch here, English in messages/mail_en.properties (every key). A mail goes out in its
 * recipient's language (person.language).
 */
@MessageBundle(value = "mail", locale = "nl")
public interface MailMessages {

    /** The mail's lang attribute. */
    @Message("nl")
    String htmlLang();

    @Message("{#switch name}{#case 'LOST_DEVICE'}Verloren apparaat{#case 'STOLEN_DEVICE'}Gestolen apparaat{#else}Vermoedelijk datalek{/switch}")
    String kind(String name);

    @Message("Ontvangstbevestiging melding {reference}")
    String subjectReceipt(String reference);

    @Message("Nieuwe melding {reference}: beoordelen vóór {deadline}")
    String subjectNewReport(String reference, String deadline);

    @Message("Herinnering {reference}: nog {hours} uur tot de meldtermijn")
    String subjectReminder(String reference, long hours);

    @Message("{reference}: nog {hours} uur - meld nu bij de AP met wat bekend is")
    String subjectAdviseNotifyNow(String reference, long hours);

    @Message("Escalatie {reference}: nog {hours} uur, er is nog geen besluit")
    String subjectEscalation(String reference, long hours);

    @Message("LAATSTE WAARSCHUWING {reference}: nog {hours} uur tot de meldtermijn")
    String subjectFinalWarning(String reference, long hours);

    @Message("TERMIJN VERSTREKEN {reference}: de 72 uur zijn voorbij zonder besluit")
    String subjectOverdue(String reference);

    @Message("Dagoverzicht Lekwacht {date}: {count} open {count == 1 ? 'melding' : 'meldingen'}")
    String subjectDigest(String date, int count);

    @Message("Bedankt voor je melding. We hebben hem goed ontvangen onder kenmerk {reference} ({kindLabel}, {school}).")
    String receiptThanks(String reference, String kindLabel, String school);

    @Message("Je leidinggevende en de privacy verantwoordelijke zijn direct ingelicht. De privacy verantwoordelijke beoordeelt of er een datalek is en of het gemeld moet worden bij de Autoriteit Persoonsgegevens. Dat moet uiterlijk {deadline}.")
    String receiptNext(String deadline);

    @Message("Komt er nog iets boven water, zoals een apparaat dat terug is of een wachtwoord dat gedeeld bleek? Geef het meteen door via Lekwacht: elke aanvulling telt.")
    String receiptMore();

    @Message("Let op: deze melding kwam laat binnen of kon niet eerder verstuurd worden. Eerdere herinneringen zijn in dit ene bericht samengevoegd.")
    String late();

    @Message("Melding {reference} ({kindLabel}, {school}) vraagt om jouw aandacht.")
    String attention(String reference, String kindLabel, String school);

    @Message("Meldtermijn Autoriteit Persoonsgegevens: {deadline}")
    String deadline(String deadline);

    @Message("verstreken, {hours} uur geleden")
    String overdueSince(long hours);

    @Message("nog {hours} uur")
    String remaining(long hours);

    @Message("""
            {#switch kind}\
            {#case 'NEW_REPORT'}Er is een nieuwe melding gedaan. Beoordeel zo snel mogelijk of het om een datalek gaat en of het gemeld moet worden.\
            {#case 'REMINDER'}Er is nog geen besluit vastgelegd over het melden bij de Autoriteit Persoonsgegevens.\
            {#case 'ADVISE_NOTIFY_NOW'}Er is nog geen besluit. Advies: meld nu bij de Autoriteit Persoonsgegevens met wat bekend is en vul de melding later aan.\
            {#case 'ESCALATION'}Er is nog steeds geen besluit. De FG en de directie zijn nu ook ingelicht.\
            {#case 'FINAL_WARNING'}Laatste waarschuwing: de meldtermijn loopt bijna af. Leg nu een besluit vast.\
            {#case 'OVERDUE'}De meldtermijn is verstreken zonder vastgelegd besluit. Meld alsnog zo snel mogelijk en leg de reden van de vertraging vast.\
            {/switch}""")
    String ask(String kind);

    @Message("{deputy} ontvangt dit bericht namens {absent}, die afwezig is tot {until}.")
    String standIn(String deputy, String absent, String until);

    @Message("Open de melding in Lekwacht")
    String open();

    @Message("Kenmerk")
    String cardReference();

    @Message("Soort")
    String cardKind();

    @Message("School")
    String cardSchool();

    @Message("Meldtermijn AP")
    String cardDeadline();

    @Message("Dit bericht is automatisch verstuurd door Lekwacht. Het bevat bewust geen details over het incident of de betrokkenen.")
    String footer();

    @Message("Open meldingen van {school} op {date}, de eerste deadline bovenaan:")
    String digestIntro(String school, String date);

    @Message("Niet verstuurde berichten (mislukt na alle pogingen): controleer de adressen en de mailserver.")
    String digestFailures();

    @Message("Meldtermijn AP {reference}")
    String calendarSummary(String reference);

    @Message("Uiterste moment om datalek {reference} bij de Autoriteit Persoonsgegevens te melden (72 uur na bekendwording). Zie Lekwacht.")
    String calendarDescription(String reference);
}
