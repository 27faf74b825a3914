package kz.elections.law.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates of an election (CL "On Elections", Art. 87, 88, 89-1, 104, 113-1): windows, overrides, deadlines. */
class ElectionCalendarTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final int DEADLINE_HOUR = 18;
    private static final LocalDate MAZHILIS_DAY = LocalDate.of(2023, 3, 19);
    private static final LocalDate CALLED_ON = LocalDate.of(2023, 1, 19);

    /** The law's windows, days before election day (the registry's configured defaults). */
    private static final Windows MAZHILIS = new Windows(60, 40, 30, 7);
    private static final Windows MASLIKHAT = new Windows(60, 30, 25, 7);
    private static final Windows AKIM = new Windows(0, 25, 20, 3);

    /** The 2023 calling decision: nomination 20 Jan – 8 Feb, registration until 18 Feb. */
    private static final ElectionCalendar.Override DECISION_2023 = new ElectionCalendar.Override(
            LocalDate.of(2023, 1, 20), LocalDate.of(2023, 2, 8), LocalDate.of(2023, 2, 18));

    // ---- the law's windows ----

    @Test
    void mazhilisNominationOpensAtMidnight60DaysBeforeElectionDay() {
        assertEquals(OffsetDateTime.parse("2023-01-18T00:00+06:00"), mazhilis(null).nominationOpens());
    }

    @Test
    void mazhilisNominationClosesAt1800Local40DaysBeforeElectionDay() {
        assertEquals(OffsetDateTime.parse("2023-02-07T18:00+06:00"), mazhilis(null).nominationCloses());
    }

    @Test
    void mazhilisRegistrationClosesAt1800Local30DaysBeforeElectionDay() {
        assertEquals(OffsetDateTime.parse("2023-02-17T18:00+06:00"), mazhilis(null).registrationCloses());
    }

    @Test
    void calendarKeepsTheCallingDateAndTheAppealDays() {
        ElectionCalendar calendar = mazhilis(null);
        assertEquals(CALLED_ON, calendar.calledOn());
        assertEquals(7, calendar.appealDays());
    }

    @Test
    void maslikhatWindowsAre60To30DaysWithRegistrationUntil25DaysBefore() {
        ElectionCalendar calendar = ElectionCalendar.of(MAZHILIS_DAY, CALLED_ON, ALMATY, MASLIKHAT,
                DEADLINE_HOUR, null);
        assertEquals(OffsetDateTime.parse("2023-01-18T00:00+06:00"), calendar.nominationOpens());
        assertEquals(OffsetDateTime.parse("2023-02-17T18:00+06:00"), calendar.nominationCloses());
        assertEquals(OffsetDateTime.parse("2023-02-22T18:00+06:00"), calendar.registrationCloses());
    }

    @Test
    void akimNominationOpensTheDayAfterTheCallingDecision() {
        LocalDate electionDay = LocalDate.of(2021, 7, 25);
        ElectionCalendar calendar = ElectionCalendar.of(electionDay, LocalDate.of(2021, 4, 23), ALMATY,
                AKIM, DEADLINE_HOUR, null);

        assertEquals(OffsetDateTime.parse("2021-04-24T00:00+06:00"), calendar.nominationOpens());
        assertEquals(OffsetDateTime.parse("2021-06-30T18:00+06:00"), calendar.nominationCloses());
        assertEquals(OffsetDateTime.parse("2021-07-05T18:00+06:00"), calendar.registrationCloses());
        assertEquals(3, calendar.appealDays());
    }

    @Test
    void deadlineHourComesFromConfiguration() {
        ElectionCalendar calendar = ElectionCalendar.of(MAZHILIS_DAY, CALLED_ON, ALMATY, MAZHILIS, 17,
                null);
        assertEquals(OffsetDateTime.parse("2023-02-07T17:00+06:00"), calendar.nominationCloses());
        assertEquals(OffsetDateTime.parse("2023-02-17T17:00+06:00"), calendar.registrationCloses());
    }

    @Test
    void datesAreLocalToTheElectionsTimeZone() {
        ElectionCalendar calendar = ElectionCalendar.of(MAZHILIS_DAY, CALLED_ON,
                ZoneId.of("Asia/Aqtobe"), MAZHILIS, DEADLINE_HOUR, null);
        assertEquals(OffsetDateTime.parse("2023-02-07T18:00+05:00"), calendar.nominationCloses());
    }

    // ---- the calling decision's dates ----

    @Test
    void the2023CallingDecisionReplacesEveryWindow() {
        ElectionCalendar calendar = mazhilis(DECISION_2023);

        assertEquals(OffsetDateTime.parse("2023-01-20T00:00+06:00"), calendar.nominationOpens());
        assertEquals(OffsetDateTime.parse("2023-02-08T18:00+06:00"), calendar.nominationCloses());
        assertEquals(OffsetDateTime.parse("2023-02-18T18:00+06:00"), calendar.registrationCloses());
        assertTrue(calendar.inconsistencies(MAZHILIS_DAY).isEmpty());
    }

    @ParameterizedTest(name = "override {0}/{1}/{2} → opens {3}, closes {4}, registration {5}")
    @CsvSource({
            "2023-01-20,          ,           , 2023-01-20T00:00+06:00, 2023-02-07T18:00+06:00, 2023-02-17T18:00+06:00",
            "          , 2023-02-08,           , 2023-01-18T00:00+06:00, 2023-02-08T18:00+06:00, 2023-02-17T18:00+06:00",
            "          ,           , 2023-02-18, 2023-01-18T00:00+06:00, 2023-02-07T18:00+06:00, 2023-02-18T18:00+06:00",
            "          ,           ,           , 2023-01-18T00:00+06:00, 2023-02-07T18:00+06:00, 2023-02-17T18:00+06:00"})
    void eachOverriddenDateReplacesOnlyItsOwnWindow(LocalDate opensOn, LocalDate closesOn, LocalDate registrationOn,
            OffsetDateTime opens, OffsetDateTime closes, OffsetDateTime registration) {
        ElectionCalendar calendar = mazhilis(new ElectionCalendar.Override(opensOn, closesOn, registrationOn));

        assertEquals(opens, calendar.nominationOpens());
        assertEquals(closes, calendar.nominationCloses());
        assertEquals(registration, calendar.registrationCloses());
    }

    @Test
    void anOverrideReplacesTheAkimDayAfterCallingRule() {
        ElectionCalendar calendar = ElectionCalendar.of(LocalDate.of(2021, 7, 25), LocalDate.of(2021, 4, 23),
                ALMATY, AKIM, DEADLINE_HOUR, new ElectionCalendar.Override(LocalDate.of(2021, 5, 1), null, null));
        assertEquals(OffsetDateTime.parse("2021-05-01T00:00+06:00"), calendar.nominationOpens());
    }

    @Test
    void anOverrideWithoutDatesIsEmpty() {
        assertTrue(new ElectionCalendar.Override(null, null, null).isEmpty());
        assertFalse(DECISION_2023.isEmpty());
        assertFalse(new ElectionCalendar.Override(null, null, LocalDate.of(2023, 2, 18)).isEmpty());
    }

    // ---- inconsistencies ----

    @Test
    void theLawsWindowsAreConsistent() {
        assertEquals(List.of(), mazhilis(null).inconsistencies(MAZHILIS_DAY));
    }

    @ParameterizedTest(name = "registration closes {0}")
    @CsvSource({"2023-03-19", "2023-03-20"})
    void registrationClosingOnOrAfterElectionDayIsInconsistent(LocalDate registrationOn) {
        ElectionCalendar calendar = mazhilis(new ElectionCalendar.Override(null, null, registrationOn));
        assertEquals(List.of("calendar.registrationClosesOn: must be before election day"),
                calendar.inconsistencies(MAZHILIS_DAY));
    }

    @Test
    void registrationClosingTheDayBeforeElectionDayIsConsistent() {
        ElectionCalendar calendar = mazhilis(new ElectionCalendar.Override(null, null, LocalDate.of(2023, 3, 18)));
        assertEquals(List.of(), calendar.inconsistencies(MAZHILIS_DAY));
    }

    @Test
    void nominationClosingBeforeItOpensIsInconsistent() {
        ElectionCalendar calendar = mazhilis(new ElectionCalendar.Override(null, LocalDate.of(2023, 1, 17), null));
        assertEquals(List.of("calendar.nominationClosesOn: must be after nomination opens"),
                calendar.inconsistencies(MAZHILIS_DAY));
    }

    @Test
    void nominationOpeningAndClosingOnTheSameDayIsConsistent() {
        // Opens at 00:00, closes at 18:00 of the same day.
        ElectionCalendar calendar = mazhilis(new ElectionCalendar.Override(null, LocalDate.of(2023, 1, 18), null));
        assertEquals(List.of(), calendar.inconsistencies(MAZHILIS_DAY));
    }

    @Test
    void registrationClosingBeforeNominationClosesIsInconsistent() {
        ElectionCalendar calendar = mazhilis(new ElectionCalendar.Override(null, null, LocalDate.of(2023, 2, 6)));
        assertEquals(List.of("calendar.registrationClosesOn: must not be before nomination closes"),
                calendar.inconsistencies(MAZHILIS_DAY));
    }

    @Test
    void aCallingDecisionAfterElectionDayIsInconsistent() {
        ElectionCalendar calendar = ElectionCalendar.of(MAZHILIS_DAY, LocalDate.of(2023, 3, 20), ALMATY,
                MAZHILIS, DEADLINE_HOUR, null);
        assertEquals(List.of("calledOn: must not be after election day"), calendar.inconsistencies(MAZHILIS_DAY));
    }

    @Test
    void inconsistenciesAreListedInReadingOrder() {
        // An akim election called after its election day: nomination would open after it closed.
        LocalDate electionDay = LocalDate.of(2021, 7, 25);
        ElectionCalendar calendar = ElectionCalendar.of(electionDay, LocalDate.of(2021, 7, 26), ALMATY, AKIM,
                DEADLINE_HOUR, null);
        assertEquals(List.of("calledOn: must not be after election day",
                "calendar.nominationClosesOn: must be after nomination opens"), calendar.inconsistencies(electionDay));
    }

    // ---- is nomination / registration open at an instant ----

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2023-02-08T18:00:00+06:00, true", // exactly at the closing instant
            "2023-02-08T18:00:01+06:00, false", // one second after
            "2023-02-08T12:00:00Z, true", // the closing instant in UTC
            "2023-02-08T12:00:01Z, false",
            "2023-01-20T00:00:00+06:00, true", // exactly at opening
            "2023-01-19T23:59:59+06:00, false", // one second before
            "2023-02-01T09:00:00+06:00, true"})
    void nominationIsOpenFromItsOpeningToItsClosingInstantInclusive(OffsetDateTime instant, boolean open) {
        assertEquals(open, mazhilis(DECISION_2023).nominationOpenAt(instant));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2023-02-18T18:00:00+06:00, true",
            "2023-02-18T18:00:01+06:00, false",
            "2023-01-01T00:00:00+06:00, true"})
    void registrationIsOpenUntilItsClosingInstantInclusive(OffsetDateTime instant, boolean open) {
        assertEquals(open, mazhilis(DECISION_2023).registrationOpenAt(instant));
    }

    @ParameterizedTest(name = "{0}: before election day {1}")
    @CsvSource({
            "2023-03-18T23:59:59+06:00, true", // the last second of the eve
            "2023-03-19T00:00:00+06:00, false", // midnight of election day, local time
            "2023-03-18T18:00:00Z, false", // the same midnight in UTC
            "2023-03-18T17:59:59Z, true"})
    void cancellingAndWithdrawingEndWhenElectionDayBeginsLocally(OffsetDateTime instant, boolean before) {
        assertEquals(before, ElectionCalendar.beforeElectionDay(instant, MAZHILIS_DAY, ALMATY));
    }

    private static ElectionCalendar mazhilis(ElectionCalendar.Override override) {
        return ElectionCalendar.of(MAZHILIS_DAY, CALLED_ON, ALMATY, MAZHILIS, DEADLINE_HOUR, override);
    }
}
