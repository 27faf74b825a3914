package kz.elections.law.turnout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A precinct commission's report of how many voters have voted by one of the election's reporting times. Each
 * report is checked against the precinct's list, the election's schedule and the precinct's reports at the times
 * before and after it; a report that fails is refused with every failed rule named, never corrected.
 */
public final class TurnoutRules {

    /** Named rules, as the API names them. */
    public static final String UNKNOWN_TIME = "UNKNOWN_TIME";
    public static final String AFTER_CLOSE = "AFTER_CLOSE";
    public static final String NOT_YET = "NOT_YET";
    public static final String AT_MOST_VOTERS = "VOTED_AT_MOST_VOTERS";
    public static final String NOT_LOWER_THAN_EARLIER = "NOT_LOWER_THAN_EARLIER";
    public static final String NOT_HIGHER_THAN_LATER = "NOT_HIGHER_THAN_LATER";

    /**
     * The election's reporting times (local clock times on election day, ascending) and the close of the polls,
     * itself the last reporting time. No reporting time may fall after the close.
     */
    public record Schedule(List<LocalTime> times, LocalTime close) {

        public Schedule {
            times = times.stream().sorted().distinct().toList();
            for (LocalTime time : times) {
                if (!time.isBefore(close)) {
                    throw new IllegalArgumentException("reporting time " + time + " is not before the close " + close);
                }
            }
        }

        /** The reporting times with the close last. */
        public List<LocalTime> all() {
            List<LocalTime> all = new ArrayList<>(times);
            all.add(close);
            return List.copyOf(all);
        }

        public boolean isClose(LocalTime time) {
            return close.equals(time);
        }

        /** The instant a reporting time comes on election day in the unit's zone. */
        public Instant instantOf(LocalTime time, LocalDate electionDay, ZoneId zone) {
            return electionDay.atTime(time).atZone(zone).toInstant();
        }
    }

    /** A precinct's report: voted by {@code time}, against the list and those added to it on election day. */
    public record Report(LocalTime time, long voted, long votersOnList, long votersAdded) {
    }

    /** The precinct's current report at another reporting time. */
    public record Reported(LocalTime time, long voted) {
    }

    public record Failure(String rule, String field, String detail) {
    }

    private TurnoutRules() {
    }

    /**
     * Every rule {@code report} fails. {@code earlier}: the precinct's report at the nearest earlier time it reported;
     * {@code later}: at the nearest later time (a correction of an earlier figure once later ones exist).
     */
    public static List<Failure> check(Schedule schedule, Report report, Optional<Reported> earlier, Optional<Reported> later) {
        List<Failure> failures = new ArrayList<>();
        // The schedule is the commission's procedure (the law names no reporting times): the close is the last one.
        if (report.time().isAfter(schedule.close())) {
            failures.add(new Failure(AFTER_CLOSE, "time", "the polls close at " + schedule.close() + "; no report is for "
                    + report.time()));
        } else if (!schedule.all().contains(report.time())) {
            failures.add(new Failure(UNKNOWN_TIME, "time", report.time() + " is not a reporting time of the election "
                    + schedule.all()));
        }
        // CL Art. 43: ballots issued (here: those who have voted so far) ≤ voters on the list + those added on election day.
        if (report.voted() > report.votersOnList() + report.votersAdded()) {
            failures.add(new Failure(AT_MOST_VOTERS, "voted", "voted ≤ voters on the list + added: " + report.voted()
                    + " > " + report.votersOnList() + " + " + report.votersAdded()));
        }
        // The commission's procedure: who has voted by a time has voted by every later time, so figures never fall.
        earlier.filter(e -> report.voted() < e.voted()).ifPresent(e -> failures.add(new Failure(NOT_LOWER_THAN_EARLIER,
                "voted", "voted by " + report.time() + " ≥ voted by " + e.time() + ": " + report.voted() + " < " + e.voted())));
        later.filter(l -> report.voted() > l.voted()).ifPresent(l -> failures.add(new Failure(NOT_HIGHER_THAN_LATER,
                "voted", "voted by " + report.time() + " ≤ voted by " + l.time() + ": " + report.voted() + " > " + l.voted())));
        return failures;
    }

    /**
     * A report for a time that has not come yet on election day, in the unit's zone, is refused (the commission's
     * procedure: a figure is counted at its time, not foreseen). Empty when {@code now} is at or after that time.
     */
    public static Optional<Failure> notYet(Schedule schedule, LocalTime time, LocalDate electionDay, ZoneId zone, Instant now) {
        Instant due = schedule.instantOf(time, electionDay, zone);
        return now.isBefore(due)
                ? Optional.of(new Failure(NOT_YET, "time", "the report for " + time + " on " + electionDay + " (" + zone
                        + ") is due from then; it is " + now.atZone(zone).toLocalDateTime().withNano(0) + " there"))
                : Optional.empty();
    }
}
