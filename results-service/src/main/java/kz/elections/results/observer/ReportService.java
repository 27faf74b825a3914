package kz.elections.results.observer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.contest.ContestSync;
import kz.elections.results.observer.ObserverApi.AnswerRequest;
import kz.elections.results.observer.ObserverApi.ReportRequest;
import kz.elections.results.observer.ObserverApi.ReportView;
import kz.elections.results.protocol.Protocol;

/**
 * Observers' reports: filed by an observer accredited for the precinct's unit, answered by the commission of that unit
 * along {@link ReportState}; every change with its audit record in the same transaction.
 */
@ApplicationScoped
public class ReportService {

    static final String ENTITY_TYPE = "observer-report";

    @Inject
    ContestSync contests;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Where a report is: the contest (loaded from upstream if no protocol brought it yet) and its precinct. */
    public record Place(ContestRecord contest, ContestPrecinct precinct) {
    }

    /** The contest and precinct a report names, before any transaction; 422 naming the field if the precinct is not the contest's. */
    public Place place(ReportRequest request) {
        ContestRecord contest = contests.stored(request.contest());
        ContestPrecinct precinct = contests.precinct(contest.code, request.precinct())
                .orElseThrow(() -> ProblemException.invalid("precinct", "is not a precinct of contest " + contest.code));
        return new Place(contest, precinct);
    }

    /** Files {@code request} under the observer's standing accreditation {@code accreditation} of the precinct's unit. */
    @Transactional
    public ObserverReport file(ReportRequest request, Place place, Accreditation accreditation, String observer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.observedAt().isAfter(now)) {
            throw ProblemException.invalid("observedAt", "must not be in the future");
        }
        if (request.observedAt().isBefore(accreditation.validFrom)) {
            throw ProblemException.invalid("observedAt", "must be within the accreditation, which begins at "
                    + accreditation.validFrom);
        }
        if (request.protocol() != null) {
            Protocol protocol = Protocol.findById(request.protocol());
            if (protocol == null || !protocol.contestCode.equals(place.contest().code)
                    || !protocol.precinctId.equals(place.precinct().precinctId)) {
                throw ProblemException.invalid("protocol", "is not a protocol of this precinct in contest "
                        + place.contest().code);
            }
        }
        ObserverReport r = new ObserverReport();
        r.id = UUID.randomUUID();
        r.accreditationId = accreditation.id;
        r.observer = observer;
        r.electionCode = place.contest().electionCode;
        r.contestCode = place.contest().code;
        r.precinctId = place.precinct().precinctId;
        r.unitCode = place.precinct().unitCode;
        r.observedAt = request.observedAt();
        r.category = request.category();
        r.language = request.language();
        r.text = request.text().strip();
        r.protocolId = request.protocol();
        r.state = ReportState.FILED;
        r.filedAt = now;
        r.persist();
        audit.record(observer, ENTITY_TYPE, r.id, "observer-report.filed", null, ReportView.of(r));
        return r;
    }

    /**
     * The commission's answer, by a member who may act in the precinct's unit: one step along {@link ReportState} (409
     * naming the state otherwise), reasons required to uphold or dismiss.
     */
    @Transactional
    public ObserverReport answer(UUID id, AnswerRequest answer, String actor, Predicate<String> mayActIn) {
        ObserverReport r = ObserverReport.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("Observer report", id);
        }
        if (!mayActIn.test(r.unitCode)) {
            throw ProblemException.forbidden("The report is about a precinct of " + r.unitCode
                    + "; its commission (or the central one) answers it");
        }
        if (!r.state.mayBecome(answer.state())) {
            throw ProblemException.illegalTransition("Observer report " + id, r.state, "answering " + answer.state());
        }
        String reason = answer.reason() == null || answer.reason().isBlank() ? null : answer.reason().strip();
        if (answer.state().decided() && reason == null) {
            throw ProblemException.invalid("reason", "is required to uphold or dismiss a report");
        }
        ReportView before = ReportView.of(r);
        r.state = answer.state();
        java.util.List<ObserverReport.Answer> answers = new java.util.ArrayList<>(r.answers);
        answers.add(new ObserverReport.Answer(answer.state(), reason, OffsetDateTime.now(clock)));
        r.answers = answers;
        audit.record(actor, ENTITY_TYPE, r.id, "observer-report." + answer.state().name().toLowerCase(), before,
                ReportView.of(r));
        return r;
    }
}
