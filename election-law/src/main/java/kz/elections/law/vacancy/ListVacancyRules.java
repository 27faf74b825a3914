package kz.elections.law.vacancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.elections.law.mandate.ListSeatRules;
import kz.elections.law.mandate.ListSeatRules.ListCandidate;

/**
 * A list seat left empty before the term ends (CL "On Elections", Art. 97-1 p.6): the party names the next candidate
 * from its registered list, keeping the 30 % seat quota of a Mazhilis party's seats; when it does not within its days,
 * the commission takes the remaining list in Kazakh alphabetical order, a quota candidate first while the quota needs
 * one (as for the seats won, Art. 97-1 p.5); an exhausted list leaves the seat vacant until the next election. The law
 * gives no number of days for naming a successor: Tizim gives the party as many as for naming its elected (10,
 * maslikhat 5), counted from the day after the mandate ended, and says so.
 */
public final class ListVacancyRules {

    private ListVacancyRules() {
    }

    /** The last day the party may name a successor: {@code days} calendar days after the mandate ended. */
    public static LocalDate namingLastDay(LocalDate mandateEndedOn, int days) {
        return mandateEndedOn.plusDays(days);
    }

    /** The party names on its last day and before; from the next day on the commission assigns. */
    public static boolean partyMayName(LocalDate lastDay, LocalDate today) {
        return !today.isAfter(lastDay);
    }

    /**
     * Every rule the party's successor breaks; empty if they may take the seat.
     *
     * @param remaining the list's registered candidates who hold no seat and never held one in this term
     * @param sitting the party's candidates who hold its other seats in the contest now
     * @param quotaPercent the seat quota (Mazhilis 30), 0 where there is none
     */
    public static List<String> checkSuccessor(UUID chosen, List<ListCandidate> remaining, List<ListCandidate> sitting,
            int quotaPercent) {
        List<String> problems = new ArrayList<>();
        Optional<ListCandidate> successor = remaining.stream().filter(c -> c.id().equals(chosen)).findFirst();
        if (successor.isEmpty()) {
            problems.add(chosen + " is not a registered candidate of the party's list who is free to take the seat");
            return problems;
        }
        if (quotaPercent > 0) {
            int seats = sitting.size() + 1;
            long held = sitting.stream().filter(ListSeatRules::counts).count() + (ListSeatRules.counts(successor.get()) ? 1 : 0);
            long available = sitting.stream().filter(ListSeatRules::counts).count()
                    + remaining.stream().filter(ListSeatRules::counts).count();
            int required = ListSeatRules.quotaToHold(seats, quotaPercent, available);
            if (held < required) {
                problems.add("women, youth and persons with disabilities would hold " + held + " of the party's " + seats
                        + " seats; at least " + required + " (" + quotaPercent + " %, rounded up) are required, so the "
                        + "successor must be one of them");
            }
        }
        return problems;
    }

    /**
     * The commission's successor: the first of the remaining list in Kazakh alphabetical order, or the first quota
     * candidate in that order while the party's seats would otherwise fall below the quota; empty when the list is
     * exhausted and the seat stays vacant until the next election.
     */
    public static Optional<ListCandidate> commissionSuccessor(List<ListCandidate> remaining, List<ListCandidate> sitting,
            int quotaPercent) {
        List<ListCandidate> alphabetical = remaining.stream().sorted(ListSeatRules.ALPHABETICAL).toList();
        if (alphabetical.isEmpty()) {
            return Optional.empty();
        }
        if (quotaPercent > 0) {
            Optional<ListCandidate> quotaFirst = alphabetical.stream().filter(ListSeatRules::counts).findFirst();
            if (quotaFirst.isPresent()
                    && !checkSuccessor(alphabetical.get(0).id(), remaining, sitting, quotaPercent).isEmpty()) {
                return quotaFirst;
            }
        }
        return Optional.of(alphabetical.get(0));
    }
}
