package kz.elections.results.web;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kz.elections.law.allocation.Fraction;

/**
 * The allocation trace of a published version told in plain sentences of one language: the base, the
 * threshold line, which lists were admitted or excluded and why, the quota as a fraction, the whole seats,
 * the remainders in rank order, who got each remainder seat and how ties were settled. It retells the
 * trace {@code SeatAllocation} wrote; it never allocates anything itself.
 *
 * @param steps the sentences before the remainders
 * @param remainders one sentence per admitted list, in rank order
 * @param conclusion ties and the result
 */
public record AllocationSentences(List<String> steps, List<String> remainders, List<String> conclusion) {

    public static AllocationSentences of(JsonNode allocation, long invalid, long againstAll, List<ResultsView.OptionRow> rows,
            ResultsMessages msg) {
        JsonNode trace = allocation.path("trace");
        long base = trace.path("base").asLong();
        List<String> steps = new ArrayList<>();
        List<String> remainders = new ArrayList<>();
        List<String> conclusion = new ArrayList<>();
        JsonNode rules = trace.path("rules");
        if (rules.isObject()) {
            String body = "MAZHILIS".equals(rules.path("body").asText()) ? msg.body_MAZHILIS() : msg.body_MASLIKHAT();
            int quota = rules.path("seatQuotaPercent").asInt();
            steps.add(quota > 0
                    ? msg.trace_rules(body, rules.path("singleListMinimumSeats").asInt(), quota,
                            rules.path("partyDaysToNameElected").asInt())
                    : msg.trace_rules_no_quota(body, rules.path("singleListMinimumSeats").asInt(),
                            rules.path("partyDaysToNameElected").asInt()));
        }
        steps.add(msg.trace_base(base, base - againstAll, againstAll, invalid));
        BigInteger lineNumerator = new BigInteger(trace.path("thresholdLine").path("numerator").asText("0"));
        BigInteger lineDenominator = new BigInteger(trace.path("thresholdLine").path("denominator").asText("1"));
        if (base > 0) {
            // line = percent × base / 100, so percent = line × 100 / base, exactly.
            String percent = new Fraction(lineNumerator.multiply(BigInteger.valueOf(100)),
                    lineDenominator.multiply(BigInteger.valueOf(base))).decimal(2).stripTrailingZeros().toPlainString();
            steps.add(msg.trace_threshold(percent, trace.path("thresholdLineDecimal").asText()));
        }
        Map<String, Long> votes = new LinkedHashMap<>();
        BigInteger admittedVotes = BigInteger.ZERO;
        for (JsonNode list : trace.path("lists")) {
            String id = list.path("id").asText();
            long listVotes = list.path("votes").asLong();
            votes.put(id, listVotes);
            String share = ResultsView.percent(listVotes, base);
            boolean reachesLine = BigInteger.valueOf(listVotes).multiply(lineDenominator).compareTo(lineNumerator) >= 0;
            if (!list.path("admitted").asBoolean()) {
                steps.add(msg.trace_excluded(id, listVotes, share));
                continue;
            }
            admittedVotes = admittedVotes.add(BigInteger.valueOf(listVotes));
            steps.add(reachesLine ? msg.trace_admitted(id, listVotes, share) : msg.trace_next_largest(id, listVotes, share));
        }
        if ("LOT_REQUIRED".equals(allocation.path("outcome").asText())) {
            List<String> tied = new ArrayList<>();
            allocation.path("lotBetween").forEach(l -> tied.add(l.asText()));
            String first = null;
            for (JsonNode list : trace.path("lists")) {
                if (list.path("admitted").asBoolean()) {
                    first = list.path("id").asText();
                }
            }
            conclusion.add(msg.trace_lot(first, String.join(", ", tied), allocation.path("seats").path(first).asLong()));
            return new AllocationSentences(steps, remainders, conclusion);
        }
        if (!"ALLOCATED".equals(allocation.path("outcome").asText())) {
            return new AllocationSentences(steps, remainders, conclusion);
        }
        long seats = 0;
        for (JsonNode count : allocation.path("seats")) {
            seats += count.asLong();
        }
        JsonNode quotients = trace.path("quotients");
        if (trace.path("singleListRule").isTextual()) {
            singleList(allocation, quotients, seats, steps, msg);
        } else {
            JsonNode quota = trace.path("quota");
            steps.add(msg.trace_quota(admittedVotes.toString(), Math.toIntExact(seats), quota.path("numerator").asText() + "/"
                    + quota.path("denominator").asText(), trace.path("quotaDecimal").asText()));
            for (JsonNode quotient : quotients) {
                String id = quotient.path("id").asText();
                steps.add(msg.trace_quotient(id, votes.getOrDefault(id, 0L), quotient.path("quotientDecimal").asText(),
                        quotient.path("wholeSeats").asLong(), quotient.path("remainderDecimal").asText()));
            }
            long left = trace.path("remainderSeats").asLong();
            steps.add(msg.trace_whole(trace.path("wholeSeats").asLong(), left));
            String previous = null;
            for (JsonNode remainder : trace.path("remainders")) {
                int rank = remainder.path("rank").asInt();
                String id = remainder.path("id").asText();
                String sentence = remainder.path("seat").asBoolean()
                        ? msg.trace_remainder_seat(rank, id, remainder.path("remainderDecimal").asText())
                        : msg.trace_remainder_none(rank, id, remainder.path("remainderDecimal").asText());
                if (remainder.path("note").isTextual() && previous != null) {
                    sentence += " " + msg.trace_equal_remainder(previous);
                    if (rank == left + 1) {
                        conclusion.add(msg.trace_tie(previous, id));
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

    /** Only one list passed: the next-largest is admitted with its quotient × 0.7 (Art. 97-1), or it takes all. */
    private static void singleList(JsonNode allocation, JsonNode quotients, long seats, List<String> steps, ResultsMessages msg) {
        String first = null;
        String second = quotients.isEmpty() ? null : quotients.get(0).path("id").asText();
        for (JsonNode list : allocation.path("trace").path("lists")) {
            String id = list.path("id").asText();
            if (list.path("admitted").asBoolean() && !id.equals(second)) {
                first = id;
            }
        }
        if (second == null) {
            steps.add(msg.trace_single_list_alone(first, Math.toIntExact(seats)));
            return;
        }
        long secondSeats = allocation.path("seats").path(second).asLong();
        steps.add(msg.trace_single_list(first, second, quotients.get(0).path("quotientDecimal").asText(), secondSeats,
                allocation.path("seats").path(first).asLong()));
    }
}
