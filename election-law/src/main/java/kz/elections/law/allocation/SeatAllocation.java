package kz.elections.law.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.elections.law.arithmetic.Percent;

/**
 * Party-list seats by threshold, Hare quota and largest remainder (CL "On Elections", Art. 97-1).
 * A list is admitted with at least the threshold share of the valid ballots including "against all" (invalid ballots excluded);
 * the Hare quota is the admitted lists' votes over the seats; each list gets the whole part of its
 * quotient; the seats left go one each to the largest remainders, equal remainders to the list
 * registered earlier. If only one list passes, the next-largest list is admitted too: its quotient is
 * multiplied by 0.7 and it gets at least 2 seats (maslikhat: 1), the first list the rest. If none passes,
 * the law gives no rule and neither do we: NO_ALLOCATION. All arithmetic is exact (integers and fractions).
 */
public final class SeatAllocation {

    public enum Kind {
        MAZHILIS(2), MASLIKHAT(1);

        /** Seats the second list admitted under the single-list rule gets at least. */
        public final int secondListMinimum;

        Kind(int secondListMinimum) {
            this.secondListMinimum = secondListMinimum;
        }
    }

    public enum Outcome {
        ALLOCATED, NO_ALLOCATION
    }

    /** A list's votes; lists are given in registration order, earliest first. */
    public record ListVotes(String id, long votes) {
    }

    public record Input(Kind kind, int seats, BigDecimal thresholdPercent, long againstAll, long invalid,
            List<ListVotes> lists) {
    }

    public record ListTrace(String id, int registrationOrder, long votes, String sharePercent, boolean admitted,
            String reason) {
    }

    public record QuotientTrace(String id, Fraction quotient, String quotientDecimal, long wholeSeats, Fraction remainder,
            String remainderDecimal) {
    }

    public record RemainderTrace(int rank, String id, Fraction remainder, String remainderDecimal, boolean seat,
            String note) {
    }

    public record Trace(long base, String baseRule, Fraction thresholdLine, String thresholdLineDecimal,
            List<ListTrace> lists, Fraction quota, String quotaDecimal, List<QuotientTrace> quotients, long wholeSeats,
            long remainderSeats, List<RemainderTrace> remainders, List<String> ties, String singleListRule,
            List<String> steps) {
    }

    public record Result(Outcome outcome, Map<String, Long> seats, Trace trace) {
    }

    private static final BigDecimal SECOND_LIST_FACTOR = new BigDecimal("0.7");

    private SeatAllocation() {
    }

    public static Result allocate(Input in) {
        List<String> steps = new ArrayList<>();
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
            listTraces.add(new ListTrace(list.id(), i + 1, list.votes(), share(list.votes(), base), passes,
                    passes ? "at or above the threshold" : "below the threshold"));
        }

        String singleListRule = null;
        if (admitted.isEmpty()) {
            steps.add("No list reaches the threshold: the law gives no allocation rule; no allocation");
            return new Result(Outcome.NO_ALLOCATION, seats, new Trace(base, baseRule(), thresholdLine,
                    thresholdLine.decimal(2).toPlainString(), listTraces, null, null, List.of(), 0, 0, List.of(), List.of(),
                    null, steps));
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
                note = "equal remainder to " + in.lists().get(byRemainder.get(rank - 1)).id() + ", registered earlier";
                if (rank == left) {
                    ties.add("Equal remainders of " + in.lists().get(byRemainder.get(rank - 1)).id() + " and "
                            + in.lists().get(i).id() + " for the last remainder seat: "
                            + in.lists().get(byRemainder.get(rank - 1)).id() + " was registered earlier and gets it");
                }
            }
            if (seat) {
                seats.merge(in.lists().get(i).id(), 1L, Long::sum);
            }
            remainders.add(new RemainderTrace(rank + 1, in.lists().get(i).id(), remainder, remainder.decimal(6).toPlainString(),
                    seat, note));
        }
        remainders.stream().filter(RemainderTrace::seat)
                .forEach(r -> steps.add("Remainder seat " + r.rank() + ": " + r.id() + " (remainder " + r.remainderDecimal() + ")"));
        steps.addAll(ties);
        return new Result(Outcome.ALLOCATED, seats, new Trace(base, baseRule(), thresholdLine,
                thresholdLine.decimal(2).toPlainString(), listTraces, quota, quota.decimal(4).toPlainString(), quotients,
                whole, left, remainders, ties, singleListRule, steps));
    }

    /** Only one list passes: the next-largest is admitted with its quotient × 0.7 and at least the minimum. */
    private static Result singleList(Input in, long base, Fraction thresholdLine, Map<String, Long> seats,
            List<ListTrace> listTraces, int first, List<String> steps) {
        int second = -1;
        for (int i = 0; i < in.lists().size(); i++) {
            if (i != first && in.lists().get(i).votes() > 0
                    && (second < 0 || in.lists().get(i).votes() > in.lists().get(second).votes())) {
                second = i;
            }
        }
        String firstId = in.lists().get(first).id();
        if (second < 0) {
            seats.put(firstId, (long) in.seats());
            steps.add("Only " + firstId + " passes and no other list has votes: it gets all " + in.seats() + " seats");
            return new Result(Outcome.ALLOCATED, seats, new Trace(base, baseRule(), thresholdLine,
                    thresholdLine.decimal(2).toPlainString(), listTraces, null, null, List.of(), in.seats(), 0, List.of(),
                    List.of(), "only one list has votes", steps));
        }
        ListVotes a = in.lists().get(first);
        ListVotes b = in.lists().get(second);
        listTraces.set(second, new ListTrace(b.id(), second + 1, b.votes(), share(b.votes(), base), true,
                "admitted as the next-largest list because only one list passed"));
        BigInteger admittedVotes = BigInteger.valueOf(a.votes()).add(BigInteger.valueOf(b.votes()));
        BigInteger seatCount = BigInteger.valueOf(in.seats());
        Fraction quota = Fraction.of(admittedVotes, seatCount);
        Fraction quotient = Fraction.of(BigInteger.valueOf(b.votes()).multiply(seatCount), admittedVotes);
        Fraction reduced = quotient.times(fractionOf(SECOND_LIST_FACTOR));
        long secondSeats = Math.min(in.seats(), Math.max(in.kind().secondListMinimum, reduced.floor().longValueExact()));
        seats.put(b.id(), secondSeats);
        seats.put(a.id(), in.seats() - secondSeats);
        String rule = "Only " + a.id() + " passes: " + b.id() + " is admitted; its quotient " + quotient.decimal(4).toPlainString()
                + " × 0.7 = " + reduced.decimal(4).toPlainString() + ", at least " + in.kind().secondListMinimum + " → "
                + secondSeats + " seats; " + a.id() + " gets the other " + (in.seats() - secondSeats);
        steps.add(rule);
        List<QuotientTrace> quotients = List.of(
                new QuotientTrace(b.id(), reduced, reduced.decimal(4).toPlainString(), secondSeats, reduced.fractionalPart(),
                        reduced.fractionalPart().decimal(6).toPlainString()));
        return new Result(Outcome.ALLOCATED, seats, new Trace(base, baseRule(), thresholdLine,
                thresholdLine.decimal(2).toPlainString(), listTraces, quota, quota.decimal(4).toPlainString(), quotients,
                in.seats(), 0, List.of(), List.of(), rule, steps));
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
