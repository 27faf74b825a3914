package kz.elections.results.protocol;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.common.idempotency.IdempotentRequest;
import kz.elections.law.protocol.ProtocolChecks;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.contest.ContestSync;
import kz.elections.results.protocol.ProtocolApi.ProtocolRequest;

/**
 * Accepts precinct protocols: counted on the current approved ballot, inside the submitter's territory,
 * passing every control relation, while the election's results are not certified ({@link ResultsFreeze}); a
 * retry creates nothing new, and an Idempotency-Key sent again with another request is refused; a different protocol for a precinct that has one is a correction (a new version
 * with a reason) or a 409. The running totals and the audit record
 * move in the same transaction: for a precinct's first protocol, the one statement of {@link ProtocolStore} (written
 * with the protocols submitted at the same time, in one transaction);
 * for the rest, the ORM transaction of {@link #replace}. The API submits on the event loop ({@link #submitting}),
 * blocking nothing there: what may wait (the database, upstream) runs on a worker thread, as {@link #submit} runs it.
 */
@ApplicationScoped
public class ProtocolService {

    /** What happened to a submission; {@code view}: the protocol as the API shows it, in JSON. */
    public record Accepted(Protocol protocol, boolean created, String view) {
    }

    @Inject
    ContestSync contests;

    @Inject
    ProtocolStore firstVersions;

    @Inject
    Tallies tallies;

    @Inject
    ResultsFreeze freeze;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Submits {@code request}, waiting on this thread for what it reads and writes (the demo data's threads submit
     * so). With an Idempotency-Key ({@code idempotent}): the key used before with the same
     * request answers the protocol it stored, created nothing new; used before with another request (other figures,
     * another precinct, a correction) it is refused with 422, never answered with the earlier protocol.
     */
    public Accepted submit(ProtocolRequest request, Optional<IdempotentRequest> idempotent, String subject,
            Predicate<String> mayActIn, boolean mayCorrect) {
        // The key is looked up only when the submission is not simply stored as a precinct's first protocol: a key
        // used before is taken (a unique key), so its request is refused before the insert or meets that key.
        // Looked up first, it cost a query on every protocol of election night, where nearly none is a retry.
        ContestRecord contest;
        ContestPrecinct precinct;
        Protocol protocol;
        try {
            contest = contests.current(request.contest(), request.ballotHash());
            String code = contest.code;
            precinct = precinctOf(contest, request, id -> contests.precinct(code, id), mayActIn);
            protocol = checked(contest, precinct, request, idempotent, subject);
        } catch (RuntimeException refused) {
            return retriedOr(refused, idempotent, subject);
        }
        protocol.version = 1;
        Accepted first = accepted(protocol, true);
        if (firstVersions.insertFirst(protocol, contest.electionCode, first.view())) {
            return stored(first, contest, subject);
        }
        return replace(contest, precinct, protocol, request, idempotent, subject, mayCorrect);
    }

    /**
     * {@link #submit} for a request on the event loop, answered when it is done: no thread waits for it. The contest
     * and precinct as kept in memory, the checks and the view are done on the event loop; the protocol goes to
     * {@link ProtocolStore}'s writers, and the answer comes with their commit. What may block runs on a worker thread
     * of the request's Vert.x context (its request scope, caller and trace), as {@link #submit} runs it: loading a
     * contest not kept yet (then {@link #submit} itself runs there), looking an Idempotency-Key up, {@link #replace}.
     * Same answers as {@link #submit}.
     */
    public Uni<Accepted> submitting(ProtocolRequest request, Optional<IdempotentRequest> idempotent, String subject,
            Predicate<String> mayActIn, boolean mayCorrect) {
        Optional<ContestSync.Kept> kept = contests.kept(request.contest(), request.ballotHash());
        if (kept.isEmpty()) {
            // Rare: the contest's first protocols at this replica, a new ballot, a stale ballot hash.
            return VertxContextSupport.executeBlocking(() -> submit(request, idempotent, subject, mayActIn, mayCorrect));
        }
        ContestRecord contest = kept.get().contest();
        ContestPrecinct precinct;
        Protocol protocol;
        try {
            precinct = precinctOf(contest, request, id -> Optional.ofNullable(kept.get().precincts().get(id)), mayActIn);
            protocol = checked(contest, precinct, request, idempotent, subject);
        } catch (RuntimeException refused) {
            return idempotent.isEmpty() ? Uni.createFrom().failure(refused)
                    : VertxContextSupport.executeBlocking(() -> retriedOr(refused, idempotent, subject));
        }
        protocol.version = 1;
        Accepted first = accepted(protocol, true);
        Context requestContext = Vertx.currentContext();
        return Uni.createFrom().completionStage(() -> firstVersions.storing(protocol, contest.electionCode, first.view()))
                // Back to the request's event loop, so that a writer only writes (and a worker below has the request's context).
                .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
                .onFailure().transform(e -> new IllegalStateException("protocol of precinct " + protocol.precinctId + " not stored", e))
                .chain(stored -> stored ? Uni.createFrom().item(stored(first, contest, subject))
                        : VertxContextSupport.executeBlocking(
                                () -> replace(contest, precinct, protocol, request, idempotent, subject, mayCorrect)));
    }

    /** A precinct's first protocol, committed: logged and counted. */
    private Accepted stored(Accepted first, ContestRecord contest, String subject) {
        audit.logged(subject, ProtocolStore.ENTITY_TYPE, first.protocol().precinctId, ProtocolStore.ACCEPTED);
        kz.elections.common.metrics.BusinessMetrics.count("tizim.protocols.accepted", "election", contest.electionCode, "version", "first");
        return first;
    }

    /**
     * The precinct of the protocol, on the approved ballot, in the submitter's territory; refused otherwise.
     * {@code precincts}: the contest's precinct by its id, if it votes in the contest.
     */
    private ContestPrecinct precinctOf(ContestRecord contest, ProtocolRequest request,
            Function<UUID, Optional<ContestPrecinct>> precincts, Predicate<String> mayActIn) {
        if (!contest.ballotHash.equals(request.ballotHash())) {
            throw ProblemException.conflict("stale-ballot", "Counted on another ballot",
                    "The protocol names ballot hash " + request.ballotHash() + ", but the approved ballot of " + contest.code
                            + " is version " + contest.ballotVersion + " with hash " + contest.ballotHash,
                    Map.of("currentBallotHash", contest.ballotHash, "currentBallotVersion", contest.ballotVersion));
        }
        ContestPrecinct precinct = precincts.apply(request.precinct())
                .orElseThrow(() -> ProblemException.invalid("precinct", "precinct " + request.precinct()
                        + " does not vote in " + contest.code));
        if (!mayActIn.test(precinct.unitCode)) {
            throw ProblemException.forbidden("A tabulator acts only inside its territory; precinct " + precinct.number
                    + " is in " + precinct.unitCode);
        }
        return precinct;
    }

    /**
     * A submission refused before it was stored: answered as when its key was looked up first. The key's request
     * stored earlier: its protocol if this is that request (a retry, whatever has changed since), else 422; no such
     * key: the refusal. A lookup that fails (the database out of reach) fails the request as it did when it came first.
     */
    private Accepted retriedOr(RuntimeException refused, Optional<IdempotentRequest> idempotent, String subject) {
        return idempotent.flatMap(key -> earlier(key, subject)).orElseThrow(() -> refused);
    }

    /** The protocol stored earlier under the request's key, if any, when the request is the same; else refused. */
    private Optional<Accepted> earlier(IdempotentRequest idempotent, String subject) {
        return Protocol.findByIdempotencyKey(subject, idempotent.key()).map(earlier -> {
            idempotent.requireSameAs(earlier.requestFingerprint);
            return accepted(earlier, false);
        });
    }

    /** The protocol as submitted, its votes in ballot order; refused (422) naming every control relation it fails. */
    private Protocol checked(ContestRecord contest, ContestPrecinct precinct, ProtocolRequest request,
            Optional<IdempotentRequest> idempotent, String subject) {
        List<Long> votes = votesInBallotOrder(contest, request);
        Protocol protocol = new Protocol();
        protocol.id = UUID.randomUUID();
        protocol.contestCode = contest.code;
        protocol.precinctId = precinct.precinctId;
        protocol.unitCode = precinct.unitCode;
        protocol.current = true;
        protocol.ballotHash = request.ballotHash();
        protocol.votersOnList = request.votersOnList();
        protocol.votersAdded = request.votersAdded() == null ? 0 : request.votersAdded();
        protocol.ballotsReceived = request.ballotsReceived();
        protocol.ballotsIssued = request.ballotsIssued();
        protocol.ballotsCancelled = request.ballotsCancelled();
        protocol.tookPart = request.tookPart();
        protocol.invalid = request.invalid();
        protocol.againstAll = request.againstAll();
        protocol.votes = votes;
        protocol.idempotencyKey = idempotent.map(IdempotentRequest::key).orElse(null);
        protocol.requestFingerprint = idempotent.map(IdempotentRequest::fingerprint).orElse(null);
        protocol.submittedBy = subject;
        protocol.submittedAt = OffsetDateTime.now(clock);

        List<ProtocolChecks.Failure> failures = ProtocolChecks.check(protocol.counts());
        if (!failures.isEmpty()) {
            failures.forEach(f -> kz.elections.common.metrics.BusinessMetrics.count("tizim.protocols.refused", "election", contest.electionCode, "relation", f.relation()));
            throw ProblemException.unprocessable("protocol-control-failed", "Protocol fails its control relations",
                    failures.size() + " control relation(s) fail: "
                            + failures.stream().map(f -> f.rule() + " (" + f.figures() + ")").toList(),
                    Map.of("failedRelations", failures));
        }
        return protocol;
    }

    /**
     * A protocol for a precinct that has one, or for an election whose results are certified: the same figures
     * again are a retry; other figures are refused while the results are certified, and otherwise unless sent as a
     * correction with a reason, which becomes the next version.
     */
    @Transactional
    Accepted replace(ContestRecord contest, ContestPrecinct precinct, Protocol protocol, ProtocolRequest request,
            Optional<IdempotentRequest> idempotent, String subject, boolean mayCorrect) {
        Optional<Accepted> retried = idempotent.flatMap(key -> earlier(key, subject));
        if (retried.isPresent()) {
            return retried.get();
        }
        Optional<Integer> certified = freeze.certifiedVersion(contest.electionCode);
        Optional<Protocol> existing = Protocol.findCurrent(contest.code, precinct.precinctId);
        if (existing.isPresent() && existing.get().counts().equals(protocol.counts())
                && existing.get().ballotHash.equals(protocol.ballotHash)) {
            return accepted(existing.get(), false);
        }
        if (certified.isPresent()) {
            throw ResultsFreeze.refusal(contest.electionCode, certified.get(),
                    "its contests' protocols are submitted or corrected");
        }
        if (existing.isEmpty()) {
            // What the first version met (a protocol or the key) is not found any more: a race; the client reads again.
            throw ProblemException.conflict("concurrent-submission", "Submitted concurrently",
                    "Another submission for precinct " + precinct.number + " was stored at the same time; "
                            + "read the precinct's protocols and retry if this one is still needed", Map.of());
        }
        Protocol old = existing.get();
        if (request.correctionReason() == null || request.correctionReason().isBlank()) {
            throw ProblemException.conflict("protocol-exists", "Protocol already accepted",
                    "Precinct " + precinct.number + " has an accepted protocol (version " + old.version + ") for "
                            + contest.code + " with other figures; a correction states its reason",
                    Map.of("currentVersion", old.version, "currentProtocol", old.id));
        }
        if (!mayCorrect) {
            throw ProblemException.forbidden("Only a tabulator or commission member of the territory corrects a protocol");
        }
        Object before = ProtocolApi.ProtocolView.of(old);
        old.current = false;
        old.flush();
        tallies.add(old, -1);
        protocol.version = old.version + 1;
        protocol.reason = request.correctionReason().strip();
        protocol.persistAndFlush();
        tallies.add(protocol, 1);
        Accepted corrected = accepted(protocol, true);
        audit.record(subject, ProtocolStore.ENTITY_TYPE, protocol.precinctId, "protocol.corrected", before,
                ProtocolApi.ProtocolView.of(protocol));
        kz.elections.common.metrics.BusinessMetrics.count("tizim.protocols.accepted", "election", contest.electionCode, "version", "correction");
        return corrected;
    }

    private Accepted accepted(Protocol protocol, boolean created) {
        try {
            return new Accepted(protocol, created, json.writeValueAsString(ProtocolApi.ProtocolView.of(protocol)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("protocol " + protocol.id + " not rendered", e);
        }
    }

    /** The votes by ballot position, checked against the ballot's options: each option once, no other. */
    private static List<Long> votesInBallotOrder(ContestRecord contest, ProtocolRequest request) {
        Map<Integer, Long> byPosition = new TreeMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.votes().size(); i++) {
            ProtocolApi.OptionVotes entry = request.votes().get(i);
            if (byPosition.put(entry.position(), entry.votes()) != null) {
                violations.add(new Violation("votes[" + i + "].position", "position " + entry.position() + " appears twice"));
            }
        }
        List<Long> votes = new ArrayList<>();
        for (ContestRecord.Option option : contest.options) {
            Long count = byPosition.remove(option.position());
            if (count == null) {
                violations.add(new Violation("votes", "no votes given for ballot position " + option.position() + " ("
                        + option.labelRu() + ")"));
            }
            votes.add(count == null ? 0 : count);
        }
        if (contest.recall() && request.againstAll() != 0) {
            violations.add(new Violation("againstAll", "a recall ballot has no \"against all\" line (CL Art. 113-14): 0, not "
                    + request.againstAll()));
        }
        byPosition.keySet().forEach(position -> violations.add(new Violation("votes",
                "ballot position " + position + " is not a candidate or list of " + contest.code
                        + " (\"against all\" goes in againstAll)")));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The votes do not match the ballot of " + contest.code, violations);
        }
        return votes;
    }
}
