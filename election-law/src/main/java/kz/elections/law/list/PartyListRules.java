package kz.elections.law.list;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import kz.elections.law.arithmetic.Percent;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.nomination.NominationRules;


/**
 * A party list as a whole (CL "On Elections", Art. 89, 97-1): at most seats + 30 % names, rounded up;
 * each person once; every quota category borne out by what the person declared; and the quota: women +
 * youth (+ persons with disabilities on a Mazhilis list) at least 30 % of the names. The law does not
 * say how 30 % of a small number rounds: we round up.
 */
public final class PartyListRules {

    /**
     * What a list candidate declared that decides a quota category: sex, date of birth, and whether a disability
     * certificate (number and date) is recorded with the nomination.
     */
    public record Declared(boolean female, LocalDate birthDate, boolean disabilityCertificate) {
    }

    public record Entry(int position, String personKey, QuotaCategory category, Declared declared) {
    }

    /**
     * {@code youthAge}: youth are younger than this on election day (Law "On State Youth Policy": 35 today, 29 in
     * the 2022 text).
     */
    public record Limits(int overheadPercent, int quotaPercent, int youthAge) {
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

    /** Youth: younger than {@code youthAge} on election day, so no longer from the {@code youthAge}th birthday. */
    public static boolean isYouth(LocalDate birthDate, LocalDate electionDay, int youthAge) {
        return Period.between(birthDate, electionDay).getYears() < youthAge;
    }

    /**
     * Why the category an entry claims is not borne out by what the person declared (CL Art. 89, 97-1): a woman by
     * declared sex, youth by age on election day, a person with disabilities by a recorded certificate. Empty if it
     * is, or if the entry claims no category.
     */
    public static Optional<String> categoryMismatch(Entry entry, LocalDate electionDay, int youthAge) {
        if (entry.category() == null) {
            return Optional.empty();
        }
        Declared declared = entry.declared();
        return switch (entry.category()) {
            case WOMAN -> declared.female() ? Optional.empty() : Optional.of("declared sex is not female");
            case YOUTH -> isYouth(declared.birthDate(), electionDay, youthAge) ? Optional.empty()
                    : Optional.of(Period.between(declared.birthDate(), electionDay).getYears()
                            + " on election day, youth are under " + youthAge);
            case DISABILITY -> declared.disabilityCertificate() ? Optional.empty()
                    : Optional.of("no disability certificate (number and date) recorded");
        };
    }

    public static List<NominationRules.Check> check(ElectionKind kind, int seats, LocalDate electionDay, Limits limits,
            List<Entry> entries) {
        List<NominationRules.Check> rules = new ArrayList<>();
        int max = maxLength(seats, limits.overheadPercent());
        rules.add(new NominationRules.Check("LIST_LENGTH", "Names on the list (seats + " + limits.overheadPercent()
                + " %, rounded up)", "1 – " + max, String.valueOf(entries.size()),
                pass(!entries.isEmpty() && entries.size() <= max)));

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

        List<String> mismatches = new ArrayList<>();
        for (Entry entry : entries) {
            categoryMismatch(entry, electionDay, limits.youthAge())
                    .ifPresent(why -> mismatches.add("position " + entry.position() + ": " + entry.category() + ", " + why));
        }
        rules.add(new NominationRules.Check("QUOTA_CATEGORY", "Each quota category borne out by what the person declared "
                + "(women: sex; youth: under " + limits.youthAge() + " on election day; disability: a certificate)",
                "no mismatch", mismatches.isEmpty() ? "none" : String.join("; ", mismatches), pass(mismatches.isEmpty())));

        // Only categories borne out count towards the quota.
        Set<QuotaCategory> counted = quotaCategories(kind);
        long quota = entries.stream().filter(e -> e.category() != null && counted.contains(e.category()))
                .filter(e -> categoryMismatch(e, electionDay, limits.youthAge()).isEmpty()).count();
        int required = requiredQuota(entries.size(), limits.quotaPercent());
        rules.add(new NominationRules.Check("LIST_QUOTA",
                (kind == ElectionKind.MAZHILIS ? "Women, youth and persons with disabilities" : "Women and youth")
                        + " (" + limits.quotaPercent() + " % of the names, rounded up)",
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
