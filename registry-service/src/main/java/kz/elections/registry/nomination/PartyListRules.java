package kz.elections.registry.nomination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.list.QuotaCategory;


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

    /** ⌈seats × (100 + overhead) / 100⌉: 69 seats at 30 % → 90. */
    public static int maxLength(int seats, int overheadPercent) {
        return Math.floorDiv(seats * (100 + overheadPercent) + 99, 100);
    }

    /** ⌈names × percent / 100⌉. */
    public static int requiredQuota(int names, int percent) {
        return Math.floorDiv(names * percent + 99, 100);
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

    private static NominationRules.Outcome pass(boolean condition) {
        return condition ? NominationRules.Outcome.PASS : NominationRules.Outcome.FAIL;
    }
}
