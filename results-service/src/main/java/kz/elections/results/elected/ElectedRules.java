package kz.elections.results.elected;

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

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import kz.elections.results.contest.ContestRecord.ListCandidate;

/**
 * Who takes a party's list seats (CL "On Elections", Art. 97-1): the party names exactly as many
 * registered list candidates as it won seats, each once, and on a Mazhilis list women, youth and persons
 * with disabilities make up at least 30 % of them (rounded up: the law does not say, we round up). If the
 * party does not name them within its period (10 days, maslikhat 5), the commission assigns them in Kazakh
 * alphabetical order of the list.
 */
public final class ElectedRules {

    public static final Set<String> MAZHILIS_QUOTA = Set.of("WOMAN", "YOUTH", "DISABILITY");

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

    private ElectedRules() {
    }

    public static PartyDeadline partyDeadline(OffsetDateTime certifiedAt, int days, ZoneId zone) {
        LocalDate lastDay = certifiedAt.atZoneSameInstant(zone).toLocalDate().plusDays(days);
        return new PartyDeadline(days, certifiedAt, lastDay, lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    public static int requiredQuota(int seats, int percent) {
        return Math.floorDiv(seats * percent + 99, 100);
    }

    /** Every rule the party's choice breaks; empty if it may take the seats. */
    public static List<String> check(List<UUID> chosen, List<ListCandidate> registered, int seats, boolean mazhilis,
            int quotaPercent) {
        List<String> problems = new ArrayList<>();
        if (chosen.size() != seats) {
            problems.add("the party won " + seats + " seat(s) and names " + chosen.size() + " candidate(s)");
        }
        Map<UUID, ListCandidate> byId = registered.stream().collect(Collectors.toMap(ListCandidate::nominationId,
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
            long quota = seen.stream().map(byId::get).filter(c -> c != null && c.quotaCategory() != null
                    && MAZHILIS_QUOTA.contains(c.quotaCategory())).count();
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
        Collator kazakh = Collator.getInstance(new ULocale("kk"));
        return registered.stream()
                .sorted(Comparator.comparing(ListCandidate::nameKk, kazakh::compare).thenComparing(ListCandidate::listPosition))
                .limit(seats).toList();
    }
}
