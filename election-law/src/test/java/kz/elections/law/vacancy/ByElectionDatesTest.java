package kz.elections.law.vacancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByElectionDatesTest {

    /** The Mazhilis elected in March 2023: its term ends on 29 March 2028, its last year begins on 29 March 2027. */
    private static final LocalDate TERM_ENDS = LocalDate.of(2028, 3, 29);

    @ParameterizedTest(name = "the last Sunday of {0} is {1}")
    @CsvSource({"2025-03, 2025-03-30", "2025-10, 2025-10-26", "2026-03, 2026-03-29", "2026-10, 2026-10-25",
            "2020-03, 2020-03-29"})
    void theLastSundayOfTheMonth(YearMonth month, LocalDate sunday) {
        assertEquals(sunday, ByElectionDates.lastSunday(month));
    }

    @ParameterizedTest(name = "{0}: a day of the law = {1}")
    @CsvSource({"2025-03-30, true", "2025-10-26, true", "2025-03-23, false", "2025-10-19, false",
            "2025-04-27, false", "2025-03-29, false", "2025-10-27, false"})
    void onlyTheLastSundayOfMarchOrOctoberIsADayOfTheLaw(LocalDate day, boolean lawDay) {
        assertEquals(lawDay, ByElectionDates.isLawDay(day));
    }

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource({"2025-06-02, 2025-10-26", "2025-10-26, 2026-03-29", "2025-11-01, 2026-03-29", "2026-01-10, 2026-03-29"})
    void theNextDayOfTheLaw(LocalDate after, LocalDate next) {
        assertEquals(next, ByElectionDates.nextLawDay(after));
    }

    @Test
    void aDayOfTheLawNeedsNoConsent() {
        assertEquals(Optional.empty(), ByElectionDates.refusal(LocalDate.of(2025, 10, 26), false, TERM_ENDS));
    }

    @Test
    void anotherDayWithoutTheCentralCommissionsConsentIsRefusedNamingTheNextDayOfTheLaw() {
        Optional<String> refusal = ByElectionDates.refusal(LocalDate.of(2025, 9, 14), false, TERM_ENDS);
        assertTrue(refusal.orElseThrow().contains("Central Election Commission's consent"), refusal.get());
        assertTrue(refusal.get().contains("2025-10-26"), refusal.get());
    }

    @Test
    void anotherDayWithTheCentralCommissionsConsentIsAllowed() {
        assertEquals(Optional.empty(), ByElectionDates.refusal(LocalDate.of(2025, 9, 14), true, TERM_ENDS));
    }

    @ParameterizedTest(name = "{0} (consent {1}): refused = {2}")
    @CsvSource({"2027-03-28, true, false", "2027-03-29, true, true", "2027-10-31, false, true", "2028-03-26, false, true"})
    void noByElectionFromTheFirstDayOfTheBodysLastYear(LocalDate day, boolean consent, boolean refused) {
        Optional<String> refusal = ByElectionDates.refusal(day, consent, TERM_ENDS);
        assertEquals(refused, refusal.isPresent());
        refusal.ifPresent(why -> assertTrue(why.contains("last year of the body's term"), why));
    }
}
