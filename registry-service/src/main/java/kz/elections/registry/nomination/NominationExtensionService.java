package kz.elections.registry.nomination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.calendar.NominationExtension;
import kz.elections.law.election.ContestKind;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.ElectionConfig;

/**
 * Too few candidates (CL Art. 87, 103 p.8, 113-7): once a contest's nomination has closed with fewer than two
 * nominees (or lists), its commission extends nomination, within the law's maximum ({@link NominationExtension}).
 * Filing is then accepted until the extended close, which the contest's calendar shows. Audited.
 */
@ApplicationScoped
public class NominationExtensionService {

    @Inject
    ElectionConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Active (pending or registered) nominees of a single-seat contest, or active lists of a party-list contest. */
    public static int nominees(Contest contest) {
        List<NominationStatus> active = List.of(NominationStatus.PENDING, NominationStatus.REGISTERED);
        return (int) (contest.kind == ContestKind.PARTY_LIST
                ? PartyList.count("contest = ?1 and status in ?2", contest, active)
                : Nomination.count("contest = ?1 and status in ?2", contest, active));
    }

    @Transactional
    public Contest extend(Contest detached, int days, String grounds, String actor) {
        Contest contest = entityManager.find(Contest.class, detached.id, LockModeType.PESSIMISTIC_WRITE);
        ElectionCalendar calendar = contest.calendar();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!now.isAfter(calendar.nominationCloses())) {
            throw ProblemException.conflict("nomination-not-closed", "Nomination still open",
                    "Nomination for " + contest.code + " closes at " + calendar.nominationCloses()
                            + "; it is extended only once it has closed with too few candidates",
                    Map.of("nominationCloses", calendar.nominationCloses().toString()));
        }
        if (!calendar.registrationOpenAt(now)) {
            throw ProblemException.conflict("registration-closed", "Registration closed",
                    "Registration for " + contest.election.code + " closed at " + calendar.registrationCloses(), Map.of());
        }
        int nominees = nominees(contest);
        NominationExtension.Limits limits = config.extensionLimits(contest.election.kind);
        List<String> refusals = NominationExtension.refusals(limits, nominees, days, contest.nominationExtensionDays,
                calendar.nominationCloses(), calendar.registrationCloses(), contest.election.zone());
        if (!refusals.isEmpty()) {
            throw ProblemException.unprocessable("extension-refused", "Nomination cannot be extended",
                    "Nomination for " + contest.code + " cannot be extended: " + String.join("; ", refusals),
                    Map.of("violations", refusals.stream().map(NominationExtensionService::violation).toList(),
                            "nominees", nominees, "maxDays", limits.maxDays(),
                            "alreadyExtended", contest.nominationExtensionDays));
        }
        Map<String, Object> before = extensionView(contest, nominees);
        contest.nominationExtendedTo = NominationExtension.extendedClose(calendar.nominationCloses(),
                contest.election.zone(), days);
        contest.nominationExtensionDays += days;
        entityManager.flush();
        Map<String, Object> after = extensionView(contest, nominees);
        after.put("grounds", grounds == null || grounds.isBlank() ? null : grounds.strip());
        audit.record(actor, "contest", contest.id, "contest.nomination-extended", before, after);
        return contest;
    }

    private static Violation violation(String refusal) {
        int colon = refusal.indexOf(':');
        return refusal.startsWith("days:") ? new Violation("days", refusal.substring(colon + 2))
                : new Violation("contest", refusal);
    }

    private static Map<String, Object> extensionView(Contest contest, int nominees) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("contest", contest.code);
        view.put("nominees", nominees);
        view.put("nominationCloses", contest.calendar().nominationCloses().toString());
        view.put("extensionDays", contest.nominationExtensionDays);
        return view;
    }
}
