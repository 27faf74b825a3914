package kz.elections.registry.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.registry.party.PartyRules.Outcome;

/** The registration pre-check of the Law "On Political Parties" (2022–2023 thresholds), at its boundaries. */
class PartyRulesTest {

    private static final PartyRules.Thresholds LAW_2023 = new PartyRules.Thresholds(700, 2, 3, Period.ofMonths(3), 5000, 200);

    @ParameterizedTest(name = "initiative group of {0}: {1}")
    @CsvSource({"699, FAIL", "700, PASS", "701, PASS", "0, FAIL"})
    void initiativeGroupNeedsAtLeast700Citizens(int size, Outcome outcome) {
        assertRule("INITIATIVE_GROUP_SIZE", outcome, "≥ 700", String.valueOf(size), facts().groupSize(size));
    }

    @ParameterizedTest(name = "initiative group from {0} units: {1}")
    @CsvSource({"13, FAIL", "14, PASS", "20, PASS"})
    void initiativeGroupComesFromTwoThirdsOfTheUnitsRoundedUp(int units, Outcome outcome) {
        assertRule("INITIATIVE_GROUP_UNITS", outcome, "≥ 14 of 20 units (2/3)", String.valueOf(units),
                facts().groupUnits(units));
    }

    @ParameterizedTest(name = "notified {0}, congress {1}: {2}")
    @CsvSource({
            "2023-01-15, 2023-04-15, PASS", // the last day of the 3-month window
            "2023-01-15, 2023-04-16, FAIL", // the day after
            "2023-01-15, 2023-01-15, PASS",
            "2023-01-15, 2023-01-14, FAIL", // before the notification
            "2023-11-30, 2024-02-29, PASS", // month-end: the window ends on the last day of February
            "2023-11-30, 2024-03-01, FAIL"})
    void foundingCongressIsHeldWithinThreeMonthsOfTheNotification(LocalDate notified, LocalDate congress, Outcome outcome) {
        PartyRules.RuleCheck rule = check("CONGRESS_WITHIN_WINDOW", facts().notified(notified).congress(congress));
        assertEquals(outcome, rule.outcome());
        assertEquals(congress.toString(), rule.actual());
        assertEquals("Founding congress within 3 months of the notification", rule.description());
    }

    @ParameterizedTest(name = "{0} members: {1}")
    @CsvSource({"4999, FAIL", "5000, PASS", "5001, PASS"})
    void partyNeedsAtLeast5000Members(int members, Outcome outcome) {
        Map<String, Integer> perUnit = perUnit(250);
        perUnit.put("KZ-75", 250 + members - 5000);
        assertRule("MEMBERS_TOTAL", outcome, "≥ 5000", String.valueOf(members), facts().members(perUnit));
    }

    @Test
    void refusesPartyWithFewerThan200MembersInAnyUnit() {
        Map<String, Integer> perUnit = perUnit(300);
        perUnit.put("KZ-62", 199);

        PartyRules.RuleCheck rule = check("MEMBERS_PER_UNIT", facts().members(perUnit));

        assertEquals(Outcome.FAIL, rule.outcome());
        assertEquals("≥ 200 in each of 20 units", rule.required());
        assertEquals("1 unit(s) below 200", rule.actual());
        assertEquals(List.of("KZ-62: 199"), rule.details());
    }

    @Test
    void acceptsExactly200MembersInEveryUnit() {
        PartyRules.RuleCheck rule = check("MEMBERS_PER_UNIT", facts().members(perUnit(200)));
        assertEquals(Outcome.PASS, rule.outcome());
        assertEquals("all 20 units", rule.actual());
    }

    @Test
    void listsEveryUnitBelowTheThresholdIncludingUnitsWithNoMembers() {
        Map<String, Integer> perUnit = perUnit(300);
        perUnit.put("KZ-10", 12);
        perUnit.remove("KZ-79");

        assertEquals(List.of("KZ-10: 12", "KZ-79: 0"), check("MEMBERS_PER_UNIT", facts().members(perUnit)).details());
    }

    @Test
    void noMemberListFailsBothMemberRules() {
        PartyRules.Report report = PartyRules.precheck(LAW_2023, facts().noMembers().build());
        assertFalse(report.passed());
        assertEquals(List.of("MEMBERS_TOTAL", "MEMBERS_PER_UNIT"), report.failures().stream().map(PartyRules.RuleCheck::rule).toList());
    }

    @Test
    void duplicatesAndMembersOfOtherPartiesWarnWithTheirLines() {
        PartyRules.Report report = PartyRules.precheck(LAW_2023,
                facts().duplicates(3, List.of(4, 9, 12)).otherParties(60, List.of(2, 5)).build());

        PartyRules.RuleCheck duplicates = rule(report, "DUPLICATE_MEMBERS");
        assertEquals(Outcome.WARN, duplicates.outcome());
        assertEquals("3", duplicates.actual());
        assertEquals(List.of("line 4", "line 9", "line 12"), duplicates.details());
        PartyRules.RuleCheck others = rule(report, "MEMBERS_OF_OTHER_PARTIES");
        assertEquals(Outcome.WARN, others.outcome());
        assertEquals(List.of("line 2", "line 5", "… and 58 more"), others.details());
        assertTrue(report.passed(), "warnings alone do not fail the pre-check");
    }

    @Test
    void passesWhenEveryRuleHoldsAndStatesEveryFigure() {
        PartyRules.Report report = PartyRules.precheck(LAW_2023, facts().build());
        assertTrue(report.passed());
        assertEquals(7, report.rules().size());
        report.rules().forEach(rule -> {
            assertFalse(rule.required().isBlank(), rule.rule());
            assertFalse(rule.actual().isBlank(), rule.rule());
        });
    }

    @Test
    void failsWhenAnyOneRuleFails() {
        PartyRules.Report report = PartyRules.precheck(LAW_2023, facts().groupSize(699).build());
        assertFalse(report.passed());
        assertEquals(List.of("INITIATIVE_GROUP_SIZE"), report.failures().stream().map(PartyRules.RuleCheck::rule).toList());
    }

    @Test
    void thresholdsComeFromConfiguration() {
        PartyRules.Thresholds law2002 = new PartyRules.Thresholds(1000, 2, 3, Period.ofMonths(2), 20_000, 600);
        PartyRules.Report report = PartyRules.precheck(law2002, facts().build());
        assertEquals(List.of("INITIATIVE_GROUP_SIZE", "MEMBERS_TOTAL", "MEMBERS_PER_UNIT"),
                report.failures().stream().map(PartyRules.RuleCheck::rule).toList());
    }

    private static void assertRule(String name, Outcome outcome, String required, String actual, FactsBuilder facts) {
        PartyRules.RuleCheck rule = check(name, facts);
        assertEquals(outcome, rule.outcome(), name);
        assertEquals(required, rule.required(), name);
        assertEquals(actual, rule.actual(), name);
    }

    private static PartyRules.RuleCheck check(String name, FactsBuilder facts) {
        return rule(PartyRules.precheck(LAW_2023, facts.build()), name);
    }

    private static PartyRules.RuleCheck rule(PartyRules.Report report, String name) {
        return report.rules().stream().filter(r -> r.rule().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> perUnit(int members) {
        Map<String, Integer> perUnit = new HashMap<>();
        PartyFixtures.UNITS.forEach(unit -> perUnit.put(unit, members));
        return perUnit;
    }

    private static FactsBuilder facts() {
        return new FactsBuilder();
    }

    /** A party that meets every rule, to be broken one fact at a time. */
    private static final class FactsBuilder {
        private int groupSize = 700;
        private Set<String> groupUnits = Set.copyOf(PartyFixtures.UNITS.subList(0, 14));
        private LocalDate notified = LocalDate.of(2023, 1, 15);
        private LocalDate congress = LocalDate.of(2023, 3, 1);
        private boolean uploaded = true;
        private Map<String, Integer> members = perUnit(250);
        private int duplicateRows;
        private List<Integer> duplicateLines = List.of();
        private int otherRows;
        private List<Integer> otherLines = List.of();

        FactsBuilder groupSize(int size) {
            groupSize = size;
            return this;
        }

        FactsBuilder groupUnits(int count) {
            groupUnits = Set.copyOf(PartyFixtures.UNITS.subList(0, count));
            return this;
        }

        FactsBuilder notified(LocalDate date) {
            notified = date;
            return this;
        }

        FactsBuilder congress(LocalDate date) {
            congress = date;
            return this;
        }

        FactsBuilder members(Map<String, Integer> perUnit) {
            members = perUnit;
            return this;
        }

        FactsBuilder noMembers() {
            uploaded = false;
            members = Map.of();
            return this;
        }

        FactsBuilder duplicates(int rows, List<Integer> lines) {
            duplicateRows = rows;
            duplicateLines = lines;
            return this;
        }

        FactsBuilder otherParties(int rows, List<Integer> lines) {
            otherRows = rows;
            otherLines = lines;
            return this;
        }

        PartyRules.Facts build() {
            return new PartyRules.Facts(groupSize, groupUnits, notified, congress, new TreeSet<>(PartyFixtures.UNITS),
                    uploaded, members, duplicateRows, duplicateLines, otherRows, otherLines);
        }
    }
}
