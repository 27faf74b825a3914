package kz.elections.ballot.ballot;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.elections.ballot.registry.RegistryGateway;
import kz.elections.ballot.registry.Registrations;
import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.ballot.BallotOrder;

/**
 * Composes ballots from the registry and approves them. The registry is read before any transaction
 * opens, so a slow or failing registry never leaves anything half-written.
 */
@ApplicationScoped
public class BallotService {

    @Inject
    RegistryGateway registry;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The contest as the registry knows it, after checking the caller may act in its territory. */
    public Registrations contestFor(String contestCode, Predicate<String> mayActIn) {
        Registrations registrations = registry.registrations(contestCode);
        if (!mayActIn.test(registrations.contest().unitCode())) {
            throw ProblemException.forbidden("A commission acts only inside its territory; " + contestCode + " is in "
                    + (registrations.contest().unitCode() == null ? "KZ" : registrations.contest().unitCode()));
        }
        return registrations;
    }

    public Ballot compose(String contestCode, String reason, Predicate<String> mayActIn, String actor) {
        Registrations registrations = contestFor(contestCode, mayActIn);
        return store(registrations, reason, actor);
    }

    @Transactional
    Ballot store(Registrations registrations, String reason, String actor) {
        String code = registrations.contest().code();
        if (Ballot.findApproved(code).isPresent() && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "a ballot of " + code + " is approved already; a new version needs a reason");
        }
        List<UUID> lot = List.of();
        if (registrations.partyList()) {
            Lot drawn = Lot.findById(code);
            if (drawn == null) {
                throw ProblemException.conflict("lot-not-drawn", "Lot not drawn",
                        "The order of the party lists of " + code + " is drawn by lot first: PUT /api/v1/contests/" + code + "/lot",
                        Map.of());
            }
            lot = drawn.partyIds;
        }
        BallotDocument document;
        try {
            document = BallotComposer.compose(registrations, lot);
        } catch (BallotOrder.LotMismatch e) {
            throw ProblemException.conflict("lot-mismatch", "Lot does not match the registered lists", e.getMessage(),
                    Map.of("missing", e.missing, "notRegistered", e.unknown));
        } catch (BallotComposer.NotOneDeputy e) {
            throw ProblemException.conflict("recall-without-deputy", "No deputy to recall", "The registry names no single "
                    + "deputy for the recall vote " + code + ": " + e.getMessage(), Map.of("contest", code));
        }
        Ballot.findDraft(code).ifPresent(old -> old.status = Ballot.Status.DISCARDED);
        Ballot.flush();
        Ballot ballot = new Ballot();
        ballot.id = UUID.randomUUID();
        ballot.contestCode = code;
        ballot.contestId = registrations.contest().id();
        ballot.status = Ballot.Status.DRAFT;
        ballot.document = ContentHash.canonicalJson(document);
        ballot.contentHash = ContentHash.sha256(document);
        ballot.reason = reason == null || reason.isBlank() ? null : reason.strip();
        ballot.composedAt = OffsetDateTime.now(clock);
        ballot.composedBy = actor;
        ballot.persistAndFlush();
        audit.record(actor, "ballot", ballot.id, "ballot.composed", null, BallotApi.BallotView.of(ballot));
        return ballot;
    }

    /** Freezes the draft as the contest's next version; the version it replaces stays readable as SUPERSEDED. */
    @Transactional
    public Ballot approve(UUID id, String actor) {
        Ballot ballot = Ballot.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (ballot == null) {
            throw ProblemException.notFound("Ballot", id);
        }
        if (ballot.status != Ballot.Status.DRAFT) {
            throw ProblemException.illegalTransition("Ballot " + id, ballot.status, "approval");
        }
        Ballot.findApproved(ballot.contestCode).ifPresent(previous -> previous.status = Ballot.Status.SUPERSEDED);
        Ballot.flush();
        ballot.status = Ballot.Status.APPROVED;
        ballot.version = Ballot.lastVersion(ballot.contestCode) + 1;
        ballot.approvedAt = OffsetDateTime.now(clock);
        ballot.approvedBy = actor;
        ballot.flush();
        audit.record(actor, "ballot", ballot.id, "ballot.approved", null, Map.of("contest", ballot.contestCode,
                "version", ballot.version, "contentHash", ballot.contentHash));
        return ballot;
    }

    @Transactional
    public Lot recordLot(Registrations contest, BallotApi.LotRequest request, String actor) {
        String code = contest.contest().code();
        if (!contest.partyList()) {
            throw ProblemException.invalid("contest", code + " is not a party-list contest; candidates are ordered alphabetically");
        }
        if (Ballot.findApproved(code).isPresent()) {
            throw ProblemException.conflict("ballot-approved", "Ballot approved",
                    "The ballot of " + code + " is approved already; the lot can no longer change", Map.of());
        }
        if (request.partyIds().stream().distinct().count() != request.partyIds().size()) {
            throw ProblemException.invalid("partyIds", "each party once");
        }
        Lot lot = Lot.findById(code);
        Object before = lot == null ? null : BallotApi.LotView.of(lot);
        if (lot == null) {
            lot = new Lot();
            lot.contestCode = code;
            lot.contestId = contest.contest().id();
        }
        lot.partyIds = List.copyOf(request.partyIds());
        lot.drawnOn = request.drawnOn();
        lot.drawnBy = request.drawnBy().strip();
        lot.recordedAt = OffsetDateTime.now(clock);
        lot.recordedBy = actor;
        lot.persistAndFlush();
        audit.record(actor, "lot", UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "lot.recorded", before, BallotApi.LotView.of(lot));
        return lot;
    }
}
