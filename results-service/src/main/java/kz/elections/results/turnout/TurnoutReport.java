package kz.elections.results.turnout;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kz.elections.results.contest.PrecinctSubmission;

/**
 * One version of a precinct's turnout report at one reporting time of an election: how many voters had voted by then.
 * Exactly one version per election, precinct and time is current; a correction adds the next with its reason.
 */
@Entity
@Table(name = "turnout_report")
public class TurnoutReport extends PrecinctSubmission {

    @Column(name = "election_code", nullable = false)
    public String electionCode;

    @Column(name = "precinct_number", nullable = false)
    public int precinctNumber;

    /** The reporting time, a local clock time on election day in the unit's zone. */
    @Column(name = "reporting_time", nullable = false)
    public LocalTime reportingTime;

    @Column(nullable = false)
    public long voted;

    @Column(name = "voters_on_list", nullable = false)
    public long votersOnList;

    @Column(name = "voters_added", nullable = false)
    public long votersAdded;

    /** The precinct's current reports in the election, earliest time first. */
    public static List<TurnoutReport> currentOf(String election, UUID precinct) {
        return list("electionCode = ?1 and precinctId = ?2 and current = true order by reportingTime", election, precinct);
    }

    /** Every version of a precinct's reports (or of all precincts when {@code precinct} is null). */
    public static List<TurnoutReport> history(String election, UUID precinct) {
        return precinct == null
                ? list("electionCode = ?1 order by unitCode, precinctNumber, reportingTime, version", election)
                : list("electionCode = ?1 and precinctId = ?2 order by reportingTime, version", election, precinct);
    }

    public static Optional<TurnoutReport> findByIdempotencyKey(String subject, String key) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", subject, key).firstResultOptional();
    }
}
