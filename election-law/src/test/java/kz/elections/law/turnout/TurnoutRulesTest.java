package kz.elections.law.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.turnout.TurnoutRules.Failure;
import kz.elections.law.turnout.TurnoutRules.Report;
import kz.elections.law.turnout.TurnoutRules.Reported;
import kz.elections.law.turnout.TurnoutRules.Schedule;

/** The turnout report's rules, each at its boundary. */
class TurnoutRulesTest {

    private static final Schedule DAY = new Schedule(List.of(LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(14, 0),
            LocalTime.of(16, 0), LocalTime.of(18, 0)), LocalTime.of(20, 0));
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static List<String> failed(Report report, Long earlier, Long later) {
        return TurnoutRules.check(DAY, report, Optional.ofNullable(earlier).map(v -> new Reported(LocalTime.of(10, 0), v)),
                Optional.ofNullable(later).map(v -> new Reported(LocalTime.of(14, 0), v))).stream().map(Failure::rule).toList();
    }

    /** Voted against a list of 1,000 with 5 added on election day. */
    @ParameterizedTest(name = "{0} voted of 1,000 + 5 added: {1}")
    @CsvSource({
        "1006, VOTED_AT_MOST_VOTERS",   // above the list and the added by one
        "1005, ''",                     // equal to the list and the added
        "1000, ''",                     // equal to the list
        "0,    ''"})
    void votedIsAtMostTheVotersOnTheListPlusThoseAdded(long voted, String rule) {
        assertEquals(rule.isEmpty() ? List.of() : List.of(rule), failed(new Report(NOON, voted, 1000, 5), null, null));
    }

    @Test
    void aboveTheListWithNobodyAddedByOneIsRefusedWithItsFigures() {
        List<Failure> failures = TurnoutRules.check(DAY, new Report(NOON, 1001, 1000, 0), Optional.empty(), Optional.empty());
        assertEquals("voted ≤ voters on the list + added: 1001 > 1000 + 0", failures.get(0).detail());
        assertEquals("voted", failures.get(0).field());
    }

    @ParameterizedTest(name = "{0} at noon after {1} at 10:00: {2}")
    @CsvSource({
        "299, 300, NOT_LOWER_THAN_EARLIER",  // lower than the earlier time's by one
        "300, 300, ''",                      // equal to the earlier one
        "301, 300, ''"})
    void aLaterReportIsNeverLowerThanAnEarlierOne(long voted, long earlier, String rule) {
        assertEquals(rule.isEmpty() ? List.of() : List.of(rule), failed(new Report(NOON, voted, 1000, 0), earlier, null));
    }

    @ParameterizedTest(name = "{0} at noon before {1} at 14:00: {2}")
    @CsvSource({
        "501, 500, NOT_HIGHER_THAN_LATER",   // a correction above the later time's figure by one
        "500, 500, ''"})
    void aCorrectedEarlierReportIsNeverHigherThanALaterOne(long voted, long later, String rule) {
        assertEquals(rule.isEmpty() ? List.of() : List.of(rule), failed(new Report(NOON, voted, 1000, 0), null, later));
    }

    @ParameterizedTest(name = "a report for {0}: {1}")
    @CsvSource({
        "20:00, ''",               // the close is the last reporting time
        "20:01, AFTER_CLOSE",      // one minute after the close
        "21:00, AFTER_CLOSE",
        "11:00, UNKNOWN_TIME",     // between two reporting times
        "09:59, UNKNOWN_TIME",
        "10:00, ''"})
    void onlyTheElectionsReportingTimesUpToTheCloseAreReported(String time, String rule) {
        assertEquals(rule.isEmpty() ? List.of() : List.of(rule),
                failed(new Report(LocalTime.parse(time), 100, 1000, 0), null, null));
    }

    @ParameterizedTest(name = "the noon report at {0} UTC: {1}")
    @CsvSource({
        "2023-03-19T05:59:59Z, NOT_YET",  // 11:59:59 in Almaty (UTC+6 in 2023)
        "2023-03-19T06:00:00Z, ''"})      // noon in Almaty in 2023 (UTC+6)
    void aReportIsDueFromItsTimeOnElectionDayInTheUnitsZone(String now, String rule) {
        Optional<Failure> failure = TurnoutRules.notYet(DAY, NOON, ELECTION_DAY, ALMATY, Instant.parse(now));
        assertEquals(rule.isEmpty() ? Optional.empty() : Optional.of(rule), failure.map(Failure::rule));
    }

    @Test
    void theNoonReportIsDueAtNoonInTheUnitsOwnZone() {
        ZoneId aqtobe = ZoneId.of("Asia/Aqtobe");
        Instant noonInAqtobe = ELECTION_DAY.atTime(NOON).atZone(aqtobe).toInstant();
        assertEquals(Optional.empty(), TurnoutRules.notYet(DAY, NOON, ELECTION_DAY, aqtobe, noonInAqtobe));
        assertEquals(Optional.of(TurnoutRules.NOT_YET), TurnoutRules.notYet(DAY, NOON, ELECTION_DAY, aqtobe,
                noonInAqtobe.minusSeconds(1)).map(Failure::rule));
    }

    @Test
    void everyFailedRuleIsNamed() {
        assertEquals(List.of("UNKNOWN_TIME", "VOTED_AT_MOST_VOTERS", "NOT_LOWER_THAN_EARLIER"),
                failed(new Report(LocalTime.of(11, 0), 1001, 1000, 0), 1002L, null));
    }

    @Test
    void aScheduleWithATimeAtOrAfterTheCloseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(List.of(LocalTime.of(20, 0)), LocalTime.of(20, 0)));
        assertEquals(List.of(LocalTime.of(10, 0), LocalTime.of(20, 0)),
                new Schedule(List.of(LocalTime.of(10, 0)), LocalTime.of(20, 0)).all());
    }
}
