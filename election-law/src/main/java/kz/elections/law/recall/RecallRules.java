package kz.elections.law.recall;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;

/**
 * The recall of a single-mandate deputy of the Mazhilis or a maslikhat (CL "On Elections", chapter 13-2,
 * Art. 113-12…16): who may be recalled and when, the commission's decision on the application, the signature
 * collection, the calling of the vote and its outcome. Every term is a parameter ({@link Terms}); {@link Terms#LAW}
 * holds today's. Dates are calendar days; counts are compared exactly, in integers.
 */
public final class RecallRules {

    /**
     * The law's numbers. {@code decisionDays}: the commission decides within so many days of the application;
     * {@code collectionDays}: signatures within so many days of the decision; {@code signaturePercent}: signatures of
     * more than this share of the district's voters; {@code voteMonths}: the vote is held within so many months of its
     * calling; {@code turnoutNumerator}/{@code turnoutDenominator}: the vote is valid with at least this share of the
     * voters taking part; {@code majorityPercent}: the deputy is recalled with more than this share of those who took
     * part; {@code blockedYears}: no application in the mandate's first and last so many years, nor so long after a
     * failed or invalid vote.
     */
    public record Terms(int decisionDays, int collectionDays, int signaturePercent, int voteMonths, int turnoutNumerator,
            int turnoutDenominator, int majorityPercent, int blockedYears) {

        public static final Terms LAW = new Terms(3, 30, 10, 2, 1, 3, 50, 1);
    }

    /** Why an application is refused. */
    public enum Ground {
        NOT_A_DISTRICT_DEPUTY, FIRST_YEAR_OF_MANDATE, LAST_YEAR_OF_MANDATE, WITHIN_A_YEAR_OF_A_FAILED_VOTE
    }

    /** A refusal: its ground, the rule with its article, and the first day an application would be admissible (or null). */
    public record Refusal(Ground ground, String rule, LocalDate admissibleFrom) {
    }

    /** The mandate recalled: the day it began (registration as elected) and the day its term ends. */
    public record Mandate(Body body, ContestKind constituency, LocalDate termStart, LocalDate plannedEnd) {
    }

    public enum Outcome {
        /** Fewer than a third of the district's voters took part: the vote is void, the deputy stays. */
        INVALID,
        /** More than half of those who took part voted for recall. */
        RECALLED,
        /** Valid, but not more than half voted for recall. */
        NOT_RECALLED
    }

    /**
     * The outcome of a recall vote: {@code voters}: the district's voters; {@code tookPart}: ballots found in the
     * boxes, invalid ones included; {@code forRecall}, {@code againstRecall}: the two lines; {@code rule}: what decided
     * it, with its article.
     */
    public record Result(Outcome outcome, long voters, long tookPart, long forRecall, long againstRecall,
            long turnoutRequired, long forRecallRequired, String rule) {
    }

    private RecallRules() {
    }

    /**
     * Why a voter's application on {@code appliedOn} against this mandate is refused, or empty if it is admissible.
     * {@code lastFailedVote}: the day of the last recall vote on this deputy that was invalid or did not recall them,
     * or null. The first year runs from the term's start to the day before its anniversary; the last year from a year
     * before the planned end; the year after a failed vote to the day before its anniversary (Art. 113-12 p.2).
     */
    public static Optional<Refusal> applicationRefusal(Mandate mandate, LocalDate lastFailedVote, LocalDate appliedOn,
            Terms terms) {
        if (mandate.constituency() != ContestKind.SINGLE_MANDATE || !mandate.body().holds(ContestKind.RECALL)) {
            return Optional.of(new Refusal(Ground.NOT_A_DISTRICT_DEPUTY, "only a single-mandate deputy of the Mazhilis "
                    + "or a maslikhat is recalled, not a " + mandate.constituency() + " mandate of " + mandate.body()
                    + " (Art. 113-12)", null));
        }
        LocalDate firstYearEnds = mandate.termStart().plusYears(terms.blockedYears());
        if (appliedOn.isBefore(firstYearEnds)) {
            return Optional.of(new Refusal(Ground.FIRST_YEAR_OF_MANDATE, "no recall in the first " + years(terms)
                    + " of the mandate, which began on " + mandate.termStart() + " (Art. 113-12 p.2)", firstYearEnds));
        }
        LocalDate lastYearBegins = mandate.plannedEnd().minusYears(terms.blockedYears());
        if (!appliedOn.isBefore(lastYearBegins)) {
            return Optional.of(new Refusal(Ground.LAST_YEAR_OF_MANDATE, "no recall in the last " + years(terms)
                    + " of the mandate, which ends on " + mandate.plannedEnd() + " (Art. 113-12 p.2)", null));
        }
        if (lastFailedVote != null) {
            LocalDate blockEnds = lastFailedVote.plusYears(terms.blockedYears());
            if (appliedOn.isBefore(blockEnds)) {
                return Optional.of(new Refusal(Ground.WITHIN_A_YEAR_OF_A_FAILED_VOTE, "no new recall within "
                        + years(terms) + " of the recall vote of " + lastFailedVote + " that did not recall the deputy "
                        + "(Art. 113-12 p.2)", blockEnds.isBefore(lastYearBegins) ? blockEnds : null));
            }
        }
        return Optional.empty();
    }

    /** The last day of the commission's decision on an application (Art. 113-12 p.1): the day applied + 3. */
    public static LocalDate decisionDue(LocalDate appliedOn, Terms terms) {
        return appliedOn.plusDays(terms.decisionDays());
    }

    /** Whether a decision on {@code decidedOn} keeps the commission's time (Art. 113-12 p.1). */
    public static boolean decidedInTime(LocalDate appliedOn, LocalDate decidedOn, Terms terms) {
        return !decidedOn.isAfter(decisionDue(appliedOn, terms));
    }

    /**
     * The last day of the signature collection: 30 days from the decision that admitted the application, the day of
     * the decision not counted (Art. 113-13 p.1).
     */
    public static LocalDate collectionLastDay(LocalDate decidedOn, Terms terms) {
        return decidedOn.plusDays(terms.collectionDays());
    }

    /** The day of the collection a date is: 0 on the decision's day, 30 on its last. */
    public static long collectionDay(LocalDate decidedOn, LocalDate date) {
        return ChronoUnit.DAYS.between(decidedOn, date);
    }

    /**
     * Why a signature dated {@code signedOn} is refused, or empty: it counts from the day of the decision to the
     * collection's last day, both included (Art. 113-13 p.1).
     */
    public static Optional<String> signatureDateRefusal(LocalDate decidedOn, LocalDate signedOn, Terms terms) {
        if (signedOn.isBefore(decidedOn)) {
            return Optional.of("signed on " + signedOn + ", before the collection opened with the decision of "
                    + decidedOn + " (Art. 113-13 p.1)");
        }
        long day = collectionDay(decidedOn, signedOn);
        if (day > terms.collectionDays()) {
            return Optional.of("signed on " + signedOn + ", day " + day + " of the collection: signatures are collected "
                    + "within " + terms.collectionDays() + " days of the decision of " + decidedOn + ", until "
                    + collectionLastDay(decidedOn, terms) + " (Art. 113-13 p.1)");
        }
        return Optional.empty();
    }

    /** The fewest signatures that are more than 10 % of {@code voters}: ⌊voters × 10 / 100⌋ + 1 (Art. 113-13 p.1). */
    public static long requiredSignatures(long voters, Terms terms) {
        return Math.floorDiv(Math.multiplyExact(voters, terms.signaturePercent()), 100) + 1;
    }

    /** Whether {@code valid} signatures are more than 10 % of the district's {@code voters}: valid × 100 > 10 × voters. */
    public static boolean enoughSignatures(long valid, long voters, Terms terms) {
        return Math.multiplyExact(valid, 100) > Math.multiplyExact(voters, terms.signaturePercent());
    }

    /**
     * Why a recall vote called on {@code calledOn} for {@code voteDay} is refused, or empty: the vote is held after its
     * calling and within 2 months of it (Art. 113-14 p.1); the month arithmetic is the calendar's (31 December + 2
     * months is the last day of February).
     */
    public static Optional<String> voteDayRefusal(LocalDate calledOn, LocalDate voteDay, Terms terms) {
        if (!voteDay.isAfter(calledOn)) {
            return Optional.of("the vote on " + voteDay + " is not after its calling on " + calledOn + " (Art. 113-14 p.1)");
        }
        LocalDate latest = calledOn.plusMonths(terms.voteMonths());
        if (voteDay.isAfter(latest)) {
            return Optional.of("the vote on " + voteDay + " is later than " + terms.voteMonths() + " months after its "
                    + "calling on " + calledOn + ": " + latest + " at the latest (Art. 113-14 p.1)");
        }
        return Optional.empty();
    }

    /**
     * The outcome of a recall vote (Art. 113-16): valid with at least a third of the district's voters taking part
     * (tookPart × 3 ≥ voters); the deputy is recalled with more than half of those who took part (forRecall × 100 >
     * 50 × tookPart), invalid ballots included in those who took part.
     */
    public static Result outcome(long voters, long tookPart, long forRecall, long againstRecall, Terms terms) {
        if (voters < 0 || tookPart < 0 || forRecall < 0 || againstRecall < 0 || forRecall + againstRecall > tookPart) {
            throw new IllegalArgumentException("votes for (" + forRecall + ") and against (" + againstRecall
                    + ") recall exceed the " + tookPart + " who took part, or a count is negative");
        }
        long turnoutRequired = ceilDiv(Math.multiplyExact(voters, terms.turnoutNumerator()), terms.turnoutDenominator());
        long forRecallRequired = Math.floorDiv(Math.multiplyExact(tookPart, terms.majorityPercent()), 100) + 1;
        String turnout = terms.turnoutNumerator() + "/" + terms.turnoutDenominator();
        if (Math.multiplyExact(tookPart, terms.turnoutDenominator())
                < Math.multiplyExact(voters, terms.turnoutNumerator())) {
            return new Result(Outcome.INVALID, voters, tookPart, forRecall, againstRecall, turnoutRequired,
                    forRecallRequired, tookPart + " of " + voters + " voters took part, fewer than " + turnout + " ("
                            + turnoutRequired + "): the vote is invalid and the deputy keeps the mandate (Art. 113-16)");
        }
        boolean recalled = Math.multiplyExact(forRecall, 100) > Math.multiplyExact(tookPart, terms.majorityPercent());
        if (recalled) {
            return new Result(Outcome.RECALLED, voters, tookPart, forRecall, againstRecall, turnoutRequired,
                    forRecallRequired, forRecall + " of the " + tookPart + " who took part voted for recall, more than "
                            + terms.majorityPercent() + " %: the deputy is recalled (Art. 113-16)");
        }
        return new Result(Outcome.NOT_RECALLED, voters, tookPart, forRecall, againstRecall, turnoutRequired,
                forRecallRequired, forRecall + " of the " + tookPart + " who took part voted for recall, not more than "
                        + terms.majorityPercent() + " % (" + forRecallRequired + " needed): the deputy keeps the mandate "
                        + "(Art. 113-16)");
    }

    private static String years(Terms terms) {
        return terms.blockedYears() == 1 ? "year" : terms.blockedYears() + " years";
    }

    private static long ceilDiv(long dividend, long divisor) {
        return Math.floorDiv(dividend + divisor - 1, divisor);
    }
}
