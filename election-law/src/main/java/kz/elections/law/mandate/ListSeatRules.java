package kz.elections.law.mandate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.elections.law.arithmetic.Percent;
import kz.elections.law.ballot.KazakhOrder;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.list.PartyListRules;
import kz.elections.law.list.QuotaCategory;

/**
 * Who takes a party's list seats (CL "On Elections", Art. 97-1 p.5, 6).
 * The party names as many registered list candidates as it won seats, each once; a list shorter than its seats
 * names all its candidates and the seats left are VACANT until the next election (as when a list is exhausted,
 * Art. 97-1 p.6). Where the rule set has a seat quota (the Mazhilis: 30 %), women, youth and persons with disabilities
 * make up at least that share of the seats taken, rounded up (the law does not say; we round up). A list with fewer
 * quota candidates than that must take all it has (the law does not say either; we do not leave seats empty for it).
 * If the party does not name them within its period (10 days, maslikhat 5), the commission assigns them in Kazakh
 * alphabetical order of the list, quota candidates first until the quota holds.
 */
public final class ListSeatRules {

    /** The categories that count towards the seat quota of a Mazhilis list: those of the list's own quota. */
    public static final Set<QuotaCategory> MAZHILIS_QUOTA = PartyListRules.quotaCategories(ElectionKind.MAZHILIS);

    /** A registered candidate of a party's list: {@code category} is null if the person counts in none. */
    public record ListCandidate(UUID id, String surname, String name, String patronymic, int listPosition,
            QuotaCategory category) {
    }

    /** The commission's order: Kazakh alphabetical by surname, name, patronymic; namesakes by list position. */
    public static final Comparator<ListCandidate> ALPHABETICAL = KazakhOrder
            .byName(ListCandidate::surname, ListCandidate::name, ListCandidate::patronymic)
            .thenComparingInt(ListCandidate::listPosition);

    /**
     * The end of a party's period to name its elected: {@code days} calendar days after the day results were
     * certified (that day not counted), the last of them ending at midnight in {@code zone}.
     */
    public record PartyDeadline(int days, OffsetDateTime certifiedAt, LocalDate lastDay, OffsetDateTime endsAt) {

        /** Whether the period is over at {@code now}: from midnight after the last day on. */
        public boolean passedAt(OffsetDateTime now) {
            return !now.isBefore(endsAt);
        }
    }

    private ListSeatRules() {
    }

    public static PartyDeadline partyDeadline(OffsetDateTime certifiedAt, int days, ZoneId zone) {
        LocalDate lastDay = certifiedAt.atZoneSameInstant(zone).toLocalDate().plusDays(days);
        return new PartyDeadline(days, certifiedAt, lastDay, lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    /** The fewest quota candidates among {@code seats}: {@code percent} % of them, rounded up. */
    public static int requiredQuota(int seats, int percent) {
        return Math.toIntExact(Percent.roundedUp(seats, percent));
    }

    /** The seats a list can fill: all it won, or all its candidates if it has fewer (Art. 97-1 p.6). */
    public static int seatsTaken(int seats, int listSize) {
        return Math.min(seats, listSize);
    }

    /**
     * The quota candidates a choice of {@code taken} candidates must hold: {@code percent} % of them, rounded up, but no
     * more than the list has ({@code available}); 0 without a seat quota.
     */
    public static int quotaToHold(int taken, int percent, long available) {
        return (int) Math.min(requiredQuota(taken, percent), available);
    }

    /** The seats a party takes: who, in the order named, and how many stay vacant because its list is too short. */
    public record Taking(List<ListCandidate> elected, int vacant) {
    }

    /**
     * Every rule the party's choice breaks; empty if it may take the seats.
     *
     * @param quotaPercent the rule set's seat quota, 0 where there is none (maslikhat lists)
     */
    public static List<String> check(List<UUID> chosen, List<ListCandidate> registered, int seats, int quotaPercent) {
        List<String> problems = new ArrayList<>();
        int taken = seatsTaken(seats, registered.size());
        if (chosen.size() != taken) {
            problems.add(taken == seats
                    ? "the party won " + seats + " seat(s) and names " + chosen.size() + " candidate(s)"
                    : "the party won " + seats + " seat(s) but its list has " + registered.size() + " candidate(s): it names all "
                            + taken + " and " + (seats - taken) + " seat(s) stay vacant; it names " + chosen.size());
        }
        Map<UUID, ListCandidate> byId = registered.stream().collect(Collectors.toMap(ListCandidate::id,
                Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (UUID id : chosen) {
            if (!seen.add(id)) {
                problems.add(id + " is named twice");
            } else if (!byId.containsKey(id)) {
                problems.add(id + " is not a registered candidate of the party's list");
            }
        }
        if (quotaPercent > 0) {
            long quota = seen.stream().map(byId::get).filter(c -> c != null && counts(c)).count();
            int required = quotaToHold(taken, quotaPercent, registered.stream().filter(ListSeatRules::counts).count());
            if (quota < required) {
                problems.add("women, youth and persons with disabilities take " + quota + " of the " + taken
                        + " seats; at least " + required + " (" + quotaPercent + " %, rounded up) are required");
            }
        }
        return problems;
    }

    /**
     * The commission's assignment (Art. 97-1 p.5): quota candidates in Kazakh alphabetical order until the quota holds,
     * then the rest of the list in Kazakh alphabetical order; the seats the list cannot fill stay vacant. The elected
     * are given in Kazakh alphabetical order.
     *
     * @param quotaPercent the rule set's seat quota, 0 where there is none (maslikhat lists)
     */
    public static Taking byListOrder(List<ListCandidate> registered, int seats, int quotaPercent) {
        List<ListCandidate> alphabetical = registered.stream().sorted(ALPHABETICAL).toList();
        int taken = seatsTaken(seats, registered.size());
        List<ListCandidate> quotaCandidates = alphabetical.stream().filter(ListSeatRules::counts).toList();
        int quota = quotaPercent > 0 ? quotaToHold(taken, quotaPercent, quotaCandidates.size()) : 0;
        Set<ListCandidate> chosen = new HashSet<>(quotaCandidates.subList(0, quota));
        for (ListCandidate candidate : alphabetical) {
            if (chosen.size() == taken) {
                break;
            }
            chosen.add(candidate);
        }
        return new Taking(alphabetical.stream().filter(chosen::contains).toList(), seats - taken);
    }

    /** Whether a candidate counts towards the Mazhilis seat quota (woman, youth or person with disabilities). */
    public static boolean counts(ListCandidate candidate) {
        return candidate.category() != null && MAZHILIS_QUOTA.contains(candidate.category());
    }
}
