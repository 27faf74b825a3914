package kz.elections.results.web;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import kz.elections.common.web.LocalFormat;
import kz.elections.law.allocation.Fraction;
import kz.elections.law.allocation.ListRuleSet;
import kz.elections.law.allocation.SeatAllocation;

/**
 * The allocation trace of a published version told in plain sentences of one language: the base, the
 * threshold line, which lists were admitted or excluded and why, the quota as a fraction, the whole seats,
 * the remainders in rank order, who got each remainder seat and how ties were settled. It retells the
 * trace {@code SeatAllocation} wrote; it never allocates anything itself. Counts and the whole part of decimals are
 * grouped as the language groups thousands ({@link LocalFormat#number}); a decimal keeps its point, as every percentage on
 * the page does.
 *
 * @param steps the sentences before the remainders
 * @param remainders one sentence per admitted list, in rank order
 * @param conclusion ties and the result
 */
public record AllocationSentences(List<String> steps, List<String> remainders, List<String> conclusion) {

    public static AllocationSentences of(SeatAllocation.Result allocation, long invalid, long againstAll,
            List<ResultsView.OptionRow> rows, ResultsMessages msg, LocalFormat format) {
        SeatAllocation.Trace trace = allocation.trace();
        UnaryOperator<String> decimal = text -> grouped(text, format);
        // The trace names lists by registration id; people read the list's label.
        Map<String, String> labels = new LinkedHashMap<>();
        rows.forEach(row -> labels.put(row.ref(), row.id()));
        UnaryOperator<String> name = id -> id == null ? null : labels.getOrDefault(id, id);
        long base = trace.base();
        List<String> steps = new ArrayList<>();
        List<String> remainders = new ArrayList<>();
        List<String> conclusion = new ArrayList<>();
        ListRuleSet rules = trace.rules();
        if (rules != null) {
            String body = "MAZHILIS".equals(rules.body()) ? msg.body_MAZHILIS() : msg.body_MASLIKHAT();
            int quota = rules.seatQuotaPercent();
            steps.add(quota > 0
                    ? msg.trace_rules(body, rules.singleListMinimumSeats(), quota, rules.partyDaysToNameElected())
                    : msg.trace_rules_no_quota(body, rules.singleListMinimumSeats(), rules.partyDaysToNameElected()));
        }
        steps.add(msg.trace_base(format.number(base), format.number(base - againstAll), format.number(againstAll),
                format.number(invalid)));
        Fraction line = trace.thresholdLine() == null ? new Fraction(BigInteger.ZERO, BigInteger.ONE) : trace.thresholdLine();
        if (base > 0) {
            // line = percent × base / 100, so percent = line × 100 / base, exactly.
            String percent = new Fraction(line.numerator().multiply(BigInteger.valueOf(100)),
                    line.denominator().multiply(BigInteger.valueOf(base))).decimal(2).stripTrailingZeros().toPlainString();
            steps.add(msg.trace_threshold(percent, decimal.apply(trace.thresholdLineDecimal())));
        }
        Map<String, Long> votes = new LinkedHashMap<>();
        BigInteger admittedVotes = BigInteger.ZERO;
        for (SeatAllocation.ListTrace list : trace.lists()) {
            String id = list.id();
            long listVotes = list.votes();
            votes.put(id, listVotes);
            String share = ResultsView.percent(listVotes, base);
            boolean reachesLine = BigInteger.valueOf(listVotes).multiply(line.denominator()).compareTo(line.numerator()) >= 0;
            if (!list.admitted()) {
                steps.add(msg.trace_excluded(name.apply(id), format.number(listVotes), share));
                continue;
            }
            admittedVotes = admittedVotes.add(BigInteger.valueOf(listVotes));
            steps.add(reachesLine ? msg.trace_admitted(name.apply(id), format.number(listVotes), share)
                    : msg.trace_next_largest(name.apply(id), format.number(listVotes), share));
        }
        if (allocation.outcome() == SeatAllocation.Outcome.LOT_REQUIRED) {
            String first = null;
            for (SeatAllocation.ListTrace list : trace.lists()) {
                if (list.admitted()) {
                    first = list.id();
                }
            }
            conclusion.add(msg.trace_lot(name.apply(first), String.join(", ", allocation.lotBetween().stream().map(name).toList()),
                    seatsOf(allocation, first)));
            return new AllocationSentences(steps, remainders, conclusion);
        }
        if (allocation.outcome() != SeatAllocation.Outcome.ALLOCATED) {
            return new AllocationSentences(steps, remainders, conclusion);
        }
        long seats = allocation.seats().values().stream().mapToLong(Long::longValue).sum();
        List<SeatAllocation.QuotientTrace> quotients = trace.quotients();
        if (trace.singleListRule() != null) {
            singleList(allocation, quotients, seats, steps, name, msg);
        } else {
            Fraction quota = trace.quota();
            steps.add(msg.trace_quota(format.number(admittedVotes), Math.toIntExact(seats), format.number(quota.numerator())
                    + "/" + format.number(quota.denominator()), decimal.apply(trace.quotaDecimal())));
            for (SeatAllocation.QuotientTrace quotient : quotients) {
                String id = quotient.id();
                steps.add(msg.trace_quotient(name.apply(id), format.number(votes.getOrDefault(id, 0L)),
                        decimal.apply(quotient.quotientDecimal()), quotient.wholeSeats(), quotient.remainderDecimal()));
            }
            long left = trace.remainderSeats();
            steps.add(msg.trace_whole(trace.wholeSeats(), left));
            String previous = null;
            for (SeatAllocation.RemainderTrace remainder : trace.remainders()) {
                int rank = remainder.rank();
                String id = remainder.id();
                String sentence = remainder.seat()
                        ? msg.trace_remainder_seat(rank, name.apply(id), remainder.remainderDecimal())
                        : msg.trace_remainder_none(rank, name.apply(id), remainder.remainderDecimal());
                if (remainder.note() != null && previous != null) {
                    sentence += " " + msg.trace_equal_remainder(name.apply(previous));
                    if (rank == left + 1) {
                        conclusion.add(msg.trace_tie(name.apply(previous), name.apply(id)));
                    }
                }
                remainders.add(sentence);
                previous = id;
            }
        }
        List<String> result = new ArrayList<>();
        for (ResultsView.OptionRow row : rows) {
            if (row.seats() != null && row.seats() > 0) {
                result.add(row.id() + " " + row.seats());
            }
        }
        conclusion.add(msg.trace_result(String.join(", ", result)));
        return new AllocationSentences(steps, remainders, conclusion);
    }

    /** "360713.05" as "360,713.05" (en) or "360 713.05" (kk, ru); null stays null. */
    static String grouped(String decimal, LocalFormat format) {
        if (decimal == null || decimal.isEmpty()) {
            return decimal;
        }
        int point = decimal.indexOf('.');
        String whole = point < 0 ? decimal : decimal.substring(0, point);
        try {
            return format.number(new BigInteger(whole)) + (point < 0 ? "" : decimal.substring(point));
        } catch (NumberFormatException notANumber) {
            return decimal;
        }
    }

    private static long seatsOf(SeatAllocation.Result allocation, String list) {
        return list == null ? 0 : allocation.seats().getOrDefault(list, 0L);
    }

    /** Only one list passed: the next-largest is admitted with its quotient × 0.7 (Art. 97-1), or it takes all. */
    private static void singleList(SeatAllocation.Result allocation, List<SeatAllocation.QuotientTrace> quotients, long seats,
            List<String> steps, UnaryOperator<String> name, ResultsMessages msg) {
        String first = null;
        String second = quotients.isEmpty() ? null : quotients.get(0).id();
        for (SeatAllocation.ListTrace list : allocation.trace().lists()) {
            if (list.admitted() && !list.id().equals(second)) {
                first = list.id();
            }
        }
        if (second == null) {
            steps.add(msg.trace_single_list_alone(name.apply(first), Math.toIntExact(seats)));
            return;
        }
        steps.add(msg.trace_single_list(name.apply(first), name.apply(second), quotients.get(0).quotientDecimal(), seatsOf(allocation, second),
                seatsOf(allocation, first)));
    }
}
