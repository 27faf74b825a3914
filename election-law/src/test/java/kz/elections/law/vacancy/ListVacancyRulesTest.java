package kz.elections.law.vacancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.list.QuotaCategory;
import kz.elections.law.mandate.ListSeatRules.ListCandidate;

class ListVacancyRulesTest {

    private static ListCandidate candidate(String surname, int position, QuotaCategory category) {
        return new ListCandidate(UUID.randomUUID(), surname, "Ерлан", null, position, category);
    }

    /** Three seats held: one by a woman. Ending hers leaves two men sitting; 30 % of 3 seats is 1. */
    private static final List<ListCandidate> TWO_MEN = List.of(candidate("Омаров", 1, null), candidate("Қасымов", 2, null));

    private static final ListCandidate MAN = candidate("Әлиев", 4, null);
    private static final ListCandidate WOMAN = candidate("Тоқаева", 5, QuotaCategory.WOMAN);

    @ParameterizedTest(name = "ended {0}, {1} days: the party names until {2}")
    @CsvSource({"2025-06-02, 10, 2025-06-12", "2025-06-25, 5, 2025-06-30", "2025-12-28, 10, 2026-01-07"})
    void thePartysDaysCountFromTheDayAfterTheMandateEnded(LocalDate ended, int days, LocalDate lastDay) {
        assertEquals(lastDay, ListVacancyRules.namingLastDay(ended, days));
    }

    @ParameterizedTest(name = "on {0}: the party may name = {1}")
    @CsvSource({"2025-06-11, true", "2025-06-12, true", "2025-06-13, false"})
    void thePartyNamesOnItsLastDayButNotTheDayAfter(LocalDate today, boolean mayName) {
        assertEquals(mayName, ListVacancyRules.partyMayName(LocalDate.of(2025, 6, 12), today));
    }

    @Test
    void aSuccessorKeepingTheQuotaIsAccepted() {
        assertEquals(List.of(), ListVacancyRules.checkSuccessor(WOMAN.id(), List.of(MAN, WOMAN), TWO_MEN, 30));
    }

    @Test
    void aSuccessorBreakingTheQuotaIsRefusedWhileTheListHasAQuotaCandidate() {
        List<String> problems = ListVacancyRules.checkSuccessor(MAN.id(), List.of(MAN, WOMAN), TWO_MEN, 30);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("at least 1 (30 %, rounded up)"), problems.get(0));
    }

    @Test
    void withNoQuotaCandidateLeftAnyoneOfTheListMayFollow() {
        assertEquals(List.of(), ListVacancyRules.checkSuccessor(MAN.id(), List.of(MAN), TWO_MEN, 30));
    }

    @Test
    void withoutASeatQuotaTheQuotaIsNotChecked() {
        assertEquals(List.of(), ListVacancyRules.checkSuccessor(MAN.id(), List.of(MAN, WOMAN), TWO_MEN, 0));
    }

    @Test
    void someoneNotOnTheRemainingListIsRefused() {
        assertEquals(1, ListVacancyRules.checkSuccessor(TWO_MEN.get(0).id(), List.of(MAN, WOMAN), TWO_MEN, 30).size());
    }

    @Test
    void theCommissionTakesTheFirstInKazakhOrderWhenTheQuotaHolds() {
        List<ListCandidate> sitting = List.of(candidate("Омаров", 1, null), WOMAN);
        ListCandidate aman = candidate("Аманов", 6, null);
        assertEquals(Optional.of(aman), ListVacancyRules.commissionSuccessor(List.of(MAN, aman), sitting, 30));
    }

    @Test
    void theCommissionTakesAQuotaCandidateFirstWhenTheQuotaNeedsOne() {
        assertEquals(Optional.of(WOMAN), ListVacancyRules.commissionSuccessor(List.of(MAN, WOMAN), TWO_MEN, 30));
    }

    @Test
    void anExhaustedListLeavesTheSeatVacant() {
        assertEquals(Optional.empty(), ListVacancyRules.commissionSuccessor(List.of(), TWO_MEN, 30));
    }
}
