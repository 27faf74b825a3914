package kz.elections.results.turnout;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.common.idempotency.IdempotentRequest;
import kz.elections.law.turnout.TurnoutRules;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.contest.ContestSync;
import kz.elections.results.turnout.TurnoutApi.ReportView;
import kz.elections.results.turnout.TurnoutApi.TurnoutRequest;

/**
 * Accepts turnout reports: for a precinct the contest names, inside the submitter's territory, at a reporting time of
 * the election that has come, passing {@link TurnoutRules}; one current report per precinct and time, a different
 * figure for a time reported is a correction (a new version with its reason) or a 409. Each precinct's reports are
 * written one at a time (an advisory lock on the election and precinct), so the figures of its times are checked
 * against each other as stored. Idempotency-Key as for protocols. The report and its audit record commit together.
 */
@ApplicationScoped
public class TurnoutService {

    static final String ENTITY_TYPE = "turnout-report";

    /** What happened to a submission; {@code view}: the report as the API shows it, in JSON. */
    public record Accepted(TurnoutReport report, boolean created, String view) {
    }

    /** A report stored: the push feed tells followers once it commits. */
    public record Reported(String electionCode, String unitCode, LocalTime time) {
    }

    @Inject
    ContestSync contests;

    @Inject
    TurnoutSchedules schedules;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Event<Reported> reported;

    public Accepted submit(TurnoutRequest request, Optional<IdempotentRequest> idempotent, String subject,
            Predicate<String> mayActIn) {
        Optional<Accepted> retried = idempotent.flatMap(key -> earlier(key, subject));
        if (retried.isPresent()) {
            return retried.get();
        }
        LocalTime time = TurnoutSchedules.parse("time", request.time());
        ContestRecord contest = contests.stored(request.contest());
        ContestPrecinct precinct = contests.precinct(contest.code, request.precinct())
                .orElseThrow(() -> ProblemException.invalid("precinct", "precinct " + request.precinct()
                        + " does not vote in " + contest.code));
        if (!mayActIn.test(precinct.unitCode)) {
            throw ProblemException.forbidden("A tabulator acts only inside its territory; precinct " + precinct.number
                    + " is in " + precinct.unitCode);
        }
        TurnoutRules.Schedule schedule = schedules.of(contest.electionCode);
        if (schedules.refuseBeforeTime() && contest.electionDay != null && schedule.all().contains(time)) {
            ZoneId zone = schedules.zoneOf(precinct.unitCode);
            TurnoutRules.notYet(schedule, time, contest.electionDay, zone, clock.instant())
                    .ifPresent(failure -> {
                        throw refused(List.of(failure));
                    });
        }
        try {
            return store(contest.electionCode, precinct, schedule, time, request, idempotent, subject);
        } catch (org.hibernate.exception.ConstraintViolationException concurrent) {
            // Another request took the same key, or the same precinct and time, at the same moment.
            return idempotent.flatMap(key -> earlier(key, subject))
                    .orElseThrow(() -> ProblemException.conflict("concurrent-submission", "Submitted concurrently",
                            "Another turnout report for precinct " + precinct.number + " was stored at the same time; "
                                    + "read the precinct's reports and retry if this one is still needed", Map.of()));
        }
    }

    @Transactional
    Accepted store(String election, ContestPrecinct precinct, TurnoutRules.Schedule schedule, LocalTime time,
            TurnoutRequest request, Optional<IdempotentRequest> idempotent, String subject) {
        TurnoutReport.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, "turnout " + election + " " + precinct.precinctId).getSingleResult();
        Optional<Accepted> retried = idempotent.flatMap(key -> earlier(key, subject));
        if (retried.isPresent()) {
            return retried.get();
        }
        long added = request.votersAdded() == null ? 0 : request.votersAdded();
        List<TurnoutReport> reports = TurnoutReport.currentOf(election, precinct.precinctId);
        Optional<TurnoutReport> existing = reports.stream().filter(r -> r.reportingTime.equals(time)).findFirst();
        if (existing.isPresent() && existing.get().voted == request.voted() && existing.get().votersAdded == added) {
            return accepted(existing.get(), schedule, false);
        }
        if (existing.isPresent() && (request.correctionReason() == null || request.correctionReason().isBlank())) {
            throw ProblemException.conflict("turnout-report-exists", "Turnout already reported",
                    "Precinct " + precinct.number + " reported " + existing.get().voted + " voted by " + TurnoutApi.clock(time)
                            + " (version " + existing.get().version + "); another figure is a correction and states its reason",
                    Map.of("currentVersion", existing.get().version, "currentReport", existing.get().id));
        }
        Optional<TurnoutRules.Reported> earlier = reports.stream().filter(r -> r.reportingTime.isBefore(time))
                .max(Comparator.comparing(r -> r.reportingTime)).map(r -> new TurnoutRules.Reported(r.reportingTime, r.voted));
        Optional<TurnoutRules.Reported> later = reports.stream().filter(r -> r.reportingTime.isAfter(time))
                .min(Comparator.comparing(r -> r.reportingTime)).map(r -> new TurnoutRules.Reported(r.reportingTime, r.voted));
        List<TurnoutRules.Failure> failures = TurnoutRules.check(schedule,
                new TurnoutRules.Report(time, request.voted(), precinct.voters, added), earlier, later);
        if (!failures.isEmpty()) {
            throw refused(failures);
        }
        TurnoutReport report = new TurnoutReport();
        report.id = UUID.randomUUID();
        report.electionCode = election;
        report.precinctId = precinct.precinctId;
        report.unitCode = precinct.unitCode;
        report.precinctNumber = precinct.number;
        report.reportingTime = time;
        report.current = true;
        report.voted = request.voted();
        report.votersOnList = precinct.voters;
        report.votersAdded = added;
        report.idempotencyKey = idempotent.map(IdempotentRequest::key).orElse(null);
        report.requestFingerprint = idempotent.map(IdempotentRequest::fingerprint).orElse(null);
        report.submittedBy = subject;
        report.submittedAt = OffsetDateTime.now(clock);
        Object before = null;
        if (existing.isPresent()) {
            TurnoutReport old = existing.get();
            before = ReportView.of(old, schedule.isClose(time));
            old.current = false;
            old.flush();
            report.version = old.version + 1;
            report.reason = request.correctionReason().strip();
        } else {
            report.version = 1;
        }
        report.persistAndFlush();
        audit.record(subject, ENTITY_TYPE, report.precinctId, existing.isPresent() ? "turnout.corrected" : "turnout.reported",
                before, ReportView.of(report, schedule.isClose(time)));
        reported.fire(new Reported(election, report.unitCode, time));
        return accepted(report, schedule, true);
    }

    /** The report stored earlier under the request's key, if any, when the request is the same; else refused. */
    private Optional<Accepted> earlier(IdempotentRequest idempotent, String subject) {
        return io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(() -> TurnoutReport
                .findByIdempotencyKey(subject, idempotent.key()).map(earlier -> {
                    idempotent.requireSameAs(earlier.requestFingerprint);
                    return accepted(earlier, schedules.of(earlier.electionCode), false);
                }));
    }

    private Accepted accepted(TurnoutReport report, TurnoutRules.Schedule schedule, boolean created) {
        try {
            return new Accepted(report, created, json.writeValueAsString(ReportView.of(report, schedule.isClose(report.reportingTime))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("turnout report " + report.id + " not rendered", e);
        }
    }

    private static ProblemException refused(List<TurnoutRules.Failure> failures) {
        return ProblemException.unprocessable("turnout-rules-failed", "Turnout report fails its rules",
                failures.size() + " rule(s) fail: " + failures.stream().map(f -> f.rule() + " (" + f.detail() + ")").toList(),
                Map.of("failedRules", failures));
    }

    /** Every version of the election's reports (one precinct's, or all) whose unit the caller may see. */
    @Transactional
    public List<ReportView> history(String election, UUID precinct, Predicate<String> mayRead) {
        TurnoutRules.Schedule schedule = schedules.of(election);
        return TurnoutReport.history(election, precinct).stream().filter(r -> mayRead.test(r.unitCode))
                .map(r -> ReportView.of(r, schedule.isClose(r.reportingTime))).toList();
    }
    /**
     * The queue of a reporting time: the precincts of {@code territory} (a unit, or KZ for all) that have no current
     * report at {@code time}, by unit and number. {@code due}: whether the time has come in the units' zone on election
     * day (before then, every precinct is still to report and none is late).
     */
    @Transactional
    public TurnoutApi.MissingReports missing(String election, LocalTime time, String territory) {
        List<ContestRecord> held = ContestRecord.forElection(election);
        if (held.isEmpty()) {
            throw ProblemException.notFound("Election with precincts", election);
        }
        TurnoutRules.Schedule schedule = schedules.of(election);
        if (!schedule.all().contains(time)) {
            throw ProblemException.invalid("time", TurnoutApi.clock(time) + " is not a reporting time of " + election + " "
                    + schedule.all().stream().map(TurnoutApi::clock).toList());
        }
        boolean national = kz.elections.common.Roles.CENTRAL_TERRITORY.equals(territory);
        List<Object[]> rows = TurnoutAggregates.rows("""
                select distinct on (cp.precinct_id) cp.precinct_id, cp.number, cp.unit_code, cp.voters,
                    exists (select 1 from turnout_report t where t.election_code = c.election_code
                            and t.precinct_id = cp.precinct_id and t.reporting_time = ?3 and t.current) as reported
                from contest_precinct cp join contest c on c.code = cp.contest_code
                where c.election_code = ?1 and (?2 or cp.unit_code = ?4)""", election, national, time, territory);
        List<TurnoutApi.MissingPrecinct> missing = rows.stream().filter(row -> !(Boolean) row[4])
                .map(row -> new TurnoutApi.MissingPrecinct((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2],
                        ((Number) row[3]).longValue()))
                .sorted(Comparator.comparing(TurnoutApi.MissingPrecinct::unitCode).thenComparing(TurnoutApi.MissingPrecinct::number))
                .toList();
        java.time.LocalDate day = held.stream().map(c -> c.electionDay).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String zoneUnit = national ? null : territory;
        boolean due = day == null || !clock.instant().isBefore(schedule.instantOf(time, day, schedules.zoneOf(zoneUnit)));
        return new TurnoutApi.MissingReports(election, TurnoutApi.clock(time), due, rows.size(), missing);
    }
}
