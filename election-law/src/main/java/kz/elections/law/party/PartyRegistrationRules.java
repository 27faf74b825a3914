package kz.elections.law.party;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import kz.elections.law.arithmetic.Percent;

/**
 * The registration pre-check of the Law "On Political Parties" (Art. 10–11 as amended 2022–2023): pure
 * rules, facts in, a report out. Every rule states its required and its actual figure.
 */
public final class PartyRegistrationRules {

    public enum Outcome {
        PASS, FAIL, WARN
    }

    /** The law's figures: 700 founders from 2/3 of the units, congress within 3 months, 5,000 members, 200 per unit. */
    public record Thresholds(int minGroupSize, int minUnitShareNumerator, int minUnitShareDenominator,
            Period congressWithin, int minMembers, int minMembersPerUnit) {
    }

    /**
     * What the application and its member list show. Member figures count each IIN once and leave out
     * IINs already counted for another registered party.
     */
    public record Facts(int groupSize, Set<String> groupUnits, LocalDate notifiedOn, LocalDate congressOn,
            SortedSet<String> allUnits, boolean membersUploaded, Map<String, Integer> countedPerUnit,
            int duplicateRows, List<Integer> duplicateLines, int otherPartyRows, List<Integer> otherPartyLines) {

        int countedTotal() {
            return countedPerUnit.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record RuleCheck(String rule, String description, String required, String actual, Outcome outcome,
            List<String> details) {
    }

    public record Report(boolean passed, List<RuleCheck> rules) {

        public List<RuleCheck> failures() {
            return rules.stream().filter(r -> r.outcome() == Outcome.FAIL).toList();
        }
    }

    private PartyRegistrationRules() {
    }

    public static Report precheck(Thresholds t, Facts f) {
        List<RuleCheck> rules = new ArrayList<>();
        rules.add(groupSize(t, f));
        rules.add(groupUnits(t, f));
        rules.add(congressDate(t, f));
        rules.add(totalMembers(t, f));
        rules.add(membersPerUnit(t, f));
        rules.add(duplicates(f));
        rules.add(otherParties(f));
        boolean passed = rules.stream().noneMatch(r -> r.outcome() == Outcome.FAIL);
        return new Report(passed, List.copyOf(rules));
    }

    private static RuleCheck groupSize(Thresholds t, Facts f) {
        return new RuleCheck("INITIATIVE_GROUP_SIZE", "Founding initiative group size",
                "≥ " + t.minGroupSize(), String.valueOf(f.groupSize()),
                pass(f.groupSize() >= t.minGroupSize()), List.of());
    }

    /** At least a share (2/3) of all units, rounded up: 14 of 20. */
    static int minGroupUnits(Thresholds t, int allUnits) {
        return Math.toIntExact(Percent.roundedUp(allUnits, t.minUnitShareNumerator(), t.minUnitShareDenominator()));
    }

    private static RuleCheck groupUnits(Thresholds t, Facts f) {
        int required = minGroupUnits(t, f.allUnits().size());
        long covered = f.groupUnits().stream().filter(f.allUnits()::contains).count();
        return new RuleCheck("INITIATIVE_GROUP_UNITS", "Units the initiative group comes from",
                "≥ " + required + " of " + f.allUnits().size() + " units (" + t.minUnitShareNumerator() + "/"
                        + t.minUnitShareDenominator() + ")",
                String.valueOf(covered), pass(covered >= required), List.of());
    }

    private static RuleCheck congressDate(Thresholds t, Facts f) {
        LocalDate last = f.notifiedOn().plus(t.congressWithin());
        boolean inside = !f.congressOn().isBefore(f.notifiedOn()) && !f.congressOn().isAfter(last);
        return new RuleCheck("CONGRESS_WITHIN_WINDOW",
                "Founding congress within " + describe(t.congressWithin()) + " of the notification",
                "between " + f.notifiedOn() + " and " + last, f.congressOn().toString(), pass(inside), List.of());
    }

    private static RuleCheck totalMembers(Thresholds t, Facts f) {
        if (!f.membersUploaded()) {
            return new RuleCheck("MEMBERS_TOTAL", "Members", "≥ " + t.minMembers(), "no member list uploaded",
                    Outcome.FAIL, List.of());
        }
        int total = f.countedTotal();
        return new RuleCheck("MEMBERS_TOTAL", "Members (each IIN once, not counted for another party)",
                "≥ " + t.minMembers(), String.valueOf(total), pass(total >= t.minMembers()), List.of());
    }

    private static RuleCheck membersPerUnit(Thresholds t, Facts f) {
        List<String> below = new ArrayList<>();
        for (String unit : f.allUnits()) {
            int members = f.countedPerUnit().getOrDefault(unit, 0);
            if (members < t.minMembersPerUnit()) {
                below.add(unit + ": " + members);
            }
        }
        String actual = below.isEmpty() ? "all " + f.allUnits().size() + " units"
                : below.size() + " unit(s) below " + t.minMembersPerUnit();
        return new RuleCheck("MEMBERS_PER_UNIT", "Members in each unit",
                "≥ " + t.minMembersPerUnit() + " in each of " + f.allUnits().size() + " units", actual,
                pass(f.membersUploaded() && below.isEmpty()), List.copyOf(below));
    }

    private static RuleCheck duplicates(Facts f) {
        return new RuleCheck("DUPLICATE_MEMBERS", "IINs repeated within the list (counted once)", "0",
                String.valueOf(f.duplicateRows()), f.duplicateRows() == 0 ? Outcome.PASS : Outcome.WARN,
                lines(f.duplicateLines(), f.duplicateRows()));
    }

    private static RuleCheck otherParties(Facts f) {
        return new RuleCheck("MEMBERS_OF_OTHER_PARTIES",
                "IINs already counted for another registered party (one person, one party; not counted)", "0",
                String.valueOf(f.otherPartyRows()), f.otherPartyRows() == 0 ? Outcome.PASS : Outcome.WARN,
                lines(f.otherPartyLines(), f.otherPartyRows()));
    }

    private static List<String> lines(List<Integer> shown, int total) {
        List<String> details = new ArrayList<>();
        shown.forEach(line -> details.add("line " + line));
        if (total > shown.size()) {
            details.add("… and " + (total - shown.size()) + " more");
        }
        return details;
    }

    /**
     * The last day to register the regional branches: within {@code within} (1 year) of the party's state
     * registration (Law "On Political Parties" as amended 2022–2023; it was 6 months).
     */
    public static LocalDate branchesDue(LocalDate registeredOn, Period within) {
        return registeredOn.plus(within);
    }

    /**
     * Branches not registered by their last day: the party's registration is to be cancelled (LPP). Branches
     * registered after that day do not undo the default: the party stays overdue.
     */
    public static boolean branchesOverdue(LocalDate due, LocalDate branchesRegisteredOn, LocalDate today) {
        return today.isAfter(due) && (branchesRegisteredOn == null || branchesRegisteredOn.isAfter(due));
    }

    /** {@code P3M} → "3 months", as a person reads it. */
    static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" ", parts);
    }

    private static Outcome pass(boolean condition) {
        return condition ? Outcome.PASS : Outcome.FAIL;
    }
}
