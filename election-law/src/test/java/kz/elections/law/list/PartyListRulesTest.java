package kz.elections.law.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.election.ElectionKind;
import kz.elections.law.list.PartyListRules.Entry;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.NominationRules.Check;
import kz.elections.law.nomination.NominationRules.Outcome;

/**
 * A party list as a whole (CL "On Elections", Art. 89, 97-1): length, each person once, quota categories borne out by
 * what each person declared, the 30 % quota.
 */
class PartyListRulesTest {

    private static final int OVERHEAD = 30;
    private static final int QUOTA = 30;
    private static final int YOUTH_AGE = 35;
    private static final PartyListRules.Limits LIMITS = new PartyListRules.Limits(OVERHEAD, QUOTA, YOUTH_AGE);
    private static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);

    // ---- length ----

    @ParameterizedTest(name = "{0} seats + 30 %: at most {1} names")
    @CsvSource({"69, 90", "10, 13", "1, 2", "20, 26", "25, 33", "0, 0"})
    void listHoldsAtMostSeatsPlus30PercentRoundedUp(int seats, int max) {
        assertEquals(max, PartyListRules.maxLength(seats, OVERHEAD));
    }

    @ParameterizedTest(name = "{0} names for 69 seats: {1}")
    @CsvSource({"90, PASS", "91, FAIL", "69, PASS", "1, PASS"})
    void mazhilisListHoldsAtMost90NamesFor69Seats(int names, Outcome outcome) {
        Check length = rule("LIST_LENGTH", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, list(names, names)));
        assertEquals(outcome, length.outcome());
        assertEquals("1 – 90", length.required());
        assertEquals(String.valueOf(names), length.actual());
    }

    @Test
    void refusesAnEmptyList() {
        List<Check> rules = PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, List.of());
        assertEquals(Outcome.FAIL, rule("LIST_LENGTH", rules).outcome());
        assertEquals("0", rule("LIST_LENGTH", rules).actual());
    }

    // ---- each person once ----

    @Test
    void refusesAPersonAppearingTwiceAndNamesBothPositions() {
        List<Entry> entries = new ArrayList<>(list(10, 10));
        entries.set(6, entry(7, "person-3", QuotaCategory.WOMAN)); // position 7 repeats position 3

        Check once = rule("EACH_PERSON_ONCE", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, entries));

        assertEquals(Outcome.FAIL, once.outcome());
        assertEquals("no repeats", once.required());
        assertEquals("position 7 repeats position 3", once.actual());
    }

    @Test
    void namesEveryRepeatAgainstItsFirstPosition() {
        List<Entry> entries = List.of(entry(1, "a", QuotaCategory.WOMAN), entry(2, "b", null),
                entry(3, "a", QuotaCategory.WOMAN), entry(4, "b", null), entry(5, "a", QuotaCategory.WOMAN));

        Check once = rule("EACH_PERSON_ONCE", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, entries));

        assertEquals("position 3 repeats position 1; position 4 repeats position 2; position 5 repeats position 1",
                once.actual());
    }

    @Test
    void aListOfDistinctPeoplePassesEachPersonOnce() {
        Check once = rule("EACH_PERSON_ONCE", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, list(90, 90)));
        assertEquals(Outcome.PASS, once.outcome());
        assertEquals("none", once.actual());
    }

    // ---- the quota ----

    @ParameterizedTest(name = "{0} names need {1}")
    @CsvSource({"10, 3", "7, 3", "90, 27", "1, 1", "3, 1", "4, 2", "0, 0"})
    void quotaIs30PercentOfTheNamesRoundedUp(int names, int required) {
        assertEquals(required, PartyListRules.requiredQuota(names, QUOTA));
    }

    @ParameterizedTest(name = "{1} of {0} names in the quota: {2}")
    @CsvSource({
            "10, 3, PASS", // exactly 30 %
            "10, 2, FAIL",
            "7, 3, PASS", // 2.1 rounds up to 3
            "7, 2, FAIL",
            "90, 27, PASS",
            "90, 26, FAIL"})
    void listQuotaIsAtLeast30PercentOfTheNames(int names, int inQuota, Outcome outcome) {
        Check quota = rule("LIST_QUOTA", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, list(names, inQuota)));
        assertEquals(outcome, quota.outcome());
        assertEquals("≥ " + PartyListRules.requiredQuota(names, QUOTA), quota.required());
        assertEquals(String.valueOf(inQuota), quota.actual());
    }

    @Test
    void personsWithDisabilitiesCountOnAMazhilisList() {
        List<Entry> entries = listWith(10, QuotaCategory.WOMAN, QuotaCategory.YOUTH, QuotaCategory.DISABILITY);

        Check quota = rule("LIST_QUOTA", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, entries));

        assertEquals(Outcome.PASS, quota.outcome());
        assertEquals("3", quota.actual());
        assertEquals("Women, youth and persons with disabilities (30 % of the names, rounded up)", quota.description());
    }

    @Test
    void personsWithDisabilitiesDoNotCountOnAMaslikhatList() {
        List<Entry> entries = listWith(10, QuotaCategory.WOMAN, QuotaCategory.YOUTH, QuotaCategory.DISABILITY);

        Check quota = rule("LIST_QUOTA", PartyListRules.check(ElectionKind.MASLIKHAT, 25, ELECTION_DAY, LIMITS, entries));

        assertEquals(Outcome.FAIL, quota.outcome());
        assertEquals("2", quota.actual());
        assertEquals("Women and youth (30 % of the names, rounded up)", quota.description());
    }

    @Test
    void quotaCategoriesDependOnTheBody() {
        assertEquals(Set.of(QuotaCategory.WOMAN, QuotaCategory.YOUTH, QuotaCategory.DISABILITY),
                PartyListRules.quotaCategories(ElectionKind.MAZHILIS));
        assertEquals(Set.of(QuotaCategory.WOMAN, QuotaCategory.YOUTH), PartyListRules.quotaCategories(ElectionKind.MASLIKHAT));
    }

    @Test
    void reportsLengthRepeatsCategoriesAndQuotaInThatOrder() {
        List<Check> rules = PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, list(90, 27));
        assertEquals(List.of("LIST_LENGTH", "EACH_PERSON_ONCE", "QUOTA_CATEGORY", "LIST_QUOTA"),
                rules.stream().map(Check::rule).toList());
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS),
                rules.stream().map(Check::outcome).toList());
    }

    // ---- quota categories are checked, not declared ----

    @ParameterizedTest(name = "born {0}, election day 2023-03-19: youth {1}")
    @CsvSource({
            "1988-03-20, true", // 35th birthday the day after election day: still 34
            "1988-03-19, false", // 35th birthday on election day
            "1988-03-18, false", // 35th birthday the day before election day
            "1998-03-19, true",
            "1970-01-01, false"})
    void youthAreUnder35OnElectionDay(LocalDate born, boolean youth) {
        assertEquals(youth, PartyListRules.isYouth(born, ELECTION_DAY, YOUTH_AGE));
    }

    @ParameterizedTest(name = "YOUTH at position 2, born {0}: {1} ({2})")
    @CsvSource({
            "1988-03-20, PASS, none",
            "1988-03-19, FAIL, 'position 2: YOUTH, 35 on election day, youth are under 35'",
            "1988-03-18, FAIL, 'position 2: YOUTH, 35 on election day, youth are under 35'"})
    void aYouthCandidateIsUnder35OnElectionDay(LocalDate born, Outcome outcome, String actual) {
        List<Entry> entries = listWith(3, QuotaCategory.WOMAN);
        entries.set(1, new Entry(2, "person-2", QuotaCategory.YOUTH, new PartyListRules.Declared(false, born, false)));

        Check categories = rule("QUOTA_CATEGORY", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, entries));

        assertEquals(outcome, categories.outcome());
        assertEquals("no mismatch", categories.required());
        assertEquals(actual, categories.actual());
    }

    @Test
    void theYouthAgeIsConfigurationNot35InTheRules() {
        // The 2022 text of the Law on State Youth Policy: under 29.
        assertEquals(false, PartyListRules.isYouth(LocalDate.of(1994, 3, 19), ELECTION_DAY, 29));
        assertEquals(true, PartyListRules.isYouth(LocalDate.of(1994, 3, 20), ELECTION_DAY, 29));
    }

    @ParameterizedTest(name = "{0}, declared female {1}, born {2}, certificate {3}: {4}")
    @CsvSource({
            "WOMAN,      true,  1970-01-01, false, PASS",
            "WOMAN,      false, 1970-01-01, false, FAIL",
            "WOMAN,      false, 1998-01-01, true,  FAIL", // young and certified, still not a woman
            "DISABILITY, false, 1970-01-01, true,  PASS",
            "DISABILITY, true,  1998-01-01, false, FAIL", // a young woman without a certificate
            "YOUTH,      true,  1998-01-01, false, PASS"})
    void eachCategoryIsCheckedAgainstItsOwnDeclaration(QuotaCategory category, boolean female, LocalDate born,
            boolean certificate, Outcome outcome) {
        Entry entry = new Entry(1, "p", category, new PartyListRules.Declared(female, born, certificate));

        Check categories = rule("QUOTA_CATEGORY", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS,
                List.of(entry)));

        assertEquals(outcome, categories.outcome());
    }

    @Test
    void namesEveryMismatchByListPositionAndCategory() {
        List<Entry> entries = listWith(10, QuotaCategory.WOMAN, QuotaCategory.WOMAN, QuotaCategory.DISABILITY);
        entries.set(1, new Entry(2, "person-2", QuotaCategory.WOMAN, new PartyListRules.Declared(false, OLDER, false)));
        entries.set(2, new Entry(3, "person-3", QuotaCategory.DISABILITY, new PartyListRules.Declared(false, OLDER, false)));

        List<Check> rules = PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS, entries);

        assertEquals("position 2: WOMAN, declared sex is not female; "
                + "position 3: DISABILITY, no disability certificate (number and date) recorded",
                rule("QUOTA_CATEGORY", rules).actual());
        assertEquals(Outcome.FAIL, rule("QUOTA_CATEGORY", rules).outcome());
        assertEquals("1", rule("LIST_QUOTA", rules).actual(), "only the category borne out counts towards the quota");
    }

    @Test
    void aCandidateWithoutACategoryIsNeverAMismatch() {
        Entry entry = new Entry(1, "p", null, new PartyListRules.Declared(false, OLDER, false));
        assertEquals("none", rule("QUOTA_CATEGORY", PartyListRules.check(ElectionKind.MAZHILIS, 69, ELECTION_DAY, LIMITS,
                List.of(entry))).actual());
    }

    // ---- registration of the list ----

    @Test
    void aListWithItsDepositPaidAndNoFailingCandidateHasNoRegistrationProblem() {
        SortedMap<Integer, NominationRules.Report> candidates = new TreeMap<>(Map.of(1, report(pass("AGE")), 2, report(pass("AGE"))));
        assertEquals(List.of(), PartyListRules.registrationProblems(2_100_000, 2_100_000L, candidates));
    }

    @ParameterizedTest(name = "paid {0} of 2100000: {1} ₸ paid")
    @CsvSource(value = {"NULL, 0", "0, 0", "2099999, 2099999"}, nullValues = "NULL")
    void anUnpaidListDepositIsPendingAndStatesWhatWasPaid(Long paid, long shown) {
        List<Check> problems = PartyListRules.registrationProblems(2_100_000, paid, new TreeMap<>());

        assertEquals(List.of(new Check("DEPOSIT", "Election deposit for the list", "2100000 ₸", shown + " ₸ paid",
                Outcome.PENDING)), problems);
    }

    @Test
    void namesEveryFailedRuleOfACandidateByListPositionInListOrder() {
        SortedMap<Integer, NominationRules.Report> candidates = new TreeMap<>();
        candidates.put(7, report(fail("NOT_LIST_AND_DISTRICT")));
        candidates.put(2, report(pass("AGE"), fail("AGE"), new Check("DEPOSIT", "Election deposit", "0 ₸", "0 ₸ paid",
                Outcome.PENDING)));

        List<Check> problems = PartyListRules.registrationProblems(0, 0L, candidates);

        assertEquals(List.of("Position 2: AGE rule", "Position 7: NOT_LIST_AND_DISTRICT rule"),
                problems.stream().map(Check::description).toList());
        assertEquals(List.of(Outcome.FAIL, Outcome.FAIL), problems.stream().map(Check::outcome).toList());
    }

    // ---- helpers ----

    private static NominationRules.Report report(Check... checks) {
        return new NominationRules.Report(List.of(checks));
    }

    private static Check pass(String rule) {
        return new Check(rule, rule + " rule", "required", "actual", Outcome.PASS);
    }

    private static Check fail(String rule) {
        return new Check(rule, rule + " rule", "required", "actual", Outcome.FAIL);
    }


    private static Check rule(String name, List<Check> rules) {
        return rules.stream().filter(r -> r.rule().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + name));
    }

    private static final LocalDate OLDER = LocalDate.of(1970, 1, 1);

    /** An entry whose declarations bear out its category: women female, youth 25, disabilities certified. */
    private static Entry entry(int position, String key, QuotaCategory category) {
        boolean young = category == QuotaCategory.YOUTH;
        return new Entry(position, key, category, new PartyListRules.Declared(category == QuotaCategory.WOMAN,
                young ? ELECTION_DAY.minusYears(25) : OLDER, category == QuotaCategory.DISABILITY));
    }

    /** {@code names} distinct people; the first {@code inQuota} of them women, the rest outside the quota. */
    private static List<Entry> list(int names, int inQuota) {
        List<Entry> entries = new ArrayList<>();
        for (int position = 1; position <= names; position++) {
            entries.add(entry(position, "person-" + position, position <= inQuota ? QuotaCategory.WOMAN : null));
        }
        return entries;
    }

    /** {@code names} distinct people; the first ones in the given categories, the rest outside the quota. */
    private static List<Entry> listWith(int names, QuotaCategory... leading) {
        List<Entry> entries = new ArrayList<>();
        for (int position = 1; position <= names; position++) {
            QuotaCategory category = position <= leading.length ? leading[position - 1] : null;
            entries.add(entry(position, "person-" + position, category));
        }
        return entries;
    }
}
