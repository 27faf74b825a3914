package kz.elections.law.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Appeals against a refusal: 7 days (Mazhilis, maslikhat) or 3 days (akim), the last day to local midnight. */
class AppealRulesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** Refused on 10 February 2023 at 15:00 Almaty time. */
    private static final OffsetDateTime REFUSED = OffsetDateTime.parse("2023-02-10T15:00+06:00");

    @ParameterizedTest(name = "{0} days to appeal, filed {1}: in time {2}")
    @CsvSource({
            "7, 2023-02-10T15:00:01+06:00, true", // at once
            "7, 2023-02-17T00:00+06:00, true", // day 7 begins
            "7, 2023-02-17T23:59:59+06:00, true", // the last second of day 7
            "7, 2023-02-18T00:00+06:00, false", // day 8
            "7, 2023-02-17T18:30+00:00, false", // day 8 in Almaty, still day 7 in UTC
            "3, 2023-02-13T23:59:59+06:00, true", // the last second of day 3 (akim)
            "3, 2023-02-14T00:00+06:00, false", // day 4
            "3, 2023-02-14T10:00+06:00, false"})
    void anAppealIsInTimeUntilLocalMidnightAfterItsLastDay(int days, OffsetDateTime filed, boolean inTime) {
        assertEquals(inTime, AppealRules.inTime(REFUSED, filed, ALMATY, days));
    }

    @ParameterizedTest(name = "{0} days after a refusal at {1}: last day {2}")
    @CsvSource({
            "7, 2023-02-10T15:00+06:00, 2023-02-17",
            "3, 2023-02-10T15:00+06:00, 2023-02-13",
            "7, 2023-02-10T20:00+00:00, 2023-02-18", // 11 February in Almaty already
            "3, 2023-12-30T10:00+06:00, 2024-01-02"})
    void theLastDayCountsFromTheLocalDayOfTheRefusal(int days, OffsetDateTime refused, LocalDate lastDay) {
        assertEquals(lastDay, AppealRules.lastDay(refused, ALMATY, days));
    }

    @Test
    void theDeadlineIsLocalMidnightAfterTheLastDay() {
        assertEquals(OffsetDateTime.parse("2023-02-18T00:00+06:00").toInstant(),
                AppealRules.deadline(REFUSED, ALMATY, 7).toInstant());
    }
}
