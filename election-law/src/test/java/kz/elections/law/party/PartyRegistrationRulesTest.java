package kz.elections.law.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import kz.elections.law.party.PartyRegistrationRules.Outcome;
import kz.elections.law.party.PartyRegistrationRules.Report;
import kz.elections.law.party.PartyRegistrationRules.RuleCheck;

/** The registration pre-check of the Law "On Political Parties" (2022–2023 thresholds), at its boundaries. */
class PartyRegistrationRulesTest {

    /** The Law "On Political Parties" as eased in 2022–2023: 700 founders from 2/3 of the units, congress within 3 months, 5,000 members, 200 per unit. */
    private static final PartyRegistrationRules.Thresholds LAW_2023 =
            new PartyRegistrationRules.Thresholds(700, 2, 3, Period.ofMonths(3), 5000, 200);

    /** The 20 first-level units since June 2022. */
    private static final List<String> UNITS = List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31",
            "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75",
            "KZ-79");

    // --- initiative group ---

    @ParameterizedTest(name = "initiative group of {0}: {1}")
    @CsvSource({"0, FAIL", "699, FAIL", "700, PASS", "701, PASS"})
    void refusesAnInitiativeGroupOfFewerThan700Citizens(int size, Outcome outcome) {
        RuleCheck rule = check("INITIATIVE_GROUP_SIZE", facts().withGroupSize(size));

        assertEquals(outcome, rule.outcome());
        assertEquals("≥ 700", rule.required());
        assertEquals(String.valueOf(size), rule.actual());
    }

    @ParameterizedTest(name = "initiative group from {0} of 20 units: {1}")
    @CsvSource({"0, FAIL", "13, FAIL", "14, PASS", "20, PASS"})
    void refusesAnInitiativeGroupFromFewerThanTwoThirdsOfTheUnitsRoundedUp(int units, Outcome outcome) {
        RuleCheck rule = check("INITIATIVE_GROUP_UNITS", facts().withGroupUnits(UNITS.subList(0, units)));

        assertEquals(outcome, rule.outcome());
        assertEquals("≥ 14 of 20 units (2/3)", rule.required());
        assertEquals(String.valueOf(units), rule.actual());
    }

    @Test
    void doesNotCountAnInitiativeGroupUnitThatIsNotOneOfTheTwenty() {
        Set<String> units = new TreeSet<>(UNITS.subList(0, 13));
        units.add("KZ-99");

        RuleCheck rule = check("INITIATIVE_GROUP_UNITS", facts().withGroupUnits(units));

        assertEquals(Outcome.FAIL, rule.outcome());
        assertEquals("13", rule.actual());
    }

    @ParameterizedTest(name = "{2}/{3} of {0} units → at least {1}")
    @CsvSource({
            "20, 14, 2, 3", // 13.33 → 14
            "18, 12, 2, 3", // exactly 12
            "17, 12, 2, 3", // 11.33 → 12
            "3, 2, 2, 3",
            "1, 1, 2, 3",
            "20, 10, 1, 2"})
    void roundsTheShareOfUnitsUp(int allUnits, int required, int numerator, int denominator) {
        PartyRegistrationRules.Thresholds thresholds = new PartyRegistrationRules.Thresholds(700, numerator, denominator, Period.ofMonths(3), 5000, 200);

        assertEquals(required, PartyRegistrationRules.minGroupUnits(thresholds, allUnits));
    }

    // --- founding congress ---

    @ParameterizedTest(name = "notified {0}, congress {2}: {3} (window ends {1})")
    @CsvSource({
            "2023-01-15, 2023-04-15, 2023-01-15, PASS", // on the day of the notification
            "2023-01-15, 2023-04-15, 2023-03-01, PASS",
            "2023-01-15, 2023-04-15, 2023-04-15, PASS", // the last day of the 3-month window
            "2023-01-15, 2023-04-15, 2023-04-16, FAIL", // the day after
            "2023-01-15, 2023-04-15, 2023-01-14, FAIL", // before the notification
            "2023-11-30, 2024-02-29, 2024-02-29, PASS", // month-end: the window ends on the last day of February
            "2023-11-30, 2024-02-29, 2024-03-01, FAIL",
            "2022-11-30, 2023-02-28, 2023-02-28, PASS", // not a leap year
            "2022-11-30, 2023-02-28, 2023-03-01, FAIL"})
    void refusesAFoundingCongressOutsideThreeMonthsOfTheNotification(LocalDate notified, LocalDate lastDay,
            LocalDate congress, Outcome outcome) {
        RuleCheck rule = check("CONGRESS_WITHIN_WINDOW", facts().withNotifiedOn(notified).withCongressOn(congress));

        assertEquals(outcome, rule.outcome());
        assertEquals("between " + notified + " and " + lastDay, rule.required());
        assertEquals(congress.toString(), rule.actual());
        assertEquals("Founding congress within 3 months of the notification", rule.description());
    }

    // --- members ---

    @ParameterizedTest(name = "{0} members: {1}")
    @CsvSource({"4999, FAIL", "5000, PASS", "5001, PASS"})
    void refusesPartyWithFewerThan5000Members(int members, Outcome outcome) {
        RuleCheck rule = check("MEMBERS_TOTAL", facts().withMembersTotalling(members));

        assertEquals(outcome, rule.outcome());
        assertEquals("≥ 5000", rule.required());
        assertEquals(String.valueOf(members), rule.actual());
    }

    @Test
    void refusesPartyWithNoMemberListUploaded() {
        Report report = precheck(facts().withoutMemberList());

        RuleCheck total = rule(report, "MEMBERS_TOTAL");
        assertEquals(Outcome.FAIL, total.outcome());
        assertEquals("≥ 5000", total.required());
        assertEquals("no member list uploaded", total.actual());
        assertEquals(Outcome.FAIL, rule(report, "MEMBERS_PER_UNIT").outcome());
        assertFalse(report.passed());
    }

    @ParameterizedTest(name = "{0} members in KZ-62: {1}")
    @CsvSource({"0, FAIL", "199, FAIL", "200, PASS", "201, PASS"})
    void refusesPartyWithFewerThan200MembersInAnyUnit(int inUnit, Outcome outcome) {
        RuleCheck rule = check("MEMBERS_PER_UNIT", facts().withMembersInEachUnit(300).withMembersIn("KZ-62", inUnit));

        assertEquals(outcome, rule.outcome());
        assertEquals("≥ 200 in each of 20 units", rule.required());
        if (outcome == Outcome.FAIL) {
            assertEquals("1 unit(s) below 200", rule.actual());
            assertEquals(List.of("KZ-62: " + inUnit), rule.details());
        } else {
            assertEquals("all 20 units", rule.actual());
            assertEquals(List.of(), rule.details());
        }
    }

    @Test
    void listsEveryUnitBelow200WithItsFigureIncludingUnitsWithNoMembers() {
        FactsBuilder facts = facts().withMembersInEachUnit(300)
                .withMembersIn("KZ-79", 0)
                .withMembersIn("KZ-10", 12)
                .withMembersIn("KZ-33", 199)
                .withoutMembersIn("KZ-55");

        RuleCheck rule = check("MEMBERS_PER_UNIT", facts);

        assertEquals(Outcome.FAIL, rule.outcome());
        assertEquals("4 unit(s) below 200", rule.actual());
        assertEquals(List.of("KZ-10: 12", "KZ-33: 199", "KZ-55: 0", "KZ-79: 0"), rule.details());
    }

    // --- warnings ---

    @ParameterizedTest(name = "{0}: {1} rows, lines shown [{2}]")
    @CsvSource(delimiter = '|', value = {
            "DUPLICATE_MEMBERS        | 3  | 4 9 12 | line 4; line 9; line 12",
            "DUPLICATE_MEMBERS        | 60 | 2 5    | line 2; line 5; … and 58 more",
            "MEMBERS_OF_OTHER_PARTIES | 1  | 7      | line 7",
            "MEMBERS_OF_OTHER_PARTIES | 12 | 3 8 21 | line 3; line 8; line 21; … and 9 more"})
    void warnsButDoesNotFailOnDuplicatesAndMembersOfOtherPartiesListingTheirLines(String ruleName, int rows,
            String shownLines, String details) {
        List<Integer> lines = Arrays.stream(shownLines.split(" ")).map(Integer::valueOf).toList();
        FactsBuilder facts = ruleName.equals("DUPLICATE_MEMBERS") ? facts().withDuplicates(rows, lines)
                : facts().withMembersOfOtherParties(rows, lines);

        Report report = precheck(facts);

        RuleCheck rule = rule(report, ruleName);
        assertEquals(Outcome.WARN, rule.outcome());
        assertEquals("0", rule.required());
        assertEquals(String.valueOf(rows), rule.actual());
        assertEquals(List.of(details.split("; ")), rule.details());
        assertTrue(report.passed(), "a warning alone does not fail the pre-check");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DUPLICATE_MEMBERS", "MEMBERS_OF_OTHER_PARTIES"})
    void passesAListWithNoDuplicatesAndNoMembersOfOtherParties(String ruleName) {
        RuleCheck rule = check(ruleName, facts());

        assertEquals(Outcome.PASS, rule.outcome());
        assertEquals("0", rule.actual());
        assertEquals(List.of(), rule.details());
    }

    // --- regional branches ---

    @Test
    void regionalBranchesAreDueOneYearAfterTheStateRegistration() {
        assertEquals(LocalDate.of(2024, 3, 1), PartyRegistrationRules.branchesDue(LocalDate.of(2023, 3, 1), Period.ofYears(1)));
        assertEquals(LocalDate.of(2025, 2, 28), PartyRegistrationRules.branchesDue(LocalDate.of(2024, 2, 29), Period.ofYears(1)));
    }

    @ParameterizedTest(name = "due {0}, branches registered {1}, today {2}: overdue {3}")
    @CsvSource({
            "2024-03-01,           , 2024-03-01, false", // the last day itself
            "2024-03-01,           , 2024-03-02, true", // the day after
            "2024-03-01, 2024-02-20, 2024-06-01, false", // registered in time
            "2024-03-01, 2024-03-01, 2024-06-01, false", // registered on the last day
            "2024-03-01, 2024-03-02, 2024-06-01, true", // registered a day late: still overdue
            "2024-03-01, 2024-03-05, 2024-06-01, true"}) // registered late: a late date does not clear it
    void branchesAreOverdueAfterTheirLastDayUnlessRegisteredByIt(LocalDate due, LocalDate registered, LocalDate today,
            boolean overdue) {
        assertEquals(overdue, PartyRegistrationRules.branchesOverdue(due, registered, today));
    }

    // --- the report ---

    static Stream<Arguments> applications() {
        return Stream.of(
                Arguments.of("every rule holds", facts()),
                Arguments.of("group of 699", facts().withGroupSize(699)),
                Arguments.of("group from 13 units", facts().withGroupUnits(UNITS.subList(0, 13))),
                Arguments.of("congress a day late", facts().withCongressOn(LocalDate.of(2023, 4, 16))),
                Arguments.of("congress before notification", facts().withCongressOn(LocalDate.of(2023, 1, 14))),
                Arguments.of("4,999 members", facts().withMembersTotalling(4999)),
                Arguments.of("199 in one unit", facts().withMembersInEachUnit(300).withMembersIn("KZ-47", 199)),
                Arguments.of("no member list", facts().withoutMemberList()),
                Arguments.of("duplicates only", facts().withDuplicates(2, List.of(5, 6))),
                Arguments.of("members of other parties only", facts().withMembersOfOtherParties(1, List.of(9))),
                Arguments.of("warnings and a failure",
                        facts().withDuplicates(2, List.of(5, 6)).withGroupSize(10)),
                Arguments.of("everything wrong", facts().withGroupSize(1).withGroupUnits(List.of("KZ-10"))
                        .withCongressOn(LocalDate.of(2024, 1, 1)).withoutMemberList()
                        .withDuplicates(1, List.of(3)).withMembersOfOtherParties(1, List.of(4))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void passesIfAndOnlyIfNoRuleFails(String scenario, FactsBuilder facts) {
        Report report = precheck(facts);

        boolean anyFail = report.rules().stream().anyMatch(r -> r.outcome() == Outcome.FAIL);
        assertEquals(!anyFail, report.passed());
        assertEquals(report.rules().stream().filter(r -> r.outcome() == Outcome.FAIL).toList(), report.failures());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void statesTheRequiredAndTheActualFigureOfEveryRule(String scenario, FactsBuilder facts) {
        Report report = precheck(facts);

        assertEquals(List.of("INITIATIVE_GROUP_SIZE", "INITIATIVE_GROUP_UNITS", "CONGRESS_WITHIN_WINDOW",
                "MEMBERS_TOTAL", "MEMBERS_PER_UNIT", "DUPLICATE_MEMBERS", "MEMBERS_OF_OTHER_PARTIES"),
                report.rules().stream().map(RuleCheck::rule).toList());
        for (RuleCheck rule : report.rules()) {
            assertFalse(rule.required() == null || rule.required().isBlank(), rule.rule() + " required");
            assertFalse(rule.actual() == null || rule.actual().isBlank(), rule.rule() + " actual");
            assertFalse(rule.description() == null || rule.description().isBlank(), rule.rule() + " description");
        }
    }

    @ParameterizedTest(name = "{0}: required ''{1}'', actual ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "INITIATIVE_GROUP_SIZE    | ≥ 700                             | 700",
            "INITIATIVE_GROUP_UNITS   | ≥ 14 of 20 units (2/3)            | 14",
            "CONGRESS_WITHIN_WINDOW   | between 2023-01-15 and 2023-04-15 | 2023-03-01",
            "MEMBERS_TOTAL            | ≥ 5000                            | 5000",
            "MEMBERS_PER_UNIT         | ≥ 200 in each of 20 units         | all 20 units",
            "DUPLICATE_MEMBERS        | 0                                 | 0",
            "MEMBERS_OF_OTHER_PARTIES | 0                                 | 0"})
    void passesAnApplicationExactlyAtEveryThresholdAndStatesItsFigures(String ruleName, String required, String actual) {
        Report report = precheck(facts());

        RuleCheck rule = rule(report, ruleName);
        assertEquals(Outcome.PASS, rule.outcome());
        assertEquals(required, rule.required());
        assertEquals(actual, rule.actual());
        assertTrue(report.passed());
    }

    @Test
    void namesOnlyTheRuleThatFailed() {
        Report report = precheck(facts().withGroupSize(699));

        assertFalse(report.passed());
        assertEquals(List.of("INITIATIVE_GROUP_SIZE"), report.failures().stream().map(RuleCheck::rule).toList());
    }

    @Test
    void takesItsThresholdsFromConfiguration() {
        PartyRegistrationRules.Thresholds law2002 = new PartyRegistrationRules.Thresholds(1000, 2, 3, Period.ofMonths(2), 20_000, 600);

        Report report = PartyRegistrationRules.precheck(law2002, facts().build());

        assertEquals(List.of("INITIATIVE_GROUP_SIZE", "MEMBERS_TOTAL", "MEMBERS_PER_UNIT"),
                report.failures().stream().map(RuleCheck::rule).toList());
        assertEquals("≥ 20000", rule(report, "MEMBERS_TOTAL").required());
        assertEquals("Founding congress within 2 months of the notification",
                rule(report, "CONGRESS_WITHIN_WINDOW").description());
    }

    // --- fixtures ---

    private static Report precheck(FactsBuilder facts) {
        return PartyRegistrationRules.precheck(LAW_2023, facts.build());
    }

    private static RuleCheck check(String name, FactsBuilder facts) {
        return rule(precheck(facts), name);
    }

    private static RuleCheck rule(Report report, String name) {
        return report.rules().stream().filter(r -> r.rule().equals(name)).findFirst().orElseThrow();
    }

    /** An application exactly at every threshold: 700 founders from 14 units, 250 members in each of 20 units. */
    static FactsBuilder facts() {
        return new FactsBuilder(700, Set.copyOf(UNITS.subList(0, 14)), LocalDate.of(2023, 1, 15),
                LocalDate.of(2023, 3, 1), true, eachUnit(250), 0, List.of(), 0, List.of());
    }

    private static Map<String, Integer> eachUnit(int members) {
        Map<String, Integer> perUnit = new LinkedHashMap<>();
        UNITS.forEach(unit -> perUnit.put(unit, members));
        return Map.copyOf(perUnit);
    }

    /** Immutable, so one builder can be shared by several rows of a table; every wither returns a copy. */
    record FactsBuilder(int groupSize, Set<String> groupUnits, LocalDate notifiedOn, LocalDate congressOn,
            boolean membersUploaded, Map<String, Integer> perUnit, int duplicateRows, List<Integer> duplicateLines,
            int otherPartyRows, List<Integer> otherPartyLines) {

        FactsBuilder withGroupSize(int size) {
            return new FactsBuilder(size, groupUnits, notifiedOn, congressOn, membersUploaded, perUnit,
                    duplicateRows, duplicateLines, otherPartyRows, otherPartyLines);
        }

        FactsBuilder withGroupUnits(Collection<String> units) {
            return new FactsBuilder(groupSize, Set.copyOf(units), notifiedOn, congressOn, membersUploaded, perUnit,
                    duplicateRows, duplicateLines, otherPartyRows, otherPartyLines);
        }

        FactsBuilder withNotifiedOn(LocalDate date) {
            return new FactsBuilder(groupSize, groupUnits, date, congressOn, membersUploaded, perUnit,
                    duplicateRows, duplicateLines, otherPartyRows, otherPartyLines);
        }

        FactsBuilder withCongressOn(LocalDate date) {
            return new FactsBuilder(groupSize, groupUnits, notifiedOn, date, membersUploaded, perUnit,
                    duplicateRows, duplicateLines, otherPartyRows, otherPartyLines);
        }

        FactsBuilder withMembersInEachUnit(int members) {
            return withPerUnit(map -> eachUnit(members));
        }

        FactsBuilder withMembersIn(String unit, int members) {
            return withPerUnit(map -> {
                Map<String, Integer> changed = new LinkedHashMap<>(map);
                changed.put(unit, members);
                return changed;
            });
        }

        FactsBuilder withoutMembersIn(String unit) {
            return withPerUnit(map -> {
                Map<String, Integer> changed = new LinkedHashMap<>(map);
                changed.remove(unit);
                return changed;
            });
        }

        /** 250 in every unit but the last, which takes the difference; every unit stays at or above 200. */
        FactsBuilder withMembersTotalling(int total) {
            int rest = total - 250 * (UNITS.size() - 1);
            return withMembersInEachUnit(250).withMembersIn(UNITS.get(UNITS.size() - 1), rest);
        }

        FactsBuilder withoutMemberList() {
            return new FactsBuilder(groupSize, groupUnits, notifiedOn, congressOn, false, Map.of(),
                    duplicateRows, duplicateLines, otherPartyRows, otherPartyLines);
        }

        FactsBuilder withDuplicates(int rows, List<Integer> shownLines) {
            return new FactsBuilder(groupSize, groupUnits, notifiedOn, congressOn, membersUploaded, perUnit,
                    rows, List.copyOf(shownLines), otherPartyRows, otherPartyLines);
        }

        FactsBuilder withMembersOfOtherParties(int rows, List<Integer> shownLines) {
            return new FactsBuilder(groupSize, groupUnits, notifiedOn, congressOn, membersUploaded, perUnit,
                    duplicateRows, duplicateLines, rows, List.copyOf(shownLines));
        }

        private FactsBuilder withPerUnit(UnaryOperator<Map<String, Integer>> change) {
            return new FactsBuilder(groupSize, groupUnits, notifiedOn, congressOn, membersUploaded,
                    Map.copyOf(change.apply(perUnit)), duplicateRows, duplicateLines, otherPartyRows, otherPartyLines);
        }

        PartyRegistrationRules.Facts build() {
            return new PartyRegistrationRules.Facts(groupSize, groupUnits, notifiedOn, congressOn, new TreeSet<>(UNITS),
                    membersUploaded, perUnit, duplicateRows, duplicateLines, otherPartyRows, otherPartyLines);
        }

        @Override
        public String toString() {
            return "facts";
        }
    }
}
