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
import kz.elections.law.list.QuotaCategory;

/**
 * Who takes a party's list seats (CL "On Elections", Art. 97-1).
 * The party names exactly as many registered list candidates as it won seats, each once, and on a Mazhilis
 * list women, youth and persons with disabilities make up at least 30 % of them (rounded up: the law does not
 * say, we round up). If the party does not name them within its period (10 days, maslikhat 5), the
 * commission assigns them in Kazakh alphabetical order of the list.
 */
public final class ListSeatRules {

    /** The categories that count towards the seat quota of a Mazhilis list. */
    public static final Set<QuotaCategory> MAZHILIS_QUOTA = Set.of(QuotaCategory.WOMAN, QuotaCategory.YOUTH,
            QuotaCategory.DISABILITY);

    /** A registered candidate of a party's list: {@code category} is null if the person counts in none. */
    public record ListCandidate(UUID id, String surname, String name, String patronymic, int listPosition,
            QuotaCategory category) {
    }

    /** The commission's order: Kazakh alphabetical by surname, name, patronymic; namesakes by list position. */
    private static final Comparator<ListCandidate> ALPHABETICAL = KazakhOrder
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

    /** Every rule the party's choice breaks; empty if it may take the seats. */
    public static List<String> check(List<UUID> chosen, List<ListCandidate> registered, int seats, boolean mazhilis,
            int quotaPercent) {
        List<String> problems = new ArrayList<>();
        if (chosen.size() != seats) {
            problems.add("the party won " + seats + " seat(s) and names " + chosen.size() + " candidate(s)");
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
        if (mazhilis) {
            long quota = seen.stream().map(byId::get).filter(c -> c != null && c.category() != null
                    && MAZHILIS_QUOTA.contains(c.category())).count();
            int required = requiredQuota(seats, quotaPercent);
            if (quota < required) {
                problems.add("women, youth and persons with disabilities take " + quota + " of the " + seats
                        + " seats; at least " + required + " (" + quotaPercent + " %, rounded up) are required");
            }
        }
        return problems;
    }

    /** The commission's assignment: the first {@code seats} candidates of the list in Kazakh alphabetical order. */
    public static List<ListCandidate> byListOrder(List<ListCandidate> registered, int seats) {
        return registered.stream().sorted(ALPHABETICAL).limit(seats).toList();
    }
}
