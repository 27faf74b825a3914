package kz.elections.law.election;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contests an election is created with (the Constitution as amended in 2022; CL "On Elections", Art. 97-1):
 * the Mazhilis has 69 list seats in one nationwide constituency plus the single-mandate districts of the
 * allocation; a regional maslikhat is split 50/50 with the odd seat on the district side; a city or district
 * maslikhat is elected in districts only ({@link Body}); akim elections start empty (their posts are added one by one).
 */
public final class ContestTemplates {

    public static final int MAZHILIS_LIST_SEATS = 69;

    /** A list is admitted with at least 5 % of the valid ballots (CL "On Elections", Art. 97-1); maslikhat lists alike. */
    public static final BigDecimal LIST_THRESHOLD_PERCENT = BigDecimal.valueOf(5);

    public record ContestSpec(String codeSuffix, ContestKind kind, String unitCode, Integer districtNumber, int seats,
            BigDecimal thresholdPercent) {
    }

    private ContestTemplates() {
    }

    /** {@code allocation}: unit code → districts, in unit order. */
    public static List<ContestSpec> mazhilis(Map<String, Integer> allocation) {
        List<ContestSpec> contests = new ArrayList<>();
        contests.add(new ContestSpec("list", ContestKind.PARTY_LIST, null, null, MAZHILIS_LIST_SEATS, LIST_THRESHOLD_PERCENT));
        allocation.forEach((unit, districts) -> contests.addAll(districts(unit, districts)));
        return contests;
    }

    /** The contests of a maslikhat of {@code seats}; the caller has checked them against the body's cap. */
    public static List<ContestSpec> maslikhat(Body body, String unit, int seats) {
        if (body.electionKind() != ElectionKind.MASLIKHAT) {
            throw new IllegalArgumentException(body + " is not a maslikhat");
        }
        body.seatsRefusal(seats).ifPresent(refusal -> {
            throw new IllegalArgumentException(refusal);
        });
        if (!body.hasPartyList()) {
            return districts(unit, seats);
        }
        int listSeats = seats / 2;
        List<ContestSpec> contests = new ArrayList<>();
        if (listSeats > 0) {
            contests.add(new ContestSpec("list", ContestKind.PARTY_LIST, unit, null, listSeats, LIST_THRESHOLD_PERCENT));
        }
        contests.addAll(districts(unit, seats - listSeats));
        return contests;
    }

    private static List<ContestSpec> districts(String unit, int count) {
        List<ContestSpec> districts = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            districts.add(new ContestSpec(districtCode(unit, number), ContestKind.SINGLE_MANDATE, unit, number, 1, null));
        }
        return districts;
    }

    /** {@code KZ-75}, 3 → {@code smd-75-03}. */
    public static String districtCode(String unit, int number) {
        return "smd-" + unit.substring(3) + "-" + String.format("%02d", number);
    }

    /** {@code KZ-19}, 12 → {@code akim-19-012}. */
    public static String akimCode(String unit, int number) {
        return "akim-" + unit.substring(3) + "-" + String.format("%03d", number);
    }
}
