package kz.elections.law.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import kz.elections.law.arithmetic.Percent;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.nomination.NominationRules;


/**
 * A party list as a whole (CL "On Elections", Art. 89, 97-1): at most seats + 30 % names, rounded up;
 * each person once; and the quota: women + youth (+ persons with disabilities on a Mazhilis list) at
 * least 30 % of the names. The law does not say how 30 % of a small number rounds: we round up.
 */
public final class PartyListRules {

    public record Entry(int position, String personKey, QuotaCategory category) {
    }

    private PartyListRules() {
    }

    /** Seats plus {@code overheadPercent} % of them, rounded up: 69 seats at 30 % → 90 names. */
    public static int maxLength(int seats, int overheadPercent) {
        return Math.toIntExact(Percent.roundedUp(seats, 100 + overheadPercent));
    }

    /** {@code percent} % of the names, rounded up: 30 % of 7 names → 3. */
    public static int requiredQuota(int names, int percent) {
        return Math.toIntExact(Percent.roundedUp(names, percent));
    }

    public static Set<QuotaCategory> quotaCategories(ElectionKind kind) {
        return kind == ElectionKind.MAZHILIS ? Set.of(QuotaCategory.WOMAN, QuotaCategory.YOUTH, QuotaCategory.DISABILITY)
                : Set.of(QuotaCategory.WOMAN, QuotaCategory.YOUTH);
    }

    public static List<NominationRules.Check> check(ElectionKind kind, int seats, int overheadPercent, int quotaPercent,
            List<Entry> entries) {
        List<NominationRules.Check> rules = new ArrayList<>();
        int max = maxLength(seats, overheadPercent);
        rules.add(new NominationRules.Check("LIST_LENGTH", "Names on the list (seats + " + overheadPercent + " %, rounded up)",
                "1 – " + max, String.valueOf(entries.size()), pass(!entries.isEmpty() && entries.size() <= max)));

        Map<String, Integer> firstPosition = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        for (Entry entry : entries) {
            Integer first = firstPosition.putIfAbsent(entry.personKey(), entry.position());
            if (first != null) {
                repeats.add("position " + entry.position() + " repeats position " + first);
            }
        }
        rules.add(new NominationRules.Check("EACH_PERSON_ONCE", "Each person on the list once", "no repeats",
                repeats.isEmpty() ? "none" : String.join("; ", repeats), pass(repeats.isEmpty())));

        Set<QuotaCategory> counted = quotaCategories(kind);
        long quota = entries.stream().filter(e -> e.category() != null && counted.contains(e.category())).count();
        int required = requiredQuota(entries.size(), quotaPercent);
        rules.add(new NominationRules.Check("LIST_QUOTA",
                (kind == ElectionKind.MAZHILIS ? "Women, youth and persons with disabilities" : "Women and youth")
                        + " (" + quotaPercent + " % of the names, rounded up)",
                "≥ " + required, String.valueOf(quota), pass(quota >= required)));
        return rules;
    }

    /**
     * What stands between a list and its registration (CL "On Elections", Art. 88, 89): the list's deposit until it
     * is recorded as paid in full, and every failed rule of a candidate, named by list position, in list order.
     */
    public static List<NominationRules.Check> registrationProblems(long depositDue, Long depositPaid,
            SortedMap<Integer, NominationRules.Report> candidatesByPosition) {
        List<NominationRules.Check> problems = new ArrayList<>();
        if (depositPaid == null || depositPaid < depositDue) {
            problems.add(new NominationRules.Check("DEPOSIT", "Election deposit for the list", depositDue + " ₸",
                    (depositPaid == null ? 0 : depositPaid) + " ₸ paid", NominationRules.Outcome.PENDING));
        }
        candidatesByPosition.forEach((position, report) -> report.failures().stream()
                .map(r -> new NominationRules.Check(r.rule(), "Position " + position + ": " + r.description(), r.required(),
                        r.actual(), r.outcome()))
                .forEach(problems::add));
        return problems;
    }

    private static NominationRules.Outcome pass(boolean condition) {
        return condition ? NominationRules.Outcome.PASS : NominationRules.Outcome.FAIL;
    }
}
