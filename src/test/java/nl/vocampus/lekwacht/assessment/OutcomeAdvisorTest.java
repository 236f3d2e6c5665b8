package nl.vocampus.lekwacht.assessment;

import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.DeviceType;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static nl.vocampus.lekwacht.assessment.Facts.dataLeak;
import static nl.vocampus.lekwacht.assessment.Facts.facts;
import static nl.vocampus.lekwacht.assessment.Facts.lostDevice;
import static nl.vocampus.lekwacht.assessment.Facts.stolenDevice;
import static nl.vocampus.lekwacht.assessment.Outcome.NOTIFY_AP;
import static nl.vocampus.lekwacht.assessment.Outcome.NOTIFY_AP_AND_INFORM_PEOPLE;
import static nl.vocampus.lekwacht.assessment.Outcome.REGISTER_ONLY;
import static nl.vocampus.lekwacht.assessment.Severity.CONSIDERABLE;
import static nl.vocampus.lekwacht.assessment.Severity.LIMITED;
import static nl.vocampus.lekwacht.assessment.Severity.NEGLIGIBLE;
import static nl.vocampus.lekwacht.assessment.Severity.VERY_LARGE;
import static nl.vocampus.lekwacht.incident.DataCategory.BSN;
import static nl.vocampus.lekwacht.incident.DataCategory.CONTACT_DETAILS;
import static nl.vocampus.lekwacht.incident.DataCategory.GRADES_TEST_RESULTS;
import static nl.vocampus.lekwacht.incident.DataCategory.HEALTH;
import static nl.vocampus.lekwacht.incident.DataCategory.LOGIN_DATA;
import static nl.vocampus.lekwacht.incident.DataCategory.NAME;
import static nl.vocampus.lekwacht.incident.DataCategory.PUPIL_CARE_FILE;
import static nl.vocampus.lekwacht.incident.DataCategory.UNKNOWN;
import static nl.vocampus.lekwacht.incident.YesNoUnknown.NO;
import static nl.vocampus.lekwacht.incident.YesNoUnknown.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per rule of {@link OutcomeAdvisor}, plus the edges where a wrong suggestion would hurt. */
class OutcomeAdvisorTest {

    private static final Duration JUST_AWARE = Duration.ofHours(1);

    private final OutcomeAdvisor advisor = new OutcomeAdvisor();

    private Suggestion suggest(Facts facts) {
        return advisor.suggest(facts.build(), JUST_AWARE);
    }

    private static void assertCodes(Suggestion s, String... codes) {
        assertEquals(List.of(codes), s.ruleCodes());
    }

    private static void assertNoFlags(Suggestion s) {
        assertFalse(s.informInspectie(), "informInspectie");
        assertFalse(s.policeReport(), "policeReport");
        assertFalse(s.notifyNowAdvice(), "notifyNowAdvice");
        assertFalse(s.delayReasonRequired(), "delayReasonRequired");
    }

    private static String explanation(Suggestion s, String code) {
        return s.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().explanation();
    }

    @Nested
    class LostOrStolenDevice {

        @Test
        void encryptedWithUncompromisedKeyAndBackupIsRegisterOnly() {
            Suggestion s = suggest(lostDevice(DeviceType.LAPTOP).encrypted(YES).keyCompromised(NO).backup(YES)
                    .data(NAME, BSN, HEALTH).people(500));

            assertEquals(REGISTER_ONLY, s.outcome());
            assertEquals(NEGLIGIBLE, s.severity());
            assertCodes(s, "ENCRYPTED_DEVICE_REGISTER_ONLY");
            assertNoFlags(s);
        }

        @Test
        void encryptedButBackupUnknownIsNotRegisterOnly() {
            Suggestion s = suggest(lostDevice(DeviceType.LAPTOP).encrypted(YES).keyCompromised(NO).backup(null)
                    .data(NAME));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "ENCRYPTED_DEVICE_NOT_RESTORABLE_NOTIFY");
            assertTrue(explanation(s, "ENCRYPTED_DEVICE_NOT_RESTORABLE_NOTIFY").contains("niet bekend"));
        }

        @Test
        void encryptedWithoutBackupIsAnAvailabilityBreachToNotify() {
            Suggestion s = suggest(lostDevice(DeviceType.EXTERNAL_DRIVE).encrypted(YES).keyCompromised(NO).backup(NO)
                    .data(HEALTH));

            // The data cannot be read, so the health data does not call for informing people.
            assertEquals(NOTIFY_AP, s.outcome());
            assertCodes(s, "ENCRYPTED_DEVICE_NOT_RESTORABLE_NOTIFY");
            assertTrue(explanation(s, "ENCRYPTED_DEVICE_NOT_RESTORABLE_NOTIFY").contains("geen back-up"));
        }

        @Test
        void exposedKeyReopensAsNotify() {
            Facts registered = lostDevice(DeviceType.LAPTOP).encrypted(YES).keyCompromised(NO).backup(YES).data(NAME).people(30);
            assertEquals(REGISTER_ONLY, suggest(registered).outcome());

            Suggestion reopened = suggest(registered.keyCompromised(YES));

            assertEquals(NOTIFY_AP, reopened.outcome());
            assertEquals(LIMITED, reopened.severity());
            assertCodes(reopened, "ENCRYPTION_KEY_EXPOSED_NOTIFY");
            assertTrue(explanation(reopened, "ENCRYPTION_KEY_EXPOSED_NOTIFY").contains("heropenen"));
        }

        @Test
        void exposedKeyWithSensitiveDataAlsoInformsPeople() {
            Suggestion s = suggest(lostDevice(DeviceType.LAPTOP).encrypted(YES).keyCompromised(YES).backup(YES)
                    .data(NAME, PUPIL_CARE_FILE).people(25));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(CONSIDERABLE, s.severity());
            assertCodes(s, "ENCRYPTION_KEY_EXPOSED_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE");
        }

        @Test
        void unencryptedWithOrdinaryDataOfFewPeopleIsNotify() {
            Suggestion s = suggest(lostDevice(DeviceType.USB_STICK).encrypted(NO).data(NAME, GRADES_TEST_RESULTS)
                    .people(28).examResults(false));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
            assertNoFlags(s);
        }

        @Test
        void unknownEncryptionIsTreatedAsUnencrypted() {
            Suggestion s = suggest(lostDevice(DeviceType.PHONE).encrypted(null).data(CONTACT_DETAILS).people(5));

            assertEquals(NOTIFY_AP, s.outcome());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
            assertTrue(explanation(s, "UNPROTECTED_DEVICE_NOTIFY").contains("niet bekend of het versleuteld"));
        }

        @Test
        void encryptedWithUnknownKeyStatusIsNotRegisterOnly() {
            Suggestion s = suggest(lostDevice(DeviceType.LAPTOP).encrypted(YES).keyCompromised(null).backup(YES).data(NAME));

            assertEquals(NOTIFY_AP, s.outcome());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
        }

        @Test
        void paperCannotCountAsEncrypted() {
            Suggestion s = suggest(lostDevice(DeviceType.PAPER).encrypted(YES).keyCompromised(NO).backup(YES).data(NAME));

            assertEquals(NOTIFY_AP, s.outcome());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
        }

        @ParameterizedTest
        @EnumSource(value = DataCategory.class, names = {"BSN", "LOGIN_DATA", "PUPIL_CARE_FILE"})
        void sensitiveOrdinaryDataOnUnprotectedDeviceInformsPeople(DataCategory sensitive) {
            Suggestion s = suggest(lostDevice(DeviceType.USB_STICK).encrypted(NO).data(NAME, sensitive).people(12));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(CONSIDERABLE, s.severity());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE");
        }

        @Test
        void specialCategoryDataOnLostPaperInformsPeopleAtVeryLargeSeverity() {
            Suggestion s = suggest(lostDevice(DeviceType.PAPER).data(NAME, HEALTH).people(3));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(VERY_LARGE, s.severity());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE", "SEVERITY_VERY_LARGE");
            assertTrue(explanation(s, "SENSITIVE_DATA_INFORM_PEOPLE").contains("gezondheid"));
        }

        @Test
        void manyPeopleInformsPeopleFromTheThresholdOn() {
            Suggestion atThreshold = suggest(lostDevice(DeviceType.LAPTOP).encrypted(NO).data(NAME).people(OutcomeAdvisor.MANY_PEOPLE));
            Suggestion justBelow = suggest(lostDevice(DeviceType.LAPTOP).encrypted(NO).data(NAME).people(OutcomeAdvisor.MANY_PEOPLE - 1));

            assertEquals(100, OutcomeAdvisor.MANY_PEOPLE);
            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, atThreshold.outcome());
            assertEquals(CONSIDERABLE, atThreshold.severity());
            assertCodes(atThreshold, "UNPROTECTED_DEVICE_NOTIFY", "MANY_PEOPLE_INFORM_PEOPLE");
            assertEquals(NOTIFY_AP, justBelow.outcome());
            assertCodes(justBelow, "UNPROTECTED_DEVICE_NOTIFY");
        }

        @Test
        void sensitiveDataOfManyPeopleIsVeryLarge() {
            Suggestion s = suggest(lostDevice(DeviceType.LAPTOP).encrypted(NO).data(NAME, BSN).people(800));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(VERY_LARGE, s.severity());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE", "MANY_PEOPLE_INFORM_PEOPLE",
                    "SEVERITY_VERY_LARGE");
        }

        @Test
        void remoteWipeDoesNotLowerTheOutcome() {
            Facts unwiped = lostDevice(DeviceType.PHONE).encrypted(NO).data(NAME, LOGIN_DATA).people(40);
            Suggestion before = suggest(unwiped);
            Suggestion wiped = suggest(unwiped.remoteWipe(RemoteWipe.DONE));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, before.outcome());
            assertEquals(before.outcome(), wiped.outcome());
            assertEquals(before.severity(), wiped.severity());
            assertCodes(before, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE");
            assertCodes(wiped, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE", "REMOTE_WIPE_DOES_NOT_LOWER");
        }

        @Test
        void remoteWipeNoteOnlyWhenAWipeWasDone() {
            Suggestion s = suggest(lostDevice(DeviceType.PHONE).encrypted(NO).data(NAME).people(2).remoteWipe(RemoteWipe.POSSIBLE));

            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
        }

        @Test
        void deviceDetectedFromWhatHappenedAlone() {
            Suggestion s = suggest(facts().whatHappened(WhatHappened.DEVICE_OR_PAPER_LOST_OR_STOLEN).encrypted(NO).data(NAME));

            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
        }
    }

    @Nested
    class WrongRecipient {

        @Test
        void trustedRecipientWhoDeletedWithNothingSensitiveIsRegisterOnly() {
            Suggestion s = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).confidentiality(true)
                    .data(NAME, GRADES_TEST_RESULTS).people(30).recipientTrusted(YES).deletionConfirmed(YES)
                    .examResults(false));

            assertEquals(REGISTER_ONLY, s.outcome());
            assertEquals(NEGLIGIBLE, s.severity());
            assertCodes(s, "WRONG_RECIPIENT_TRUSTED_DELETED_REGISTER_ONLY");
            assertNoFlags(s);
        }

        @Test
        void sensitiveDataToUnknownRecipientNotifiesAndInforms() {
            Suggestion s = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).data(NAME, PUPIL_CARE_FILE).people(1)
                    .recipientTrusted(NO).deletionConfirmed(NO));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(CONSIDERABLE, s.severity());
            assertCodes(s, "WRONG_RECIPIENT_SENSITIVE_NOTIFY_AND_INFORM");
        }

        @Test
        void recipientOfUnknownTrustCountsAsUnknownRecipient() {
            Suggestion s = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).data(HEALTH).people(1));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(VERY_LARGE, s.severity());
            assertCodes(s, "WRONG_RECIPIENT_SENSITIVE_NOTIFY_AND_INFORM", "SEVERITY_VERY_LARGE");
        }

        @Test
        void ordinaryDataToUnknownRecipientIsNotify() {
            Suggestion s = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).data(NAME, GRADES_TEST_RESULTS)
                    .recipientTrusted(NO).deletionConfirmed(YES).examResults(false));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "WRONG_RECIPIENT_NOTIFY");
            assertTrue(explanation(s, "WRONG_RECIPIENT_NOTIFY").contains("niet als bekend en vertrouwd"));
        }

        @Test
        void sensitiveDataToTrustedRecipientIsStillNotify() {
            Suggestion s = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).data(BSN)
                    .recipientTrusted(YES).deletionConfirmed(YES));

            assertEquals(NOTIFY_AP, s.outcome());
            assertCodes(s, "WRONG_RECIPIENT_NOTIFY");
            assertTrue(explanation(s, "WRONG_RECIPIENT_NOTIFY").contains("BSN"));
        }

        @Test
        void trustedRecipientWithoutConfirmedDeletionIsNotify() {
            Suggestion s = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).data(NAME)
                    .recipientTrusted(YES).deletionConfirmed(null));

            assertEquals(NOTIFY_AP, s.outcome());
            assertTrue(explanation(s, "WRONG_RECIPIENT_NOTIFY").contains("verwijdering is niet bevestigd"));
        }

        @Test
        void unrecordedDataCategoriesDoNotCountAsNothingSensitive() {
            Suggestion none = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).recipientTrusted(YES).deletionConfirmed(YES));
            Suggestion unknown = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).data(NAME, UNKNOWN)
                    .recipientTrusted(YES).deletionConfirmed(YES));

            assertEquals(NOTIFY_AP, none.outcome());
            assertEquals(NOTIFY_AP, unknown.outcome());
            assertCodes(none, "WRONG_RECIPIENT_NOTIFY");
            assertCodes(unknown, "WRONG_RECIPIENT_NOTIFY");
        }

        @Test
        void letterToWrongAddressFollowsTheSameRule() {
            Suggestion s = suggest(dataLeak(WhatHappened.LETTER_WRONG_ADDRESS_OR_LOST).data(NAME, CONTACT_DETAILS)
                    .recipientTrusted(YES).deletionConfirmed(YES));

            assertEquals(REGISTER_ONLY, s.outcome());
            assertCodes(s, "WRONG_RECIPIENT_TRUSTED_DELETED_REGISTER_ONLY");
            assertTrue(explanation(s, "WRONG_RECIPIENT_TRUSTED_DELETED_REGISTER_ONLY").startsWith("De brief"));
        }
    }

    @Nested
    class AddressesVisibleInToOrCc {

        private Facts cc(int people) {
            return dataLeak(WhatHappened.ADDRESSES_VISIBLE_IN_TO_CC).data(NAME, CONTACT_DETAILS).people(people);
        }

        @Test
        void fewPeopleAndNothingSensitiveIsRegisterOnly() {
            Suggestion s = suggest(cc(OutcomeAdvisor.FEW_PEOPLE - 1));

            assertEquals(9, OutcomeAdvisor.FEW_PEOPLE - 1);
            assertEquals(REGISTER_ONLY, s.outcome());
            assertEquals(NEGLIGIBLE, s.severity());
            assertCodes(s, "CC_FEW_PEOPLE_REGISTER_ONLY");
            assertNoFlags(s);
        }

        @Test
        void fromTheFewThresholdOnIsNotify() {
            Suggestion s = suggest(cc(OutcomeAdvisor.FEW_PEOPLE));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "CC_ADDRESSES_VISIBLE_NOTIFY");
            assertTrue(explanation(s, "CC_ADDRESSES_VISIBLE_NOTIFY").contains("10 personen"));
        }

        @Test
        void unknownNumberOfPeopleIsNotify() {
            Suggestion s = suggest(dataLeak(WhatHappened.ADDRESSES_VISIBLE_IN_TO_CC).data(CONTACT_DETAILS));

            assertEquals(NOTIFY_AP, s.outcome());
            assertTrue(explanation(s, "CC_ADDRESSES_VISIBLE_NOTIFY").contains("aantal personen is onbekend"));
        }

        @Test
        void fewPeopleButSensitiveIsNotify() {
            Suggestion s = suggest(dataLeak(WhatHappened.ADDRESSES_VISIBLE_IN_TO_CC).data(CONTACT_DETAILS, HEALTH).people(4));

            assertEquals(NOTIFY_AP, s.outcome());
            assertCodes(s, "CC_ADDRESSES_VISIBLE_NOTIFY");
        }
    }

    @Nested
    class Ransomware {

        private Facts attack() {
            return dataLeak(WhatHappened.HACKING_MALWARE_PHISHING).ransomware(true).availability(true)
                    .data(NAME, GRADES_TEST_RESULTS).people(1200).examResults(false);
        }

        @Test
        void quicklyRestoredWithoutExfiltrationIsRegisterOnly() {
            Suggestion s = suggest(attack().backup(YES).unavailableHours(OutcomeAdvisor.QUICK_RESTORE_HOURS).exfiltration(NO));

            assertEquals(24, OutcomeAdvisor.QUICK_RESTORE_HOURS);
            assertEquals(REGISTER_ONLY, s.outcome());
            assertEquals(NEGLIGIBLE, s.severity());
            assertCodes(s, "RANSOMWARE_RESTORED_REGISTER_ONLY");
            assertNoFlags(s);
        }

        @Test
        void longUnavailabilityIsNotify() {
            Suggestion s = suggest(attack().backup(YES).unavailableHours(OutcomeAdvisor.QUICK_RESTORE_HOURS + 1).exfiltration(NO));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "RANSOMWARE_UNAVAILABLE_NOTIFY");
            assertTrue(explanation(s, "RANSOMWARE_UNAVAILABLE_NOTIFY").contains("25 uur"));
        }

        @Test
        void unknownDurationOrNoBackupIsNotify() {
            assertEquals(NOTIFY_AP, suggest(attack().backup(YES).unavailableHours(null).exfiltration(NO)).outcome());
            assertEquals(NOTIFY_AP, suggest(attack().backup(NO).unavailableHours(2).exfiltration(NO)).outcome());
        }

        @Test
        void exfiltratedDataNotifiesAndInforms() {
            Suggestion s = suggest(attack().backup(YES).unavailableHours(3).exfiltration(YES));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(CONSIDERABLE, s.severity());
            assertCodes(s, "RANSOMWARE_EXFILTRATION_NOTIFY_AND_INFORM");
        }

        @ParameterizedTest
        @EnumSource(value = nl.vocampus.lekwacht.incident.YesNoUnknown.class, names = "UNKNOWN")
        void unknownExfiltrationNotifiesAndInforms(nl.vocampus.lekwacht.incident.YesNoUnknown unknown) {
            Suggestion recorded = suggest(attack().backup(YES).unavailableHours(3).exfiltration(unknown));
            Suggestion notRecorded = suggest(attack().backup(YES).unavailableHours(3).exfiltration(null));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, recorded.outcome());
            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, notRecorded.outcome());
            assertCodes(recorded, "RANSOMWARE_EXFILTRATION_NOTIFY_AND_INFORM");
            assertTrue(explanation(recorded, "RANSOMWARE_EXFILTRATION_NOTIFY_AND_INFORM").contains("niet uit te sluiten"));
        }
    }

    @Nested
    class AccountMisuse {

        private Facts misuse() {
            return dataLeak(WhatHappened.ACCESS_RIGHTS_WRONG).accountMisuse(true).confidentiality(true).integrity(true)
                    .data(NAME, GRADES_TEST_RESULTS).people(60);
        }

        @Test
        void accountMisuseInPupilSystemIsNotify() {
            Suggestion s = suggest(misuse().examResults(false));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "ACCOUNT_MISUSE_NOTIFY");
            assertTrue(explanation(s, "ACCOUNT_MISUSE_NOTIFY").contains("integriteit"));
            assertNoFlags(s);
        }

        @Test
        void examResultsAlsoInformTheInspectie() {
            Suggestion s = suggest(misuse().examResults(true));

            assertEquals(NOTIFY_AP, s.outcome());
            assertTrue(s.informInspectie());
            assertCodes(s, "ACCOUNT_MISUSE_NOTIFY", "EXAM_RESULTS_INFORM_INSPECTIE");
        }

        @Test
        void gradesWithoutAnswerOnExamResultsAskTheOfficer() {
            Suggestion s = suggest(misuse().examResults(null));

            assertFalse(s.informInspectie());
            assertCodes(s, "ACCOUNT_MISUSE_NOTIFY", "GRADES_CHECK_EXAM_RESULTS");
        }
    }

    @Nested
    class ExamResults {

        @Test
        void examResultsInformTheInspectieWhateverHappened() {
            Suggestion s = suggest(dataLeak(WhatHappened.EMAIL_WRONG_RECIPIENT).data(NAME, GRADES_TEST_RESULTS)
                    .recipientTrusted(YES).deletionConfirmed(YES).examResults(true));

            assertEquals(REGISTER_ONLY, s.outcome());
            assertTrue(s.informInspectie());
            assertCodes(s, "WRONG_RECIPIENT_TRUSTED_DELETED_REGISTER_ONLY", "EXAM_RESULTS_INFORM_INSPECTIE");
        }
    }

    @Nested
    class Children {

        @Test
        void childrenRaiseRegisterOnlyFromNegligibleToLimited() {
            Suggestion s = suggest(lostDevice(DeviceType.LAPTOP).encrypted(YES).keyCompromised(NO).backup(YES).children(true));

            assertEquals(REGISTER_ONLY, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "ENCRYPTED_DEVICE_REGISTER_ONLY", "CHILDREN_RAISE_SEVERITY");
        }

        @Test
        void childrenRaiseNotifyFromLimitedToConsiderableWithoutChangingTheOutcome() {
            Suggestion s = suggest(lostDevice(DeviceType.USB_STICK).encrypted(NO).data(NAME).people(20).children(true));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(CONSIDERABLE, s.severity());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "CHILDREN_RAISE_SEVERITY");
        }

        @Test
        void childrenRaiseConsiderableToVeryLarge() {
            Suggestion s = suggest(lostDevice(DeviceType.USB_STICK).encrypted(NO).data(NAME, BSN).people(20).children(true));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(VERY_LARGE, s.severity());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE", "CHILDREN_RAISE_SEVERITY");
        }

        @Test
        void childrenCannotRaiseBeyondVeryLarge() {
            Suggestion s = suggest(lostDevice(DeviceType.PAPER).data(NAME, HEALTH).people(20).children(true));

            assertEquals(VERY_LARGE, s.severity());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE", "SEVERITY_VERY_LARGE",
                    "CHILDREN_RAISE_SEVERITY");
            assertTrue(explanation(s, "CHILDREN_RAISE_SEVERITY").contains("hoogste niveau"));
        }

        @Test
        void noChildrenOrUnknownLeavesSeverityAlone() {
            assertEquals(LIMITED, suggest(lostDevice(DeviceType.USB_STICK).encrypted(NO).data(NAME).children(false)).severity());
            assertEquals(LIMITED, suggest(lostDevice(DeviceType.USB_STICK).encrypted(NO).data(NAME).children(null)).severity());
        }
    }

    @Nested
    class Theft {

        @Test
        void stolenDeviceAdvisesPoliceReport() {
            Suggestion s = suggest(stolenDevice(DeviceType.LAPTOP).encrypted(YES).keyCompromised(NO).backup(YES));

            assertEquals(REGISTER_ONLY, s.outcome());
            assertTrue(s.policeReport());
            assertCodes(s, "ENCRYPTED_DEVICE_REGISTER_ONLY", "THEFT_POLICE_REPORT");
        }

        @Test
        void theftRecordedOnADataLeakAdvisesPoliceReport() {
            Suggestion s = suggest(dataLeak(WhatHappened.DEVICE_OR_PAPER_LOST_OR_STOLEN).theft(true).data(NAME));

            assertTrue(s.policeReport());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "THEFT_POLICE_REPORT");
        }

        @Test
        void lostDeviceDoesNotAdvisePoliceReport() {
            assertFalse(suggest(lostDevice(DeviceType.LAPTOP).encrypted(NO).data(NAME)).policeReport());
        }
    }

    @Nested
    class Clocks {

        private final AssessmentFacts notifyCase = lostDevice(DeviceType.LAPTOP).encrypted(NO).data(NAME).people(5).build();
        private final AssessmentFacts registerCase = dataLeak(WhatHappened.ADDRESSES_VISIBLE_IN_TO_CC)
                .data(NAME, CONTACT_DETAILS).people(3).build();

        @Test
        void justBefore48HoursThereIsNoClockAdvice() {
            Suggestion s = advisor.suggest(notifyCase, Duration.ofHours(48).minusSeconds(1));

            assertFalse(s.notifyNowAdvice());
            assertFalse(s.delayReasonRequired());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
        }

        @ParameterizedTest
        @ValueSource(longs = {48 * 3600, 71 * 3600 + 3599})
        void from48HoursAdviseNotifyingNowWithWhatIsKnown(long seconds) {
            Suggestion s = advisor.suggest(notifyCase, Duration.ofSeconds(seconds));

            assertTrue(s.notifyNowAdvice());
            assertFalse(s.delayReasonRequired());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "CLOCK_48H_NOTIFY_NOW");
            assertTrue(explanation(s, "CLOCK_48H_NOTIFY_NOW").contains("vul de melding later aan"));
        }

        @ParameterizedTest
        @ValueSource(longs = {72 * 3600, 200 * 3600})
        void from72HoursTheDelayReasonIsRequired(long seconds) {
            Suggestion s = advisor.suggest(notifyCase, Duration.ofSeconds(seconds));

            assertTrue(s.delayReasonRequired());
            assertFalse(s.notifyNowAdvice());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "CLOCK_72H_DELAY_REASON_REQUIRED");
            assertTrue(explanation(s, "CLOCK_72H_DELAY_REASON_REQUIRED").contains("reden voor de vertraging verplicht"));
        }

        @Test
        void registerOnlyAfter48HoursAsksForTheDecisionNotANotification() {
            Suggestion s = advisor.suggest(registerCase, Duration.ofHours(50));

            assertEquals(REGISTER_ONLY, s.outcome());
            assertFalse(s.notifyNowAdvice());
            assertCodes(s, "CC_FEW_PEOPLE_REGISTER_ONLY", "CLOCK_48H_DECIDE_NOW");
        }

        @Test
        void registerOnlyAfter72HoursNeedsNoDelayReasonButSaysWhenItWould() {
            Suggestion s = advisor.suggest(registerCase, Duration.ofHours(80));

            assertFalse(s.delayReasonRequired());
            assertCodes(s, "CC_FEW_PEOPLE_REGISTER_ONLY", "CLOCK_72H_PASSED");
        }

        @Test
        void unknownAwarenessGivesNoClockAdvice() {
            Suggestion s = advisor.suggest(notifyCase, null);

            assertFalse(s.notifyNowAdvice());
            assertFalse(s.delayReasonRequired());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY");
        }
    }

    @Nested
    class DefaultAndCombinations {

        @Test
        void uncoveredSituationDefaultsToNotify() {
            Suggestion s = suggest(dataLeak(WhatHappened.PUBLISHED_BY_MISTAKE).data(NAME, GRADES_TEST_RESULTS).people(30)
                    .examResults(false));

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "NO_SPECIFIC_RULE_NOTIFY");
            assertNoFlags(s);
        }

        @Test
        void nothingKnownAtAllDefaultsToNotify() {
            Suggestion s = suggest(facts());

            assertEquals(NOTIFY_AP, s.outcome());
            assertEquals(LIMITED, s.severity());
            assertCodes(s, "NO_SPECIFIC_RULE_NOTIFY");
        }

        @Test
        void theStrictestOfSeveralMatchingRulesWins() {
            Suggestion s = suggest(dataLeak(WhatHappened.HACKING_MALWARE_PHISHING).accountMisuse(true).ransomware(true)
                    .exfiltration(null).data(NAME, LOGIN_DATA).people(900));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(VERY_LARGE, s.severity());
            assertCodes(s, "RANSOMWARE_EXFILTRATION_NOTIFY_AND_INFORM", "ACCOUNT_MISUSE_NOTIFY", "SEVERITY_VERY_LARGE");
        }

        @Test
        void allRulesAreListedInTheOrderApplied() {
            Suggestion s = advisor.suggest(stolenDevice(DeviceType.LAPTOP).encrypted(NO).remoteWipe(RemoteWipe.DONE)
                    .data(NAME, BSN, GRADES_TEST_RESULTS).people(150).children(true).examResults(true).build(), Duration.ofHours(60));

            assertEquals(NOTIFY_AP_AND_INFORM_PEOPLE, s.outcome());
            assertEquals(VERY_LARGE, s.severity());
            assertTrue(s.informInspectie());
            assertTrue(s.policeReport());
            assertTrue(s.notifyNowAdvice());
            assertFalse(s.delayReasonRequired());
            assertCodes(s, "UNPROTECTED_DEVICE_NOTIFY", "SENSITIVE_DATA_INFORM_PEOPLE", "MANY_PEOPLE_INFORM_PEOPLE",
                    "REMOTE_WIPE_DOES_NOT_LOWER", "SEVERITY_VERY_LARGE", "CHILDREN_RAISE_SEVERITY",
                    "EXAM_RESULTS_INFORM_INSPECTIE", "THEFT_POLICE_REPORT", "CLOCK_48H_NOTIFY_NOW");
            s.rules().forEach(r -> assertFalse(r.explanation().isBlank(), r.code()));
        }

        @Test
        void rulesOfASuggestionCannotBeChanged() {
            Suggestion s = suggest(facts());

            assertThrows(UnsupportedOperationException.class, () -> s.rules().clear());
        }

        @Test
        void factsAreRequired() {
            assertThrows(NullPointerException.class, () -> advisor.suggest(null, JUST_AWARE));
        }
    }

    @Test
    void outcomesAndSeveritiesAreOrderedFromMildToSevere() {
        assertEquals(List.of(REGISTER_ONLY, NOTIFY_AP, NOTIFY_AP_AND_INFORM_PEOPLE), List.of(Outcome.values()));
        assertEquals(List.of(NEGLIGIBLE, LIMITED, CONSIDERABLE, VERY_LARGE), List.of(Severity.values()));
    }
}
