package kz.elections.registry.appeal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.appeal.AppealRules;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.NominationStatus;
import kz.elections.registry.nomination.PartyList;

/**
 * Appeals against a refusal to register (CL Art. 87, 103, 113-1): filed within the election's appeal days
 * ({@link AppealRules}: 7 Mazhilis and maslikhat, 3 akim), decided by the central commission; upheld, the refused
 * nomination or list is registered with the appeal recorded. Every change is one audited transaction.
 */
@ApplicationScoped
public class AppealService {

    static final String APPEAL = "appeal";

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What is appealed: a refused nomination or a refused list, as the filer may see it. */
    public record Target(Contest contest, UUID nominationId, UUID partyListId, UUID partyId, NominationStatus status,
            OffsetDateTime refusedAt) {
        public static Target of(Nomination n) {
            return new Target(n.contest, n.id, null, n.partyId, n.status, n.decidedAt);
        }

        public static Target of(PartyList list) {
            return new Target(list.contest, null, list.id, list.partyId, list.status, list.decidedAt);
        }
    }

    @Transactional
    public Appeal file(Target target, String grounds, String actor) {
        String what = target.nominationId() != null ? "Nomination " + target.nominationId()
                : "Party list " + target.partyListId();
        if (target.status() != NominationStatus.REFUSED) {
            throw ProblemException.illegalTransition(what, target.status(), "appealing (only a refusal is appealed)");
        }
        Election election = target.contest().election;
        OffsetDateTime now = now();
        OffsetDateTime deadline = AppealRules.deadline(target.refusedAt(), election.zone(), election.appealDays);
        if (!AppealRules.inTime(target.refusedAt(), now, election.zone(), election.appealDays)) {
            throw ProblemException.conflict("appeal-late", "Appeal too late",
                    what + " was refused at " + target.refusedAt() + "; a refusal is appealed within "
                            + election.appealDays + " days, until " + deadline,
                    Map.of("deadline", deadline.toString(), "appealDays", election.appealDays));
        }
        if (Appeal.openFor(target.nominationId(), target.partyListId())) {
            throw ProblemException.conflict("appeal-pending", "Appeal pending",
                    what + " already has an appeal awaiting decision", Map.of());
        }
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID();
        appeal.contest = target.contest();
        appeal.nominationId = target.nominationId();
        appeal.partyListId = target.partyListId();
        appeal.partyId = target.partyId();
        appeal.status = AppealStatus.FILED;
        appeal.grounds = grounds.strip();
        appeal.refusedAt = target.refusedAt();
        appeal.deadline = deadline;
        appeal.filedAt = now;
        appeal.filedBy = actor;
        appeal.persistAndFlush();
        audit.record(actor, APPEAL, appeal.id, "appeal.filed", null, AppealApi.view(appeal));
        return appeal;
    }

    @Transactional
    public Appeal decide(UUID id, AppealStatus.Decision decision, String reason, String actor) {
        Appeal appeal = Appeal.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null) {
            throw ProblemException.notFound("Appeal", id);
        }
        if (appeal.status != AppealStatus.FILED) {
            throw ProblemException.illegalTransition("Appeal " + id, appeal.status, decision.name());
        }
        if (decision == AppealStatus.Decision.DISMISS && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "must state why the appeal is dismissed");
        }
        Election election = appeal.contest.election;
        if (!ElectionCalendar.beforeElectionDay(now(), election.electionDay, election.zone())) {
            throw ProblemException.conflict("election-day-reached", "Too late",
                    "Election day of " + election.code + " has come: the appeal can no longer register anyone", Map.of());
        }
        Object before = AppealApi.view(appeal);
        appeal.status = appeal.status.after(decision);
        appeal.decidedAt = now();
        appeal.decidedBy = actor;
        appeal.reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == AppealStatus.Decision.UPHOLD) {
            if (appeal.nominationId != null) {
                registerOnAppeal(Nomination.findById(appeal.nominationId, LockModeType.PESSIMISTIC_WRITE), appeal, actor);
            } else {
                registerListOnAppeal(appeal, actor);
            }
        }
        appeal.flush();
        audit.record(actor, APPEAL, appeal.id, "appeal." + appeal.status.name().toLowerCase(java.util.Locale.ROOT),
                before, AppealApi.view(appeal));
        return appeal;
    }

    /** A refused candidate registered by the higher commission's decision; the person holds one active nomination. */
    private void registerOnAppeal(Nomination n, Appeal appeal, String actor) {
        boolean otherActive = Nomination.findActiveForPerson(n.iinHash).stream()
                .anyMatch(other -> !other.id.equals(n.id) && other.election.id.equals(n.election.id));
        if (otherActive) {
            throw ProblemException.conflict("person-nominated-elsewhere", "Nominated elsewhere",
                    "The person of nomination " + n.id + " has another active nomination in " + n.election.code
                            + "; one person stands in one constituency", Map.of());
        }
        Map<String, Object> before = Map.of("status", n.status.name());
        registered(n, appeal, actor);
        audit.record(actor, "nomination", n.id, "nomination.registered-on-appeal", before,
                Map.of("status", n.status.name(), "appeal", appeal.id.toString()));
    }

    private void registerListOnAppeal(Appeal appeal, String actor) {
        PartyList list = PartyList.findById(appeal.partyListId, LockModeType.PESSIMISTIC_WRITE);
        long otherActive = PartyList.count("contest = ?1 and partyId = ?2 and status in ?3 and id <> ?4", list.contest,
                list.partyId, List.of(NominationStatus.PENDING, NominationStatus.REGISTERED), list.id);
        if (otherActive > 0) {
            throw ProblemException.conflict("party-list-active", "Another list active",
                    "The party has another active list in " + list.contest.code, Map.of());
        }
        list.status = NominationStatus.REGISTERED;
        list.decidedAt = now();
        list.decidedBy = actor;
        list.grounds = null;
        for (Nomination candidate : list.candidates()) {
            if (candidate.status == NominationStatus.REFUSED) {
                registered(candidate, appeal, actor);
            }
        }
        audit.record(actor, "party-list", list.id, "party-list.registered-on-appeal", Map.of("status", "REFUSED"),
                Map.of("status", list.status.name(), "appeal", appeal.id.toString()));
    }

    /** REFUSED → REGISTERED only here: the refusal's grounds give way to the decision on the appeal. */
    private void registered(Nomination n, Appeal appeal, String actor) {
        n.status = NominationStatus.REGISTERED;
        n.decidedAt = now();
        n.decidedBy = actor;
        n.grounds = null;
        n.registeredOnAppeal = appeal.id;
        n.flush();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
