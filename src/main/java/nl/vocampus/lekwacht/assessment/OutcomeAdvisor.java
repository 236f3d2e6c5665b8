package nl.vocampus.lekwacht.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.DeviceType;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static nl.vocampus.lekwacht.assessment.Outcome.NOTIFY_AP;
import static nl.vocampus.lekwacht.assessment.Outcome.NOTIFY_AP_AND_INFORM_PEOPLE;
import static nl.vocampus.lekwacht.assessment.Outcome.REGISTER_ONLY;
import static nl.vocampus.lekwacht.incident.YesNoUnknown.NO;
import static nl.vocampus.lekwacht.incident.YesNoUnknown.YES;

/**
 * Suggests what to do with a breach: register only, notify the AP, or also inform the people
 * affected. The rules follow the EDPB guidelines 9/2022 on personal data breach notification and the
 * examples of guidelines 01/2021.
 * <p>
 * <b>The system only suggests; a person decides.</b> The privacy officer takes the decision and
 * records the reasoning in the register (art. 33(5)). Every rule that influenced the suggestion is
 * returned with a Dutch explanation so the officer can check the reasoning instead of trusting it.
 *
 * <h2>How rules combine</h2>
 * Every situation rule that matches the facts is applied and the strictest outcome wins: one
 * incident can be two situations at once (phishing that led to account misuse and ransomware), and
 * under-notifying is the mistake that cannot be repaired after 72 hours. When no situation rule
 * matches, the suggestion is to notify, because the AP asks controllers to notify when a risk cannot
 * be excluded.
 *
 * <h2>Unknown facts</h2>
 * Register-only needs the risk to be shown unlikely, so an unknown fact never earns it (unknown
 * encryption, unknown key status, unknown backup, unknown data categories, unknown number of
 * people). Informing people needs a high risk (art. 34), so an unknown alone does not trigger it;
 * the one exception is ransomware where exfiltration is unknown, because an attacker who held
 * the systems may well have copied the data (EDPB 01/2021, the ransomware cases).
 * <p>
 * A lost or stolen encrypted device with an uncompromised key but an <em>unknown</em> backup is
 * therefore suggested as "notify": "data can be restored" is part of the EDPB's register-only case,
 * and checking the backup normally takes minutes, after which the suggestion drops to register only.
 *
 * <h2>Severity</h2>
 * The AP's four levels are mapped onto the GDPR's own thresholds, so that severity and outcome tell
 * the same story: register only means a risk is unlikely ({@link Severity#NEGLIGIBLE}); notifying
 * means a risk ({@link Severity#LIMITED}); informing people means a high risk
 * ({@link Severity#CONSIDERABLE}), or {@link Severity#VERY_LARGE} when art. 9 special categories are
 * involved, or sensitive data of {@link #MANY_PEOPLE} or more people, because those are the leaks the
 * GDPR and the AP treat as the most harmful. Children are vulnerable, so when they are affected the
 * severity goes up one level, capped at {@link Severity#VERY_LARGE}. The children rule raises only
 * the severity, not the outcome: whether to inform parents is then the officer's call.
 *
 * <h2>Clocks</h2>
 * The clock flags are about notifying, so they are set only when the suggestion involves notifying:
 * "notify now with what is known" would contradict a register-only suggestion, and the reason for a
 * delay is required only in a late notification (art. 33(1)). For a register-only suggestion the
 * clock still shows up as a fired rule, telling the officer to record the decision.
 */
@ApplicationScoped
public class OutcomeAdvisor {

    /** From this many people on a leak counts as large: inform them. No EDPB figure exists; 100 is about four school classes. */
    public static final int MANY_PEOPLE = 100;
    /** Fewer than this many visible addresses counts as "few" for a To/CC mistake: about one small work group. */
    public static final int FEW_PEOPLE = 10;
    /** Ransomware restored within this many hours counts as "restored quickly": one school day lost at most. */
    public static final int QUICK_RESTORE_HOURS = 24;
    /** Undecided this long after awareness: notify now and follow up later, leaving a day of margin. */
    public static final Duration NOTIFY_NOW_AFTER = Duration.ofHours(48);
    /** GDPR art. 33(1): notify the AP within 72 clock hours after awareness. */
    public static final Duration AP_DEADLINE = Duration.ofHours(72);

    /**
     * Suggests an outcome for the facts recorded so far.
     *
     * @param facts          the assessment; unknown facts are {@code null}
     * @param sinceAwareness time since the school became aware; {@code null} when awareness is not yet
     *                       recorded, in which case no clock advice is given
     */
    public Suggestion suggest(AssessmentFacts facts, Duration sinceAwareness) {
        Objects.requireNonNull(facts, "facts");
        Draft draft = new Draft();

        applySituationRules(facts, draft);
        Outcome outcome = draft.outcome;
        Severity severity = severity(facts, outcome, draft);
        boolean informInspectie = inspectie(facts, draft);
        boolean policeReport = policeReport(facts, draft);
        boolean notifying = outcome != REGISTER_ONLY;
        boolean pastDeadline = sinceAwareness != null && sinceAwareness.compareTo(AP_DEADLINE) >= 0;
        boolean pastNotifyNow = sinceAwareness != null && sinceAwareness.compareTo(NOTIFY_NOW_AFTER) >= 0;
        clocks(sinceAwareness, pastNotifyNow, pastDeadline, notifying, draft);

        return new Suggestion(outcome, severity, informInspectie, policeReport,
                notifying && pastNotifyNow && !pastDeadline,
                notifying && pastDeadline,
                draft.rules);
    }

    private static void applySituationRules(AssessmentFacts f, Draft d) {
        if (isLostOrStolen(f)) {
            lostOrStolen(f, d);
        }
        if (f.whatHappened() == WhatHappened.EMAIL_WRONG_RECIPIENT
                || f.whatHappened() == WhatHappened.LETTER_WRONG_ADDRESS_OR_LOST) {
            wrongRecipient(f, d);
        }
        if (f.whatHappened() == WhatHappened.ADDRESSES_VISIBLE_IN_TO_CC) {
            visibleAddresses(f, d);
        }
        if (Boolean.TRUE.equals(f.ransomware())) {
            ransomware(f, d);
        }
        if (Boolean.TRUE.equals(f.accountMisuse())) {
            d.suggest(NOTIFY_AP, "ACCOUNT_MISUSE_NOTIFY",
                    "Iemand heeft het account van een ander gebruikt in een leerlingsysteem (cijfers gewijzigd of notities gelezen). "
                            + "Dat is een inbreuk op zowel de integriteit als de vertrouwelijkheid: melden bij de AP.");
        }
        if (d.outcome == null) {
            d.suggest(NOTIFY_AP, "NO_SPECIFIC_RULE_NOTIFY",
                    "Geen specifieke regel past op deze feiten. Bij twijfel melden: de AP vraagt te melden "
                            + "zolang een risico voor de betrokkenen niet is uit te sluiten.");
        }
    }

    private static boolean isLostOrStolen(AssessmentFacts f) {
        return (f.kind() != null && f.kind().isDevice())
                || f.whatHappened() == WhatHappened.DEVICE_OR_PAPER_LOST_OR_STOLEN;
    }

    private static void lostOrStolen(AssessmentFacts f, Draft d) {
        String device = device(f.deviceType());
        // Paper cannot be encrypted, whatever was ticked.
        boolean encrypted = f.encrypted() == YES && f.deviceType() != DeviceType.PAPER;

        if (encrypted && f.keyCompromised() == NO) {
            if (f.backupAvailable() == YES) {
                d.suggest(REGISTER_ONLY, "ENCRYPTED_DEVICE_REGISTER_ONLY",
                        "De " + device + " is versleuteld met een sterke sleutel die niet is uitgelekt en de gegevens zijn "
                                + "uit een back-up te herstellen: een risico is onwaarschijnlijk, registreren volstaat. "
                                + "Heropen de beoordeling als de sleutel of het wachtwoord toch blijkt uitgelekt.");
            } else {
                d.suggest(NOTIFY_AP, "ENCRYPTED_DEVICE_NOT_RESTORABLE_NOTIFY",
                        "De " + device + " is versleuteld en de sleutel is niet uitgelekt, maar "
                                + (f.backupAvailable() == NO ? "er is geen back-up: de gegevens zijn verloren"
                                : "het is niet bekend of de gegevens uit een back-up te herstellen zijn")
                                + ". Zonder herstel is dit een inbreuk op de beschikbaarheid: melden bij de AP. "
                                + "Is er toch een back-up, dan volstaat registreren.");
            }
            return;
        }

        if (encrypted && f.keyCompromised() == YES) {
            d.suggest(NOTIFY_AP, "ENCRYPTION_KEY_EXPOSED_NOTIFY",
                    "De " + device + " is versleuteld, maar de sleutel of het wachtwoord is uitgelekt, dus de versleuteling "
                            + "beschermt niet meer. Behandel dit als onversleuteld: melden bij de AP, ook als eerder "
                            + "'alleen registreren' was besloten (heropenen).");
        } else {
            d.suggest(NOTIFY_AP, "UNPROTECTED_DEVICE_NOTIFY",
                    "De " + device + " is kwijt of gestolen en " + unprotectedBecause(f, encrypted)
                            + ". Wie het vindt, kan de gegevens lezen: melden bij de AP.");
        }
        informWhenSensitiveOrMany(f, d);
        if (f.remoteWipe() == RemoteWipe.DONE) {
            d.fire("REMOTE_WIPE_DOES_NOT_LOWER",
                    "Het apparaat is op afstand gewist, maar dat verlaagt de uitkomst niet: niemand kan aantonen "
                            + "dat de gegevens vóór het wissen niet zijn gelezen.");
        }
    }

    private static String unprotectedBecause(AssessmentFacts f, boolean encrypted) {
        if (f.deviceType() == DeviceType.PAPER) {
            return "papier is niet versleuteld";
        }
        if (encrypted) {
            return "het is niet bekend of de sleutel of het wachtwoord is uitgelekt";
        }
        return f.encrypted() == NO ? "was niet versleuteld" : "het is niet bekend of het versleuteld was";
    }

    private static void informWhenSensitiveOrMany(AssessmentFacts f, Draft d) {
        Set<DataCategory> sensitive = f.sensitiveCategories();
        if (!sensitive.isEmpty()) {
            d.suggest(NOTIFY_AP_AND_INFORM_PEOPLE, "SENSITIVE_DATA_INFORM_PEOPLE",
                    "Er zijn gevoelige gegevens bij betrokken (" + DutchLabels.categories(sensitive) + "). "
                            + "Dat geeft een hoog risico: informeer ook de betrokkenen.");
        }
        if (isMany(f)) {
            d.suggest(NOTIFY_AP_AND_INFORM_PEOPLE, "MANY_PEOPLE_INFORM_PEOPLE",
                    "Er zijn " + f.numberOfPeople() + " personen betrokken (" + MANY_PEOPLE + " of meer). "
                            + "Bij zo'n omvang is het risico hoog: informeer ook de betrokkenen.");
        }
    }

    private static void wrongRecipient(AssessmentFacts f, Draft d) {
        String what = f.whatHappened() == WhatHappened.EMAIL_WRONG_RECIPIENT ? "De e-mail" : "De brief";
        boolean trusted = f.recipientKnownAndTrusted() == YES;
        boolean deleted = f.deletionConfirmed() == YES;

        if (trusted && deleted && f.knownToHoldNothingSensitive()) {
            d.suggest(REGISTER_ONLY, "WRONG_RECIPIENT_TRUSTED_DELETED_REGISTER_ONLY",
                    what + " ging naar een bekende, vertrouwde ontvanger die heeft bevestigd de gegevens te hebben "
                            + "verwijderd, en er zit niets gevoeligs in: registreren volstaat.");
        } else if (!trusted && f.involvesSensitiveData()) {
            d.suggest(NOTIFY_AP_AND_INFORM_PEOPLE, "WRONG_RECIPIENT_SENSITIVE_NOTIFY_AND_INFORM",
                    what + " met gevoelige gegevens (" + DutchLabels.categories(f.sensitiveCategories())
                            + ") ging naar een onbekende of niet vertrouwde ontvanger: melden bij de AP en de betrokkenen informeren.");
        } else {
            List<String> missing = new ArrayList<>();
            if (!trusted) {
                missing.add("de ontvanger is niet als bekend en vertrouwd vastgesteld");
            }
            if (!deleted) {
                missing.add("verwijdering is niet bevestigd");
            }
            missing.addAll(notShownHarmless(f));
            d.suggest(NOTIFY_AP, "WRONG_RECIPIENT_NOTIFY",
                    what + " ging naar de verkeerde ontvanger en alleen registreren is niet onderbouwd: "
                            + String.join("; ", missing) + ". Melden bij de AP.");
        }
    }

    private static void visibleAddresses(AssessmentFacts f, Draft d) {
        Integer n = f.numberOfPeople();
        boolean few = n != null && n < FEW_PEOPLE;
        if (few && f.knownToHoldNothingSensitive()) {
            d.suggest(REGISTER_ONLY, "CC_FEW_PEOPLE_REGISTER_ONLY",
                    "Adressen stonden zichtbaar in Aan/CC in plaats van BCC, maar het gaat om " + n
                            + " personen (minder dan " + FEW_PEOPLE + ") en niets gevoeligs: registreren volstaat.");
        } else {
            List<String> why = new ArrayList<>();
            if (n == null) {
                why.add("het aantal personen is onbekend");
            } else if (!few) {
                why.add(n + " personen (" + FEW_PEOPLE + " of meer)");
            }
            why.addAll(notShownHarmless(f));
            d.suggest(NOTIFY_AP, "CC_ADDRESSES_VISIBLE_NOTIFY",
                    "Adressen stonden zichtbaar in Aan/CC in plaats van BCC: " + String.join("; ", why)
                            + ". Melden bij de AP.");
        }
    }

    /** Why the data categories do not (yet) show the data is harmless; empty when they do. */
    private static List<String> notShownHarmless(AssessmentFacts f) {
        if (f.involvesSensitiveData()) {
            return List.of("er zijn gevoelige gegevens bij betrokken (" + DutchLabels.categories(f.sensitiveCategories()) + ")");
        }
        if (!f.knownToHoldNothingSensitive()) {
            return List.of("niet vastgesteld welke gegevens het betreft");
        }
        return List.of();
    }

    private static void ransomware(AssessmentFacts f, Draft d) {
        Integer hours = f.unavailabilityHours();
        if (f.exfiltration() != NO) {
            d.suggest(NOTIFY_AP_AND_INFORM_PEOPLE, "RANSOMWARE_EXFILTRATION_NOTIFY_AND_INFORM",
                    (f.exfiltration() == YES ? "Bij de ransomware-aanval zijn gegevens weggenomen"
                            : "Het is niet uit te sluiten dat bij de ransomware-aanval gegevens zijn weggenomen (geen logs die het tegendeel bewijzen)")
                            + ": melden bij de AP en de betrokkenen informeren.");
        } else if (f.backupAvailable() == YES && hours != null && hours <= QUICK_RESTORE_HOURS) {
            d.suggest(REGISTER_ONLY, "RANSOMWARE_RESTORED_REGISTER_ONLY",
                    "De gegevens zijn binnen " + hours + " uur uit een back-up hersteld en de logs tonen aan dat er geen "
                            + "gegevens zijn weggenomen: registreren volstaat.");
        } else {
            String why = f.backupAvailable() != YES ? "er is geen (bekende) back-up om uit te herstellen"
                    : hours == null ? "het is niet bekend hoe lang de gegevens onbeschikbaar zijn"
                    : "de gegevens waren " + hours + " uur onbeschikbaar (langer dan " + QUICK_RESTORE_HOURS + " uur)";
            d.suggest(NOTIFY_AP, "RANSOMWARE_UNAVAILABLE_NOTIFY",
                    "Ransomware zonder aanwijzing dat gegevens zijn weggenomen, maar " + why
                            + ". Dat is een inbreuk op de beschikbaarheid: melden bij de AP.");
        }
    }

    private static Severity severity(AssessmentFacts f, Outcome outcome, Draft d) {
        Severity severity = switch (outcome) {
            case REGISTER_ONLY -> Severity.NEGLIGIBLE;
            case NOTIFY_AP -> Severity.LIMITED;
            case NOTIFY_AP_AND_INFORM_PEOPLE -> Severity.CONSIDERABLE;
        };
        if (outcome == NOTIFY_AP_AND_INFORM_PEOPLE && f.involvesSpecialCategories()) {
            severity = Severity.VERY_LARGE;
            d.fire("SEVERITY_VERY_LARGE",
                    "Er zijn bijzondere persoonsgegevens bij betrokken (art. 9 AVG): ernst 'zeer groot'.");
        } else if (outcome == NOTIFY_AP_AND_INFORM_PEOPLE && f.involvesSensitiveData() && isMany(f)) {
            severity = Severity.VERY_LARGE;
            d.fire("SEVERITY_VERY_LARGE",
                    "Gevoelige gegevens van " + f.numberOfPeople() + " personen: ernst 'zeer groot'.");
        }
        if (Boolean.TRUE.equals(f.childrenInvolved())) {
            Severity raised = severity.raisedOneLevel();
            d.fire("CHILDREN_RAISE_SEVERITY", raised == severity
                    ? "Er zijn kinderen betrokken; de ernst staat al op het hoogste niveau ('zeer groot')."
                    : "Er zijn kinderen betrokken; zij zijn kwetsbaarder, daarom is de ernst één niveau verhoogd. "
                    + "Overweeg of ouders geïnformeerd moeten worden.");
            severity = raised;
        }
        return severity;
    }

    private static boolean inspectie(AssessmentFacts f, Draft d) {
        if (Boolean.TRUE.equals(f.examResultsInvolved())) {
            d.fire("EXAM_RESULTS_INFORM_INSPECTIE",
                    "Er zijn examen- of toetsresultaten bij betrokken: informeer ook de Inspectie van het Onderwijs.");
            return true;
        }
        if (f.examResultsInvolved() == null && f.dataCategories() != null
                && f.dataCategories().contains(DataCategory.GRADES_TEST_RESULTS)) {
            // Grades are recorded but nobody said whether they are exam results: ask instead of guessing.
            d.fire("GRADES_CHECK_EXAM_RESULTS",
                    "Er zijn cijfers of toetsresultaten bij betrokken. Leg vast of het om examenresultaten gaat: "
                            + "dan moet ook de Inspectie van het Onderwijs worden geïnformeerd.");
        }
        return false;
    }

    private static boolean policeReport(AssessmentFacts f, Draft d) {
        if (!f.involvesTheft()) {
            return false;
        }
        d.fire("THEFT_POLICE_REPORT",
                "Er is sprake van diefstal: doe aangifte bij de politie en leg het aangiftenummer vast.");
        return true;
    }

    private static void clocks(Duration since, boolean pastNotifyNow, boolean pastDeadline, boolean notifying, Draft d) {
        if (pastDeadline && notifying) {
            d.fire("CLOCK_72H_DELAY_REASON_REQUIRED",
                    "Er is " + DutchLabels.hours(since) + " verstreken sinds de school op de hoogte was. Na 72 uur is "
                            + "de reden voor de vertraging verplicht in de melding aan de AP. Meld direct.");
        } else if (pastDeadline) {
            d.fire("CLOCK_72H_PASSED",
                    "Er is " + DutchLabels.hours(since) + " verstreken sinds de school op de hoogte was. Leg het besluit "
                            + "en de onderbouwing nu vast; wordt toch gemeld, dan is de reden voor de vertraging verplicht.");
        } else if (pastNotifyNow && notifying) {
            d.fire("CLOCK_48H_NOTIFY_NOW",
                    "Er is " + DutchLabels.hours(since) + " verstreken sinds de school op de hoogte was en de termijn is "
                            + "72 uur. Meld nu bij de AP met wat bekend is en vul de melding later aan.");
        } else if (pastNotifyNow) {
            d.fire("CLOCK_48H_DECIDE_NOW",
                    "Er is " + DutchLabels.hours(since) + " verstreken sinds de school op de hoogte was. Leg het besluit "
                            + "(alleen registreren) en de onderbouwing nu vast.");
        }
    }

    private static boolean isMany(AssessmentFacts f) {
        return f.numberOfPeople() != null && f.numberOfPeople() >= MANY_PEOPLE;
    }

    private static String device(DeviceType type) {
        if (type == null) {
            return "apparatuur";
        }
        return switch (type) {
            case LAPTOP -> "laptop";
            case PHONE -> "telefoon";
            case TABLET -> "tablet";
            case USB_STICK -> "USB-stick";
            case EXTERNAL_DRIVE -> "externe schijf";
            case PAPER -> "papieren informatie";
            case OTHER -> "apparatuur";
        };
    }

    /** The suggestion while rules are applied: the strictest outcome so far and the rules in order. */
    private static final class Draft {
        private Outcome outcome;
        private final List<FiredRule> rules = new ArrayList<>();

        void suggest(Outcome candidate, String code, String explanation) {
            outcome = outcome == null ? candidate : outcome.atLeast(candidate);
            fire(code, explanation);
        }

        void fire(String code, String explanation) {
            rules.add(new FiredRule(code, explanation));
        }
    }
}
