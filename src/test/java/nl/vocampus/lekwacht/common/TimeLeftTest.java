package nl.vocampus.lekwacht.common;

import nl.vocampus.lekwacht.common.TimeLeft.Band;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for time left: overdue at 0 s or less, bands by whole seconds, shown time truncated. */
class TimeLeftTest {

    private static final long HOUR = 3600;
    private static final Instant DEADLINE = Instant.parse("2026-11-24T08:00:00Z");

    private static TimeLeft left(long seconds) {
        return new TimeLeft(seconds);
    }

    @Nested
    class CountingSeconds {

        @Test
        void wholeSecondsAreCountedDown() {
            assertEquals(59, TimeLeft.between(DEADLINE.minusSeconds(59), DEADLINE).seconds());
        }

        @Test
        void halfASecondLeftIsNoSecondLeft() {
            assertEquals(0, TimeLeft.between(DEADLINE.minusMillis(500), DEADLINE).seconds());
        }

        @Test
        void halfASecondLateIsASecondLate() {
            assertEquals(-1, TimeLeft.between(DEADLINE.plusMillis(500), DEADLINE).seconds());
        }
    }

    @Nested
    class Overdue {

        @Test
        void atZeroSecondsTheDeadlineHasPassed() {
            assertTrue(left(0).overdue());
            assertTrue(TimeLeft.between(DEADLINE, DEADLINE).overdue());
        }

        @Test
        void oneSecondLeftIsNotOverdue() {
            assertFalse(left(1).overdue());
        }

        @Test
        void lessThanASecondLeftIsOverdue() {
            assertTrue(TimeLeft.between(DEADLINE.minusMillis(1), DEADLINE).overdue());
        }

        @Test
        void afterTheDeadlineIsOverdue() {
            assertTrue(left(-1).overdue());
        }
    }

    @Nested
    class Bands {

        @Test
        void zeroSecondsIsOverdueNotUrgent() {
            assertEquals(Band.OVERDUE, left(0).band());
        }

        @Test
        void oneSecondLeftIsUrgent() {
            assertEquals(Band.URGENT, left(1).band());
        }

        @Test
        void fiftyNineSecondsLeftIsUrgent() {
            assertEquals(Band.URGENT, left(59).band());
        }

        @Test
        void justUnderTwelveHoursIsUrgent() {
            assertEquals(Band.URGENT, left(12 * HOUR - 1).band());
        }

        @Test
        void twelveHoursExactlyIsSoon() {
            assertEquals(Band.SOON, left(12 * HOUR).band());
        }

        @Test
        void twentyFourHoursExactlyIsStillSoon() {
            assertEquals(Band.SOON, left(24 * HOUR).band());
        }

        @Test
        void oneSecondMoreThanTwentyFourHoursIsOk() {
            assertEquals(Band.OK, left(24 * HOUR + 1).band());
        }

        @Test
        void theBandsNameIsTheCssClassTheDashboardUses() {
            assertEquals("overdue", Band.OVERDUE.cssName());
            assertEquals("urgent", Band.URGENT.cssName());
            assertEquals("soon", Band.SOON.cssName());
            assertEquals("ok", Band.OK.cssName());
        }
    }

    @Nested
    class ShownTime {

        @Test
        void zeroSecondsShowsNothingLeft() {
            assertEquals(0, left(0).hoursPart());
            assertEquals(0, left(0).minutesPart());
            assertEquals(0, left(0).wholeHours());
        }

        @Test
        void oneSecondLeftShowsZeroMinutesNotOne() {
            assertEquals(0, left(1).minutesPart());
        }

        @Test
        void fiftyNineSecondsLeftShowsZeroMinutesNotOne() {
            assertEquals(0, left(59).minutesPart());
            assertEquals(0, left(59).hoursPart());
        }

        @Test
        void twelveHoursExactlyShowsTwelveHoursAndNoMinutes() {
            assertEquals(12, left(12 * HOUR).hoursPart());
            assertEquals(0, left(12 * HOUR).minutesPart());
            assertEquals(12, left(12 * HOUR).wholeHours());
        }

        @Test
        void oneSecondShortOfTwelveHoursShowsElevenHoursFiftyNine() {
            assertEquals(11, left(12 * HOUR - 1).hoursPart());
            assertEquals(59, left(12 * HOUR - 1).minutesPart());
            assertEquals(11, left(12 * HOUR - 1).wholeHours());
        }

        @Test
        void twentyFourHoursExactlyShowsTwentyFourHours() {
            assertEquals(24, left(24 * HOUR).hoursPart());
            assertEquals(0, left(24 * HOUR).minutesPart());
        }

        @Test
        void thirteenHoursTwentyMinutesAndSomeSecondsShowsThirteenTwenty() {
            assertEquals(13, left(13 * HOUR + 20 * 60 + 59).hoursPart());
            assertEquals(20, left(13 * HOUR + 20 * 60 + 59).minutesPart());
        }
    }

    @Nested
    class ShownLateness {

        @Test
        void fiftyNineSecondsLateShowsZeroMinutesLate() {
            assertEquals(0, left(-59).minutesPart());
        }

        @Test
        void halfAnHourLateIsNoWholeHourLate() {
            assertEquals(0, left(-30 * 60).wholeHours());
            assertEquals(30, left(-30 * 60).minutesPart());
        }

        @Test
        void twoHoursFiveMinutesLateShowsJustThat() {
            assertEquals(2, left(-(2 * HOUR + 5 * 60 + 59)).hoursPart());
            assertEquals(5, left(-(2 * HOUR + 5 * 60 + 59)).minutesPart());
            assertEquals(-2, left(-(2 * HOUR + 5 * 60 + 59)).wholeHours());
        }
    }
}
