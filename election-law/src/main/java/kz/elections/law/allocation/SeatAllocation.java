package kz.elections.law.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.elections.law.arithmetic.Percent;
import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;

/**
 * Party-list seats by threshold, Hare quota and largest remainder (CL "On Elections", Art. 97-1), under the
 * rule set of the body ({@link ListRuleSet}), which the trace names.
 * A list is admitted with at least the threshold share of the valid ballots including "against all" (invalid ballots excluded);
 * the Hare quota is the admitted lists' votes over the seats; each list gets the whole part of its
 * quotient; the seats left go one each to the largest remainders, equal remainders to the list
 * registered earlier: the moment the commission registered the party's list for this election, not the party's
 * state registration (Art. 97-1 p.4); the trace names both instants. If only one list passes, the next-largest list is admitted too: its quotient is
 * multiplied by 0.7 and it gets at least the rule set's minimum (Mazhilis 2, maslikhat 1), the first list the rest.
 * <p>
 * Where the law is silent we say so and choose openly:
 * <ul>
 * <li>With very few seats the minimum could leave the list that passed with fewer seats than the one that did not
 * (2 seats, minimum 2). Policy: the list that passed never gets fewer seats than the next-largest list, so the
 * next-largest list gets at most half the seats, rounded down (1 seat: 0; 2: 1; 3: 1; 4: 2).</li>
 * <li>Two or more lists with the same largest vote below the threshold tie for "next-largest list": the law names
 * no tie-break, so the outcome is {@link Outcome#LOT_REQUIRED} naming them, never a pick by registration order.
 * The list that passed has its seats; the seats of the next-largest list wait for the lot.</li>
 * <li>No list passing, or admitted lists without a single vote, is not regulated: {@link Outcome#NO_ALLOCATION}.</li>
 * </ul>
 * All arithmetic is exact (integers and fractions).
 */
public final class SeatAllocation {

    /** The body whose list seats are allocated; {@link #rules()} are the rules it is counted by. */
    public enum Kind {
        MAZHILIS(ListRuleSet.MAZHILIS), MASLIKHAT(ListRuleSet.MASLIKHAT);

        private final ListRuleSet rules;

        Kind(ListRuleSet rules) {
            this.rules = rules;
        }

        public ListRuleSet rules() {
            return rules;
        }

        /**
         * The rules a body's list is counted by: the Mazhilis's, or a regional (republican-city) maslikhat's.
         *
         * @throws IllegalArgumentException naming the body if it has no party list (CL Art. 9 p.2)
         */
        public static Kind of(Body body) {
            if (!body.hasPartyList()) {
                throw new IllegalArgumentException(body.refusal(ContestKind.PARTY_LIST).orElseThrow());
            }
            return body == Body.MAZHILIS ? MAZHILIS : MASLIKHAT;
        }
    }

    public enum Outcome {
        ALLOCATED, NO_ALLOCATION, LOT_REQUIRED
    }

    /**
     * A list's votes; lists are given in registration order, earliest first. {@code listRegisteredAt}: when the commission
     * registered the party's list for this election (Art. 97-1 p.4: not the party's state registration), named in the
     * trace; null where the caller knows only the order.
     */
    public record ListVotes(String id, long votes, Instant listRegisteredAt) {

        public ListVotes(String id, long votes) {
            this(id, votes, null);
        }
    }

    public record Input(Kind kind, int seats, BigDecimal thresholdPercent, long againstAll, long invalid,
            List<ListVotes> lists) {
    }

    public record ListTrace(String id, int registrationOrder, Instant listRegisteredAt, long votes, String sharePercent,
            boolean admitted, String reason) {
    }

    public record QuotientTrace(String id, Fraction quotient, String quotientDecimal, long wholeSeats, Fraction remainder,
            String remainderDecimal) {
    }

    public record RemainderTrace(int rank, String id, Fraction remainder, String remainderDecimal, boolean seat,
            String note) {
    }

    public record Trace(ListRuleSet rules, long base, String baseRule, Fraction thresholdLine, String thresholdLineDecimal,
            List<ListTrace> lists, Fraction quota, String quotaDecimal, List<QuotientTrace> quotients, long wholeSeats,
            long remainderSeats, List<RemainderTrace> remainders, List<String> ties, String singleListRule,
            List<String> steps) {
    }

    /** {@code lotBetween}: with {@link Outcome#LOT_REQUIRED}, the lists the lot is drawn between; else empty. */
    public record Result(Outcome outcome, Map<String, Long> seats, List<String> lotBetween, Trace trace) {
    }

    private static final BigDecimal SECOND_LIST_FACTOR = new BigDecimal("0.7");

    private SeatAllocation() {
    }

    public static Result allocate(Input in) {
        requireRegistrationOrder(in.lists());
        List<String> steps = new ArrayList<>();
        ListRuleSet rules = in.kind().rules();
        steps.add("Rules: " + rules.body() + " list (Art. 97-1): threshold on " + rules.thresholdBase()
                + "; if only one list passes, the next-largest gets at least " + rules.singleListMinimumSeats()
                + " seat(s); seat quota " + (rules.hasSeatQuota() ? rules.seatQuotaPercent() + " %" : "none")
                + "; a party names its elected within " + rules.partyDaysToNameElected() + " days");
        long listVotes = in.lists().stream().mapToLong(ListVotes::votes).sum();
        long base = Math.addExact(listVotes, in.againstAll());
        steps.add("Base: votes for lists " + listVotes + " + against all " + in.againstAll() + " = " + base
                + " valid ballots (" + in.invalid() + " invalid ballots excluded)");
        Fraction thresholdLine = fractionOf(in.thresholdPercent().multiply(BigDecimal.valueOf(base)).divide(BigDecimal.valueOf(100)));
        steps.add("Threshold: " + in.thresholdPercent().stripTrailingZeros().toPlainString() + " % of " + base + " = "
                + thresholdLine.decimal(2).toPlainString() + " votes");

        Map<String, Long> seats = new LinkedHashMap<>();
        List<ListTrace> listTraces = new ArrayList<>();
        List<Integer> admitted = new ArrayList<>();
        for (int i = 0; i < in.lists().size(); i++) {
            ListVotes list = in.lists().get(i);
            seats.put(list.id(), 0L);
            boolean passes = base > 0 && Percent.atLeast(list.votes(), in.thresholdPercent(), base);
            if (passes) {
                admitted.add(i);
            }
            listTraces.add(new ListTrace(list.id(), i + 1, list.listRegisteredAt(), list.votes(), share(list.votes(), base), passes,
                    passes ? "at or above the threshold" : "below the threshold"));
        }

        String singleListRule = null;
        if (admitted.isEmpty()) {
            steps.add("No list reaches the threshold: the law gives no allocation rule; no allocation");
            return noAllocation(rules, base, thresholdLine, seats, listTraces, steps);
        }
        if (admitted.stream().allMatch(i -> in.lists().get(i).votes() == 0)) {
            steps.add("The admitted lists have no votes: there is no quota to divide by; no allocation");
            return noAllocation(rules, base, thresholdLine, seats, listTraces, steps);
        }
        if (admitted.size() == 1) {
            return singleList(in, base, thresholdLine, seats, listTraces, admitted.get(0), steps);
        }

        BigInteger admittedVotes = BigInteger.ZERO;
        for (int i : admitted) {
            admittedVotes = admittedVotes.add(BigInteger.valueOf(in.lists().get(i).votes()));
        }
        BigInteger seatCount = BigInteger.valueOf(in.seats());
        Fraction quota = Fraction.of(admittedVotes, seatCount);
        steps.add("Quota (Hare): " + admittedVotes + " votes of admitted lists / " + in.seats() + " seats = " + quota
                + " ≈ " + quota.decimal(4).toPlainString());

        List<QuotientTrace> quotients = new ArrayList<>();
        long whole = 0;
        for (int i : admitted) {
            ListVotes list = in.lists().get(i);
            // quotient = votes / quota = votes × seats / admitted votes
            Fraction quotient = Fraction.of(BigInteger.valueOf(list.votes()).multiply(seatCount), admittedVotes);
            long wholeSeats = quotient.floor().longValueExact();
            whole += wholeSeats;
            seats.put(list.id(), wholeSeats);
            quotients.add(new QuotientTrace(list.id(), quotient, quotient.decimal(4).toPlainString(), wholeSeats,
                    quotient.fractionalPart(), quotient.fractionalPart().decimal(6).toPlainString()));
        }
        long left = in.seats() - whole;
        steps.add("Whole seats: " + whole + "; seats left for the largest remainders: " + left);

        // Largest remainders; equal remainders: the list registered earlier (smaller index) first.
        List<Integer> byRemainder = new ArrayList<>(admitted);
        Map<Integer, Fraction> remainderOf = new LinkedHashMap<>();
        for (int k = 0; k < admitted.size(); k++) {
            remainderOf.put(admitted.get(k), quotients.get(k).remainder());
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainderOf.get(i)).reversed().thenComparing(i -> i));
        List<RemainderTrace> remainders = new ArrayList<>();
        List<String> ties = new ArrayList<>();
        for (int rank = 0; rank < byRemainder.size(); rank++) {
            int i = byRemainder.get(rank);
            boolean seat = rank < left;
            Fraction remainder = remainderOf.get(i);
            String note = null;
            if (rank > 0 && remainder.compareTo(remainderOf.get(byRemainder.get(rank - 1))) == 0) {
                ListVotes earlier = in.lists().get(byRemainder.get(rank - 1));
                note = "equal remainder to " + earlier.id() + ", registered earlier";
                if (rank == left) {
                    ListVotes later = in.lists().get(i);
                    ties.add("Equal remainders of " + earlier.id() + registered(earlier) + " and " + later.id()
                            + registered(later) + " for the last remainder seat: " + earlier.id()
                            + " was registered earlier and gets it (Art. 97-1 p.4)");
                }
            }
            if (seat) {
                seats.merge(in.lists().get(i).id(), 1L, Long::sum);
            }
            remainders.add(new RemainderTrace(rank + 1, in.lists().get(i).id(), remainder, remainder.decimal(6).toPlainString(),
                    seat, note));
        }
        steps.add(TIE_RULE);
        remainders.stream().filter(RemainderTrace::seat)
                .forEach(r -> steps.add("Remainder seat " + r.rank() + ": " + r.id() + " (remainder " + r.remainderDecimal() + ")"));
        steps.addAll(ties);
        return new Result(Outcome.ALLOCATED, seats, List.of(), new Trace(rules, base, baseRule(), thresholdLine,
                thresholdLine.decimal(2).toPlainString(), listTraces, quota, quota.decimal(4).toPlainString(), quotients,
                whole, left, remainders, ties, singleListRule, steps));
    }

    private static Result noAllocation(ListRuleSet rules, long base, Fraction thresholdLine, Map<String, Long> seats,
            List<ListTrace> listTraces, List<String> steps) {
        return new Result(Outcome.NO_ALLOCATION, seats, List.of(), new Trace(rules, base, baseRule(), thresholdLine,
                thresholdLine.decimal(2).toPlainString(), listTraces, null, null, List.of(), 0, 0, List.of(), List.of(),
                null, steps));
    }

    /**
     * Only one list passes: the next-largest is admitted with its quotient × 0.7 and at least the rule set's minimum,
     * but never more than the list that passed (policy, see the class comment); a tie for next-largest is a lot.
     */
    private static Result singleList(Input in, long base, Fraction thresholdLine, Map<String, Long> seats,
            List<ListTrace> listTraces, int first, List<String> steps) {
        ListRuleSet rules = in.kind().rules();
        long nextVotes = 0;
        for (int i = 0; i < in.lists().size(); i++) {
            if (i != first) {
                nextVotes = Math.max(nextVotes, in.lists().get(i).votes());
            }
        }
        List<Integer> next = new ArrayList<>();
        for (int i = 0; i < in.lists().size(); i++) {
            if (i != first && nextVotes > 0 && in.lists().get(i).votes() == nextVotes) {
                next.add(i);
            }
        }
        ListVotes a = in.lists().get(first);
        if (next.isEmpty()) {
            seats.put(a.id(), (long) in.seats());
            steps.add("Only " + a.id() + " passes and no other list has votes: it gets all " + in.seats() + " seats");
            return new Result(Outcome.ALLOCATED, seats, List.of(), new Trace(rules, base, baseRule(), thresholdLine,
                    thresholdLine.decimal(2).toPlainString(), listTraces, null, null, List.of(), in.seats(), 0, List.of(),
                    List.of(), "only one list has votes", steps));
        }
        // The tied lists have the same votes, so the seats of the next-largest list do not depend on which it is.
        ListVotes b = in.lists().get(next.get(0));
        BigInteger admittedVotes = BigInteger.valueOf(a.votes()).add(BigInteger.valueOf(b.votes()));
        BigInteger seatCount = BigInteger.valueOf(in.seats());
        Fraction quota = Fraction.of(admittedVotes, seatCount);
        Fraction quotient = Fraction.of(BigInteger.valueOf(b.votes()).multiply(seatCount), admittedVotes);
        Fraction reduced = quotient.times(fractionOf(SECOND_LIST_FACTOR));
        long withMinimum = Math.max(rules.singleListMinimumSeats(), reduced.floor().longValueExact());
        long half = in.seats() / 2;
        long secondSeats = Math.min(withMinimum, half);
        long firstSeats = in.seats() - secondSeats;
        String seatsRule = "quotient " + quotient.decimal(4).toPlainString() + " × 0.7 = " + reduced.decimal(4).toPlainString()
                + ", at least " + rules.singleListMinimumSeats() + (secondSeats < withMinimum
                        ? ", but at most half of the " + in.seats() + " seats (" + half + ") so that the list that passed never gets "
                                + "fewer seats than the next-largest (policy: the law does not say how the minimum yields to few seats)"
                        : "")
                + " → " + secondSeats + " seat(s)";
        if (next.size() > 1) {
            List<String> tied = next.stream().map(i -> in.lists().get(i).id()).toList();
            for (int i : next) {
                ListVotes list = in.lists().get(i);
                listTraces.set(i, new ListTrace(list.id(), i + 1, list.listRegisteredAt(), list.votes(), share(list.votes(), base), false,
                        "ties for next-largest list with " + nextVotes + " votes: a drawing of lots decides which is admitted"));
            }
            seats.put(a.id(), firstSeats);
            String rule = "Only " + a.id() + " passes: the next-largest list is admitted, but " + String.join(", ", tied)
                    + " tie with " + nextVotes + " votes each; the law names no tie-break, so a drawing of lots between them is "
                    + "required (LOT_REQUIRED). The list the lot admits gets its " + seatsRule + "; " + a.id() + " gets "
                    + firstSeats;
            steps.add(rule);
            return new Result(Outcome.LOT_REQUIRED, seats, tied, new Trace(rules, base, baseRule(), thresholdLine,
                    thresholdLine.decimal(2).toPlainString(), listTraces, quota, quota.decimal(4).toPlainString(), List.of(),
                    firstSeats, 0, List.of(), List.of(rule), rule, steps));
        }
        int second = next.get(0);
        listTraces.set(second, new ListTrace(b.id(), second + 1, b.listRegisteredAt(), b.votes(), share(b.votes(), base), true,
                "admitted as the next-largest list because only one list passed"));
        seats.put(b.id(), secondSeats);
        seats.put(a.id(), firstSeats);
        String rule = "Only " + a.id() + " passes: " + b.id() + " is admitted; its " + seatsRule + "; " + a.id()
                + " gets the other " + firstSeats;
        steps.add(rule);
        List<QuotientTrace> quotients = List.of(
                new QuotientTrace(b.id(), reduced, reduced.decimal(4).toPlainString(), secondSeats, reduced.fractionalPart(),
                        reduced.fractionalPart().decimal(6).toPlainString()));
        return new Result(Outcome.ALLOCATED, seats, List.of(), new Trace(rules, base, baseRule(), thresholdLine,
                thresholdLine.decimal(2).toPlainString(), listTraces, quota, quota.decimal(4).toPlainString(), quotients,
                in.seats(), 0, List.of(), List.of(), rule, steps));
    }

    private static final String TIE_RULE = "Order of registration: equal remainders go to the list registered earlier, "
            + "by the moment the commission registered each party's list for this election, not the party's state "
            + "registration (Art. 97-1 p.4)";

    /** Lists with their registration instants must come in that order: the tie rule reads the order. */
    private static void requireRegistrationOrder(List<ListVotes> lists) {
        for (int i = 1; i < lists.size(); i++) {
            Instant before = lists.get(i - 1).listRegisteredAt();
            Instant at = lists.get(i).listRegisteredAt();
            if (before != null && at != null && at.isBefore(before)) {
                throw new IllegalArgumentException("lists must be given in registration order (Art. 97-1 p.4): "
                        + lists.get(i).id() + "'s list was registered at " + at + ", before " + lists.get(i - 1).id()
                        + "'s at " + before);
            }
        }
    }

    private static String registered(ListVotes list) {
        return list.listRegisteredAt() == null ? "" : " (list registered " + list.listRegisteredAt() + ")";
    }

    private static String baseRule() {
        return "valid ballots including against all; invalid ballots excluded (Art. 97-1)";
    }

    private static String share(long votes, long base) {
        return base == 0 ? "0"
                : Fraction.of(BigInteger.valueOf(votes).multiply(BigInteger.valueOf(100)), BigInteger.valueOf(base)).decimal(4).toPlainString();
    }

    private static Fraction fractionOf(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        return Fraction.of(stripped.movePointRight(scale).toBigIntegerExact(), BigInteger.TEN.pow(scale));
    }
}
